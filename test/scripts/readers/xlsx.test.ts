// XLSX reader: sheets' used ranges as tables, merged ranges, formula results, number formats,
// title rows as paragraphs, sheet and row as location.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../scripts/readers/index';
import { formatNumber } from '../../../scripts/readers/xlsx';
import { budgetWorkbook, grid, paragraphs } from './fixtures';

describe('readXlsx', async () => {
  const model = await readDocument('budget.xlsx', await budgetWorkbook());

  it('turns title rows above and notes below the table into paragraphs', () => {
    expect(model.format).toBe('xlsx');
    expect(paragraphs(model.blocks)).toEqual([
      '2021年度部门整体支出绩效自评表',
      '单位：万元',
      '注：数据来源于部门决算。',
    ]);
    expect(model.blocks[0]).toMatchObject({ kind: 'paragraph', loc: { line: 1, sheet: '整体支出' } });
  });

  it('reads each sheet as a table with formula results shown in the cell format', () => {
    expect(grid(model.blocks)).toEqual([
      [
        ['项目', '预算数', '执行数', '执行率'],
        ['基本支出', '700', '690.50', '98.64%'],
        ['项目支出', '300', '215.59', '71.86%'],
        ['合计', '1000', '906.09', '90.61%'],
        ['一般公共服务', '10', '', ''],
        ['一般公共服务', '20', '', ''],
      ],
      [
        ['项目', '预算数', '决算数'],
        ['公务接待费', '5', '4.2'],
      ],
    ]);
  });

  it('keeps merged ranges with their spans, the sheet and the row number', () => {
    const table = model.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const merged = table.table.rows[4]!;
    expect(merged.cells[0]).toMatchObject({ text: '一般公共服务', rowSpan: 2, line: 8, sheet: '整体支出' });
    expect(table.table.rows[5]!.cells[0]!.rowSpan).toBeUndefined();
    expect(table.table.rows.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('skips hidden sheets with a note', () => {
    expect(JSON.stringify(model.blocks)).not.toContain('隐藏');
    expect(model.notes).toContain('sheet 参数 is hidden and was not read');
  });

  it('quarantines a workbook whose sheet XML is cut off as damaged', async () => {
    const { writeZip } = await import('../../../scripts/convert/zip');
    const { readCentralDirectory, readEntry } = await import('../../../scripts/readers/zip');
    const bytes = await budgetWorkbook();
    const parts = readCentralDirectory(bytes).map((e) => ({ name: e.name, data: readEntry(bytes, e.name)! }));
    const cut = writeZip(
      parts.map((p) => (p.name.startsWith('xl/worksheets/') ? { ...p, data: p.data.subarray(0, 100) } : p)),
    );
    await expect(readDocument('cut.xlsx', cut)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('refuses a workbook with nothing in it', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('空');
    const bytes = Buffer.from(await empty.xlsx.writeBuffer());
    await expect(readDocument('empty.xlsx', bytes)).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('formatNumber', () => {
  it('shows percent and fixed decimals exactly, and general numbers without float noise', () => {
    expect(formatNumber(0.8534, '0.00%')).toBe('85.34%');
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(257.8, '#,##0.00')).toBe('257.80');
    expect(formatNumber(1234.5, 'General')).toBe('1234.5');
    expect(formatNumber(12, '0')).toBe('12');
  });
});
