// Ragged headers read as a tree: rows that lost their leading cells are put back over their columns.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../scripts/model/document';
import { toGrids } from '../../../scripts/recognise/tables';
import { repairTable } from '../../../scripts/recognise/table-repair';

const table = (rows: string[][]): Table => ({
  line: 1,
  rows: rows.map((cells, i) => ({ line: i + 1, cells: cells.map((text) => ({ text, line: i + 1 })) })),
});
const columnsOf = (rows: string[][]): string[] => {
  const b = repairTable({ kind: 'table', table: table(rows) });
  if (b.kind !== 'table') throw new Error('not a table');
  return toGrids(b.table, '')[0]!.columns;
};

describe('a header whose merged cells a page dropped', () => {
  it('puts three levels divided by 其中 and by a repeated word back over their columns', () => {
    expect(
      columnsOf([
        ['单位名称', '支出合计', '其中：', '结余'],
        ['基本支出', '其中：', '项目支出', '当年结余', '累计结余'],
        ['人员支出', '公用支出', '', '', ''],
        ['本部门合计', '512.40', '430.10', '381.25', '48.85', '82.30', '', ''],
      ]),
    ).toEqual([
      '单位名称',
      '支出合计',
      '基本支出',
      '人员支出',
      '公用支出',
      '项目支出',
      '当年结余',
      '累计结余',
    ]);
  });

  it('puts the parts under a 其中 beside the total', () => {
    expect(
      columnsOf([
        ['单位名称', '三公经费合计', '其中：'],
        ['因公出国(境)费', '公务用车购置费', '公务用车运行费', '公务接待费'],
        ['本部门合计', '6.20', '', '', '4.70', '1.50'],
      ]),
    ).toEqual([
      '单位名称',
      '三公经费合计',
      '因公出国(境)费',
      '公务用车购置费',
      '公务用车运行费',
      '公务接待费',
    ]);
  });

  it('reads the columns up to the last figure, the empty cells after it no columns of their own', () => {
    expect(
      columnsOf([
        ['单位名称', '收入合计', '其中：'],
        ['财政拨款', '其他收入'],
        ['本部门合计', '300.00', '280.00', '20.00', '', ''],
      ]),
    ).toEqual(['单位名称', '收入合计', '财政拨款', '其他收入']);
  });

  it('leaves a header alone where its tree has fewer leaves than the rows have figures', () => {
    const columns = columnsOf([
      ['单位名称', '收入合计', '其中：'],
      ['财政拨款', '其他收入'],
      ['本部门合计', '300.00', '280.00', '20.00', '6.50'],
    ]);
    expect(columns[1]).not.toBe('收入合计');
  });
});
