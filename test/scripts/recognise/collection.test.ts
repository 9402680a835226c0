// A page bundling several reports (篇1, 篇2 … / 【第1篇】, or departments' forms one after another): each
// part is recognised on its own.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { collectionParts } from '../../../scripts/recognise/collection';
import { recogniseDocument } from '../../../scripts/recognise/index';

const doc = (lines: string[]) => readText('case.txt', Buffer.from(lines.join('\n'), 'utf8'));

describe('collectionParts', () => {
  it('splits at part headings numbered 1, 2 … under one title, leaving the page header out', () => {
    const parts = collectionParts(
      doc([
        '单位自评报告(精选3篇)',
        '以下是整理的自评报告，仅供参考。',
        '【第1篇】单位整体支出绩效自评报告',
        '甲',
        '【第2篇】单位整体支出绩效自评报告',
        '乙',
        '丙',
      ]),
    );
    expect(parts?.map((p) => p.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')))).toEqual([
      ['【第1篇】单位整体支出绩效自评报告', '甲'],
      ['【第2篇】单位整体支出绩效自评报告', '乙', '丙'],
    ]);
  });

  it('reads no bundle into one report: a count of parts, a lone number, numbers out of order', () => {
    expect(collectionParts(doc(['自评报告精品12篇', '一、基本情况', '自评报告1', '正文']))).toBeUndefined();
    expect(collectionParts(doc(['自评报告 篇2', '正文', '自评报告 篇1', '正文']))).toBeUndefined();
    expect(collectionParts(doc(['一、部门概况', '1.基本情况', '2.预算执行情况']))).toBeUndefined();
  });
});

describe('a bundle of reports of several units', () => {
  it('gives each part that names a unit its own record; a template part gives none', () => {
    const records = recogniseDocument(
      doc([
        '部门整体支出绩效自评报告(通用3篇)',
        '部门整体支出绩效自评报告 篇1',
        '宁乡市档案馆2021年度全年预算数210.50万元，全年执行数200.00万元，执行率95.01%。自评得分92分。',
        '部门整体支出绩效自评报告 篇2',
        'XX局年度全年预算XX万元，执行XX万元，自评得分XX分。',
        '部门整体支出绩效自评报告 篇3',
        '宁乡市气象局2020年度全年预算数88.00万元，全年执行数80.00万元，执行率90.91%。综合评分86分，等级为良。',
      ]),
    );
    expect(records.map((r) => [r.unit.name, r.year, r.overall.budget, r.overall.score])).toEqual([
      ['宁乡市档案馆', 2021, '210.5', '92'],
      ['宁乡市气象局', 2020, '88', '86'],
    ]);
  });
});

describe('a county’s compilation of its departments’ forms', () => {
  const form = (unit: string, money: string, score: string) => [
    '某某县2021年度部门整体支出绩效自评表汇编',
    '部门整体支出绩效自评表',
    '(2021年度)',
    `部门(单位)名称 ${unit} 填报日期 2022年5月20日`,
    '年度预算资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    `年度资金总额 ${money}`,
    `总分 100 ${score}`,
  ];

  it('is a record per form, each of its own unit', () => {
    const records = recogniseDocument(
      doc([
        ...form('某某县教育局', '900.00 1,000.00 950.00 10 95.00% 9.5', '94.26'),
        ...form('某某县人民医院', '800.00 820.00 779.00 10 95.00% 9.5', '89.6'),
      ]),
    );
    expect(records.map((r) => [r.unit.name, r.overall.budget, r.overall.score])).toEqual([
      ['某某县教育局', '1000', '94.26'],
      ['某某县人民医院', '820', '89.6'],
    ]);
  });

  it('is one report where the forms are one unit’s', () => {
    expect(
      collectionParts(doc([...form('某某县教育局', '1 1 1', '90'), ...form('某某县教育局', '1 1 1', '90')])),
    ).toBeUndefined();
  });
});
