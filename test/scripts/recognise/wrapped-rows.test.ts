// Pipe rows whose cells wrapped over several lines, joined again at their serial numbers (序号).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { joinWrappedRows, type Line } from '../../../scripts/recognise/wrapped-rows';

const loc = { line: 1 };
const row = (...cells: string[]): Line => ({ kind: 'row', cells, loc });
const cell = (text: string): Line => ({ kind: 'cell', text, loc, closed: true });
const texts = (lines: Line[]) =>
  lines.map((l) => (l.kind === 'row' ? l.cells : l.kind === 'cell' ? [l.text] : []));

describe('joinWrappedRows', () => {
  it('runs the header to the row numbered 1 and joins each row up to the next serial', () => {
    const lines = [
      row('序号', '一级指标'),
      cell('二级指标'),
      row('三级指标', '分值', '得分'),
      row('1', '决策(20分)'),
      row('目标设定(8分)', '目标明确性', '8'),
      cell('7'),
      row('2', '资金投入(12分)', '预算编制科学性', '12', '11'),
      row('合计', '', '', '20', '18'),
    ];
    expect(texts(joinWrappedRows(lines))).toEqual([
      ['序号', '一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['1', '决策(20分)', '目标设定(8分)', '目标明确性', '8', '7'],
      ['2', '资金投入(12分)', '预算编制科学性', '12', '11'],
      ['合计', '', '', '20', '18'],
    ]);
  });

  it('leaves a table alone whose rows did not wrap, or whose rows are not numbered in turn', () => {
    const flat = [row('序号', '项目', '金额'), row('1', '甲', '5'), row('2', '乙', '6')];
    expect(joinWrappedRows(flat)).toEqual(flat);
    const unnumbered = [row('序号', '项目'), cell('金额'), row('1', '甲'), cell('5'), row('3', '乙', '6')];
    expect(joinWrappedRows(unnumbered)).toEqual(unnumbered);
  });

  it('does not join a line that would make the row wider than its header', () => {
    const lines = [
      row('序号', '项目'),
      cell('金额'),
      row('1', '甲', '5'),
      row('说明', '另计', '3'),
      row('2', '乙'),
      cell('6'),
    ];
    expect(texts(joinWrappedRows(lines))).toEqual([
      ['序号', '项目', '金额'],
      ['1', '甲', '5'],
      ['说明', '另计', '3'],
      ['2', '乙', '6'],
    ]);
  });
});

describe('a unit scoring sheet whose rows wrapped on the page', () => {
  const page = [
    '2022年度部门整体支出绩效评价自评表',
    '单位 | 望江县华阳镇中心学校|||||',
    '序号 | 一级 指标 |',
    '二级 指标 |',
    '三级 指标 |',
    '指标分值 | 评分标准 | 自评得分 |',
    '1 | 决策 (10分) |',
    '目标设定 (10分) | 绩效目标 合理性 | 10 | 目标合理得满分(10分) |',
    '9 |',
    '2 | 过程 (20分) | 预算执行 (20分) | 预算执行率 | 20 | 每低1个百分点扣1分。 | 18 | |',
    '3 | 资金使用 合规性 | 0 | 违规一处扣2分。 | 0 | ||',
    '合计 | | | | 30 | | 27 |',
  ];

  it('reads every indicator with its path, weight and score, and the total as the score', () => {
    const [record] = recogniseDocument(readText('case.txt', Buffer.from(page.join('\n'), 'utf8')));
    expect(record?.overall.score?.toString()).toBe('27');
    expect(
      record?.indicators.map((i) => [i.path.join('/'), i.weight?.toString(), i.score?.toString()]),
    ).toEqual([
      ['决策/目标设定/绩效目标合理性', '10', '9'],
      ['过程/预算执行/预算执行率', '20', '18'],
      ['过程/预算执行/资金使用合规性', '0', '0'],
    ]);
  });
});

describe('a second header line under the first one’s last columns, its leading cells lost', () => {
  it('puts its words under those columns, and the rows read as a project list', () => {
    const rec = recordOf(
      [
        '某某县应急管理局2021年度部门决算',
        '| 序号 | 项目名称 | 预算金额 | 执行金额 | 预算 | 自评 | 自评 |',
        '| | | (万元) | (万元) | 执行率 | 得分 | 等级 |',
        '| 1 | 安全生产监管执法经费 | 68.00 | 66.21 | 97.37% | 93 | 优 |',
        '| 2 | 应急物资储备经费 | 45.00 | 41.40 | 92.00% | 89 | 良 |',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([
      ['安全生产监管执法经费', '68', '66.21', '97.37', '93'],
      ['应急物资储备经费', '45', '41.4', '92', '89'],
    ]);
  });
});
