// A project form written as "label：value" lines becomes the two-column table it flattens; other
// paragraphs, and field lines that do not start with 项目名称, stay as they are.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { projectFieldTables, unitFieldLines } from '../../../scripts/recognise/field-lines';
import { recordOf } from './helpers';

const para = (text: string, line: number): Block => ({ kind: 'paragraph', text, loc: { line } });

describe('projectFieldTables', () => {
  it('turns a run from 项目名称 into a table, pairs on a line side by side, and stops at prose', () => {
    const blocks = [
      para('一、项目基本情况', 1),
      para('项目名称：城乡环境综合整治', 2),
      para('全年预算数：200万元  全年执行数：180万元', 3),
      para('执行率：90%', 4),
      para('项目实施后群众满意度明显提高。', 5),
    ];
    const out = projectFieldTables(blocks);
    expect(out.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = out[1]!.kind === 'table' ? out[1]!.table : undefined;
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目名称', '城乡环境综合整治'],
      ['全年预算数', '200万元'],
      ['全年执行数', '180万元'],
      ['执行率', '90%'],
    ]);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 3, 3, 4]);
  });

  it('reads one line of fields separated by semicolons as a form, one table per project', () => {
    const out = projectFieldTables([
      para(
        '项目名称:园区保洁补助;预算金额:1,200,000.00元;实际支出:1,150,000.00元;执行率:95.83%;自评得分:93分',
        1,
      ),
      para('项目名称:路灯维护;预算金额:300,000.00元;实际支出:300,000.00元;执行率:100%;自评得分:96分', 2),
    ]);
    expect(
      out.map((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : b.text)),
    ).toEqual([
      [
        ['项目名称', '园区保洁补助'],
        ['预算金额', '1,200,000.00元'],
        ['实际支出', '1,150,000.00元'],
        ['执行率', '95.83%'],
        ['自评得分', '93分'],
      ],
      [
        ['项目名称', '路灯维护'],
        ['预算金额', '300,000.00元'],
        ['实际支出', '300,000.00元'],
        ['执行率', '100%'],
        ['自评得分', '96分'],
      ],
    ]);
  });

  it('leaves field lines alone when they do not start with 项目名称, or are too few', () => {
    const department = [para('全年预算数：200万元', 1), para('执行率：90%', 2), para('自评得分：88分', 3)];
    expect(projectFieldTables(department)).toEqual(department);
    const short = [para('项目名称：城乡环境综合整治', 1), para('执行率：90%', 2)];
    expect(projectFieldTables(short)).toEqual(short);
  });
});

describe('unitFieldLines', () => {
  it('gives a bare field line the unit of the caption above it, for amount fields only', () => {
    const blocks = [
      para('年度预算申请(万元)', 1),
      para('按支出性质分:648.09', 2),
      para('其中:基本支出:521.77', 3),
      para('编制数:26', 4),
    ];
    expect(unitFieldLines(blocks).map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '年度预算申请(万元)',
      '按支出性质分:648.09',
      '其中:基本支出:521.77万元',
      '编制数:26',
    ]);
  });

  it('leaves bare field lines alone without a caption declaring a unit', () => {
    const blocks = [para('部门整体支出绩效自评表', 1), para('其中:基本支出:521.77', 2)];
    expect(unitFieldLines(blocks)).toEqual(blocks);
  });
});

describe('a funding block written out as labelled pairs', () => {
  it('is read as the form’s funding rows', () => {
    const rec = recordOf(
      [
        '某某县某某镇卫生院2022年度部门整体支出绩效自评报告',
        '年度资金总额：年初预算数380.20　　全年预算数402.50　　全年执行数396.10　　执行率98.41%',
        '其中：财政拨款：年初预算数330.00　　全年预算数351.30　　全年执行数347.90',
        '综合评价得分为94分，评价等级为“优”。',
      ].join('\n'),
    );
    expect(
      [rec.finance.budget_initial, rec.overall.budget, rec.overall.executed, rec.overall.execution_rate].map(
        String,
      ),
    ).toEqual(['380.2', '402.5', '396.1', '98.41']);
  });
});

describe('numbered lines of a project’s fields, separated by semicolons', () => {
  it('makes each line its project, its amounts in 元', () => {
    const rec = recordOf(
      [
        '上海市宝山区某某镇人民政府2021年度财政项目支出绩效自评结果',
        '1.项目名称:社区公共绿地养护;预算金额:1,250,000.00元;实际支出:1,212,500.00元;预算执行率:97.00%;自评得分:93;评价等级:优。',
        '2.项目名称:老年助餐服务;预算金额:480,000.00元;实际支出:480,000.00元;预算执行率:100.00%;自评得分:95;评价等级:优。',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([
      ['社区公共绿地养护', '125', '121.25', '97', '93'],
      ['老年助餐服务', '48', '48', '100', '95'],
    ]);
  });
});

describe('a project form written out as field lines with one space between pairs', () => {
  it('reads each labelled figure as the project’s, not the department’s', () => {
    const r = recordOf(
      [
        '安平县农业农村局2021年度部门决算',
        '五、项目支出绩效自评表',
        '项目名称：高标准农田管护经费',
        '全年预算数：250.00万元 全年执行数：240.50万元 执行率：96.20% 自评得分：93分',
      ].join('\n'),
    );
    const p = r.projects.find((x) => x.name === '高标准农田管护经费');
    expect([p?.budget, p?.executed, p?.execution_rate, p?.score].map(String)).toEqual([
      '250',
      '240.5',
      '96.2',
      '93',
    ]);
  });
});
