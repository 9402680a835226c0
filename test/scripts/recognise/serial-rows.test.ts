// A results table written one cell per line, its rows cut at their serial numbers (序号).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { serialTable } from '../../../scripts/recognise/serial-rows';

const cells = (texts: string[]) => texts.map((text, i) => ({ text, loc: { line: i + 1 } }));

const RESULTS = [
  '序号',
  '项目名称',
  '实施单位',
  '预算资金(万元)',
  '评价得分',
  '评价等级',
  '一',
  '项目绩效评价',
  '',
  '1',
  '城区公厕改造项目',
  '广灵县住房和城乡建设局',
  '120.00',
  '88.60',
  '良',
  '2',
  '畜禽粪污治理项目',
  '广灵县社会保险中心',
  '46.50',
  '91.75',
  '优',
  '二',
  '部门整体支出绩效评价',
  '',
  '1',
  '广灵县医疗保障局部门整体支出',
  '广灵县医疗保障局',
  '612.40',
  '93.10',
  '优',
];

describe('serialTable', () => {
  it('cuts rows at serials 1, 2 … under a 序号 header; a group row is one category cell', () => {
    const t = serialTable(cells(['表1 评价结果', ...RESULTS, '评价结果已反馈各单位。']))!;
    expect(t.before.map((c) => c.text)).toEqual(['表1 评价结果']);
    expect(t.rest.map((c) => c.text)).toEqual(['评价结果已反馈各单位。']);
    const rows = t.table.kind === 'table' ? t.table.table.rows.map((r) => r.cells.map((c) => c.text)) : [];
    expect(rows[0]).toEqual(['序号', '项目名称', '实施单位', '预算资金(万元)', '评价得分', '评价等级']);
    expect(rows.slice(1, 3)).toEqual([
      ['一、项目绩效评价'],
      ['1', '城区公厕改造项目', '广灵县住房和城乡建设局', '120.00', '88.60', '良'],
    ]);
    expect(rows).toHaveLength(6);
  });

  it('keeps a total row that lost its merged cells, its figures under the last column of figures', () => {
    const t = serialTable(
      cells([
        '序号',
        '乡镇',
        '项目名称',
        '金额',
        '备注',
        '1',
        '甲镇',
        '甲村水渠',
        '18',
        '',
        '2',
        '乙乡',
        '乙村山塘',
        '12',
        '续建',
        '合计',
        '30',
        '附件2',
      ]),
    )!;
    const rows = t.table.kind === 'table' ? t.table.table.rows.map((r) => r.cells.map((c) => c.text)) : [];
    expect(rows.at(-1)).toEqual(['合计', '', '', '30', '']);
    expect(t.rest.map((c) => c.text)).toEqual(['附件2']);
  });

  it('is no table without 序号, or when serials do not follow in turn', () => {
    expect(serialTable(cells(RESULTS.slice(1)))).toBeUndefined();
    expect(serialTable(cells(['序号', '名称', '金额', '3', '甲', '5']))).toBeUndefined();
  });
});

describe("a finance bureau's page of evaluation results", () => {
  const page = [
    '关于公开2020年度财政重点绩效评价结果的通知',
    '来源:广灵县财政局',
    ...RESULTS.map((c) => `${c} |`),
  ];

  it("gives each project to its 实施单位, a unit's 部门整体支出 row to that unit, and no record to the publisher", () => {
    const records = recogniseDocument(readText('case.txt', Buffer.from(page.join('\n'), 'utf8')));
    const byUnit = new Map(
      records.map((r) => [
        r.unit.name,
        [r.overall.budget, r.overall.score, r.projects.map((p) => [p.name, p.budget, p.score])],
      ]),
    );
    expect(byUnit).toEqual(
      new Map([
        ['广灵县住房和城乡建设局', [undefined, undefined, [['城区公厕改造项目', '120', '88.6']]]],
        ['广灵县社会保险中心', [undefined, undefined, [['畜禽粪污治理项目', '46.5', '91.75']]]],
        ['广灵县医疗保障局', ['612.4', '93.1', []]],
      ]),
    );
  });

  it("keeps a unit's own self-evaluation of projects others carry out as its own", () => {
    const own = [
      '广灵县乡村振兴局2020年度衔接资金项目绩效自评结果公示',
      ...RESULTS.slice(0, 21).map((c) => `${c} |`),
    ];
    const records = recogniseDocument(readText('case.txt', Buffer.from(own.join('\n'), 'utf8')));
    expect(records.map((r) => [r.unit.name, r.projects.length])).toEqual([['广灵县乡村振兴局', 2]]);
  });
});

describe('a finance bureau’s notice of its evaluation results by 主管部门', () => {
  const page = [
    '某某县财政局关于2020年度重点项目绩效评价结果的通报',
    '2021年共对3个重点项目进行了评价,涉及资金3,091.6万元。从评价结果来看,总体情况良好:评价结论为“优”的1个,“良”的2个。',
    '序号 | 主管部门(单位) | 项目名称 | 资金量 (万元) | 评价等级 |',
    '1 | 某某县教育局 | 学前教育发展专项资金 | 1860 | 良 |',
    '2 | 某某县农业农村局 | 高标准农田建设项目 | 945.6 | 优 |',
    '3 | 某某县民政局 | 某某县民政局整体支出 | 286 | 良 |',
  ];

  it('gives each row to its 主管部门, 资金量 as its budget, and no tally of grades to the publisher', () => {
    const records = recogniseDocument(readText('case.txt', Buffer.from(page.join('\n'), 'utf8')));
    const byUnit = new Map(records.map((r) => [r.unit.name, r]));
    expect(byUnit.get('某某县教育局')?.projects.map((p) => [p.name, p.budget])).toEqual([
      ['学前教育发展专项资金', '1860'],
    ]);
    expect(byUnit.get('某某县民政局')?.overall.budget).toBe('286');
    expect(byUnit.get('某某县财政局')?.overall.grade).toBeUndefined();
    // The publisher, named beside the year evaluated and nothing else, is no record of that year.
    expect(records.filter((r) => r.unit.name === '某某县财政局' && r.year === 2020)).toEqual([]);
  });
});
