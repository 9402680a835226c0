// A 决算 table one cell per line under a 行次 header, its empty cells lost: rows put back by their line numbers.
import { describe, expect, it } from 'vitest';
import { lineNumberTable } from '../../../scripts/recognise/line-number-rows';
import { recordOf } from './helpers';

const cells = (texts: string[]) => texts.map((text, i) => ({ text, loc: { line: i + 1 } }));

// 收入 on the left (lines 1 …), 支出 on the right (lines 20 …); the left side runs out first.
const SUMMARY = [
  '收入',
  '支出',
  '项目',
  '行次',
  '决算数',
  '项目',
  '行次',
  '决算数',
  '一、财政拨款收入',
  '1',
  '820.40',
  '一、一般公共服务支出',
  '20',
  '二、事业收入',
  '2',
  '35.10',
  '二、教育支出',
  '21',
  '801.25',
  '三、其他收入',
  '3',
  '4.50',
  '三、社会保障和就业支出',
  '22',
  '52.30',
  '4',
  '四、住房保障支出',
  '23',
  '6.45',
  '本年收入合计',
  '5',
  '860.00',
  '本年支出合计',
  '24',
  '860.00',
  '年初结转和结余',
  '6',
  '12.80',
  '年末结转和结余',
  '25',
  '12.80',
];

describe('a table under a 行次 header, one cell a line', () => {
  it('puts each half-row back under the header, a due line number opening a row whose label was empty', () => {
    const got = lineNumberTable(cells(SUMMARY))!;
    expect(got.before.map((c) => c.text)).toEqual(['收入', '支出']);
    expect(got.rest).toEqual([]);
    const rows =
      got.table.kind === 'table' ? got.table.table.rows.map((r) => r.cells.map((c) => c.text)) : [];
    expect(rows).toEqual([
      ['项目', '行次', '决算数'],
      ['一、财政拨款收入', '1', '820.40'],
      ['一、一般公共服务支出', '20', ''],
      ['二、事业收入', '2', '35.10'],
      ['二、教育支出', '21', '801.25'],
      ['三、其他收入', '3', '4.50'],
      ['三、社会保障和就业支出', '22', '52.30'],
      ['四、住房保障支出', '23', '6.45'],
      ['本年收入合计', '5', '860.00'],
      ['本年支出合计', '24', '860.00'],
      ['年初结转和结余', '6', '12.80'],
      ['年末结转和结余', '25', '12.80'],
    ]);
  });

  it('is no such table without its line numbers', () => {
    expect(
      lineNumberTable(cells(['项目', '决算数', '本年收入合计', '860.00', '本年支出合计', '860.00'])),
    ).toBeUndefined();
  });

  it('gives the accounts their totals and carry-overs', () => {
    const rec = recordOf(
      ['某某县实验幼儿园2019年度部门决算公开', '收入支出决算总表', '单位:万元', ...SUMMARY].join('\n\n'),
    );
    expect(
      [
        rec.finance.income_total,
        rec.finance.expenditure_total,
        rec.finance.carryover_begin,
        rec.finance.carryover_end,
      ].map(String),
    ).toEqual(['860', '860', '12.8', '12.8']);
  });
});
