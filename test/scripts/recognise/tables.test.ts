// Reading tables as a person does: header rows, column labels under "其中", qualifiers, repeats.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../scripts/model/document';
import { gridCell, labelValuePairs } from '../../../scripts/recognise/grid';
import { columnLabels, toGrids } from '../../../scripts/recognise/tables';
import { recordOf } from './helpers';

const table = (rows: string[][]): Table => ({
  line: 1,
  rows: rows.map((cells, i) => ({ line: i + 1, cells: cells.map((text) => ({ text, line: i + 1 })) })),
});
const grid = (rows: string[][]) => rows.map((r) => r.map((text) => gridCell({ text, line: 1 })));

describe('columnLabels', () => {
  it('spreads the sub-headers under a flattened "其中" over their own columns', () => {
    const labels = columnLabels(
      grid([
        ['机构名称', '支出合计', '其中：', '结余'],
        ['', '', '基本支出', '其中：', '项目支出', '当年结余', '累计结余'],
        ['', '', '', '人员支出', '公用支出', '', '', ''],
      ]),
    );
    expect(labels.slice(1, 6)).toEqual(['支出合计', '基本支出', '人员支出', '公用支出', '项目支出']);
  });

  it('joins a bracketed qualifier to the header above it', () => {
    expect(
      columnLabels(
        grid([
          ['项目名称', '预算数', '执行数'],
          ['', '(调整后)', '(至年底)'],
        ]),
      ),
    ).toEqual(['项目名称', '预算数(调整后)', '执行数(至年底)']);
  });
});

describe('columnLabels over 预算数 and 决算数', () => {
  const expected = [
    '合计预算数',
    '因公出国(境)费预算数',
    '公务用车购置及运行费小计预算数',
    '公务用车购置费预算数',
    '合计决算数',
    '因公出国(境)费决算数',
    '公务用车购置及运行费小计决算数',
    '公务用车购置费决算数',
  ];

  it('reads merged cells repeated over their span (DOCX, XLSX)', () => {
    const labels = columnLabels(
      grid([
        ['预算数', '预算数', '预算数', '预算数', '决算数', '决算数', '决算数', '决算数'],
        [
          '合计',
          '因公出国(境)费',
          '公务用车购置及运行费',
          '公务用车购置及运行费',
          '合计',
          '因公出国(境)费',
          '公务用车购置及运行费',
          '公务用车购置及运行费',
        ],
        [
          '合计',
          '因公出国(境)费',
          '小计',
          '公务用车购置费',
          '合计',
          '因公出国(境)费',
          '小计',
          '公务用车购置费',
        ],
      ]),
    );
    expect(labels).toEqual(expected);
  });

  it('reads merged cells flattened to one cell and blanks (text)', () => {
    const labels = columnLabels(
      grid([
        ['预算数', '', '', '', '决算数', '', '', ''],
        [
          '合计',
          '因公出国(境)费',
          '公务用车购置及运行费',
          '',
          '合计',
          '因公出国(境)费',
          '公务用车购置及运行费',
          '',
        ],
        ['', '', '小计', '公务用车购置费', '', '', '小计', '公务用车购置费'],
      ]),
    );
    expect(labels).toEqual(expected);
  });
});

describe('toGrids', () => {
  it('drops a header repeated after a page break and splits at a new header', () => {
    const grids = toGrids(
      table([
        ['机构名称', '收入合计'],
        ['汇总', '10'],
        ['机构名称', '收入合计'],
        ['一处', '4'],
        ['机构名称', '三公经费合计'],
        ['汇总', '2'],
      ]),
      '',
    );
    expect(grids).toHaveLength(2);
    expect(grids[0]!.body.map((r) => r[0]!.label)).toEqual(['汇总', '一处']);
    expect(grids[1]!.columns).toEqual(['机构名称', '三公经费合计']);
  });

  it('stands a header with an empty first cell, one wider than its rows, over them', () => {
    const [g] = toGrids(
      table([
        ['', '项目', '权数', '考评得分'],
        ['预算管理', '20', '18'],
        ['资产管理', '10', '9'],
      ]),
      '',
    );
    expect(g!.columns).toEqual(['项目', '权数', '考评得分']);
  });
});

describe('labelValuePairs', () => {
  it('pairs a short label with the figure after it', () => {
    const [row] = grid([['预算数：', '1308.05', '执行数：', '906.09', '69%']]);
    expect(labelValuePairs(row!).map((p) => [p.label, p.valueCell.text])).toEqual([
      ['预算数', '1308.05'],
      ['执行数', '906.09'],
    ]);
  });
});

describe('labelValuePairs', () => {
  it('takes no pair from an indicator row of target, actual, weight and score', () => {
    const row = grid([['预算执行率', '100%', '90%', '20', '18']])[0]!;
    expect(labelValuePairs(row)).toEqual([]);
    const scored = grid([['预算资金执行率', '90%', '100%', '10']])[0]!;
    expect(labelValuePairs(scored)).toEqual([]);
    const pair = grid([['执行率', '95%', '分值', '10']])[0]!;
    expect(labelValuePairs(pair).map((p) => p.label)).toEqual(['执行率', '分值']);
  });
});

describe('a 收入支出决算总表 whose header groups its two sides', () => {
  it('reads the totals by their rows, not the first item under 支出 as the spending total', () => {
    const rec = recordOf(
      [
        '某某县某某学区2024年度部门决算',
        '一、收入支出决算总表',
        '公开01表 | ||',
        '单位:某某县某某学区 | 2024年度 | 金额单位:万元 |',
        '收入 | 支出 | ||||',
        '项目 | 行次 | 金额 | 项目 | 行次 | 金额 |',
        '栏次 | 1 | 栏次 | 2 | ||',
        '一、一般公共预算财政拨款收入 | 1 | 2,386.52 | 五、教育支出 | 36 | 2,061.30 |',
        '八、其他收入 | 8 | 3.10 | 八、社会保障和就业支出 | 39 | 331.00 |',
        '本年收入合计 | 27 | 2,389.62 | 本年支出合计 | 58 | 2,392.30 |',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ income_total: '2389.62', expenditure_total: '2392.3' });
  });
});

describe('a 支出决算表 whose 项目 spans its label columns', () => {
  it('puts the header’s words over the columns the 栏次 row numbers', () => {
    const rec = recordOf(
      [
        '某某县人民医院2023年度单位决算',
        '支出决算表 | ||||||||',
        '单位:某某县人民医院 | 金额单位:万元 | ||||||',
        '项目 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | ||',
        '科目编码 | 科目名称 | 栏次 | 1 | 2 | 3 | 4 | 5 |',
        '| 合计 | | 8,420.50 | 7,900.10 | 520.40 | | |',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ expenditure_total: '8420.5', basic: '7900.1', project: '520.4' });
  });
});

describe('a row of label–value pairs under column headers', () => {
  it('reads the rate under its column where the row opens with 预算数 and names its other figures', () => {
    const rec = recordOf(
      [
        '某某县农业农村局部门整体支出绩效自评表',
        '单位:万元',
        '预算安排情况(调整后) | | 资金执行情况 | | 预算执行率 |',
        '预算数: | 842.60 | 执行数: | 766.77 | 91% |',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '842.6', executed: '766.77', execution_rate: '91' });
  });
});

describe('a total row that leaves its rate to the source carrying it', () => {
  const table = (fiscal: string) =>
    recordOf(
      [
        '某某县档案馆2023年度部门整体支出绩效自评表',
        '单位:万元',
        '资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |',
        '年度资金总额 | 210.00 | 236.40 | 229.31 | |',
        `其中:财政拨款 | ${fiscal} |`,
      ].join('\n'),
    );

  it('gives the total the rate of a source with the same figures', () => {
    expect(table('210.00 | 236.40 | 229.31 | 97.00%').overall).toMatchObject({
      budget: '236.4',
      executed: '229.31',
      execution_rate: '97',
    });
  });

  it('gives it none from a source with figures of its own', () => {
    expect(table('200.00 | 226.40 | 220.31 | 97.31%').overall?.execution_rate).toBeUndefined();
  });
});

describe('a 三公 table whose caption rows are rows of it, last year beside this year', () => {
  it('reads the header under the caption, and 上年决算数 as last year’s total', () => {
    const rec = recordOf(
      [
        '某某县水务局2018年“三公”经费决算情况',
        '附件 | | | |',
        '某某县水务局2018年“三公”经费决算情况统计表 | | | |',
        '单位:万元 | | | |',
        '项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 |',
        '增、减金额 | 增、减幅度 | | |',
        '合计 | 30.40 | 27.10 | -3.30 | -10.86% |',
        '1.因公出国(境)费 | 0 | 0 | 0 | — |',
        '2.公务接待费 | 8.20 | 7.60 | -0.60 | -7.32% |',
        '3.公务用车购置及运行费 | 22.20 | 19.50 | -2.70 | -12.16% |',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      total: '27.1',
      prev_total: '30.4',
      abroad: '0',
      reception: '7.6',
      vehicle_total: '19.5',
    });
  });
});

describe('a table of scores by the evaluation’s parts, closed by its result', () => {
  const head = ['某某市水务局2017年度部门整体支出绩效评价报告', '本次绩效评价结果'];
  const rows = [
    '评价准则 | 分值 | 实际得分 | 绩效评价等级 |',
    '投入 | 15 | 12.85 | 优(100-90分)、良(80-89分) |',
    '过程 | 55 | 46.3 |',
    '产出 | 20 | 17.4 |',
    '效果 | 10 | 9.8 |',
  ];

  it('takes the score of the result row, not of the first part', () => {
    const rec = recordOf([...head, ...rows, '评价结果 | 100 | 86.35 |'].join('\n'));
    expect(rec.overall.score).toBe('86.35');
  });

  it('takes no part’s score for the whole where no result row closes the table', () => {
    const rec = recordOf([...head, ...rows].join('\n'));
    expect(rec.overall.score).not.toBe('12.85');
  });
});

describe('the appropriation’s own spending table', () => {
  const lines = [
    '某某县实验中学2015年度部门决算公开',
    '公共预算财政拨款支出决算表',
    '公开02表',
    '部门:某某县实验中学',
    '单位:万元',
    '科目编码',
    '科目名称',
    '合计',
    '基本支出',
    '项目支出',
    '合计',
    '1402.18',
    '1268.73',
    '133.45',
    '205',
    '教育支出',
    '1256.02',
    '1122.57',
    '133.45',
    '20502',
    '普通教育',
    '1256.02',
    '1122.57',
    '133.45',
    '三、支出决算情况说明',
    '2015年度本年支出合计1486.60万元,其中:基本支出1341.25万元,项目支出145.35万元。',
  ];

  it('takes no subject code for a figure of the row before it', () => {
    const rec = recordOf(lines.slice(0, -2).join('\n\n'));
    expect(rec.finance.project).toBeUndefined();
    expect(rec.finance.basic).toBeUndefined();
  });

  it('gives its basic and project parts to the appropriation, the unit’s own from its accounts', () => {
    const rec = recordOf(lines.join('\n\n'));
    expect([rec.finance.basic, rec.finance.project].map(String)).toEqual(['1341.25', '145.35']);
  });
});
