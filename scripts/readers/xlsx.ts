// XLSX reader (and, after LibreOffice converts it, XLS): each visible sheet's used range becomes
// a table; single-value rows above or below it (titles, "单位：万元", notes) become paragraphs.
// Formula cells give their cached result; numbers are shown as the cell's format shows them
// (0.8534 under "0.00%" reads "85.34%"), decimals computed exactly. A merged range repeats its
// text in every position it covers; its top-left cell carries colSpan/rowSpan.
// `line` is the row number in the sheet and `sheet` the sheet's name.

import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { Block, Cell, DocumentModel, SourceFormat, TableRow } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { checkZipArchive, type ReaderLimits } from './limits';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export async function readXlsx(
  file: string,
  bytes: Buffer,
  format: SourceFormat = 'xlsx',
  limits?: ReaderLimits,
): Promise<DocumentModel> {
  checkZipArchive(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableDocumentError(`damaged workbook: ${(error as Error).message}`, 'corrupt');
  }
  const blocks: Block[] = [];
  const notes: string[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      notes.push(`sheet ${sheet.name} is hidden and was not read`);
      return;
    }
    blocks.push(...sheetBlocks(sheet));
  });
  if (blocks.length === 0) throw new UnreadableDocumentError('the workbook holds no values', 'empty');
  return { file, format, blocks, notes };
}

function merges(sheet: ExcelJS.Worksheet): MergeRange[] {
  // exceljs keeps merged ranges keyed by their top-left address.
  const raw = (sheet as unknown as { _merges?: Record<string, { model: MergeRange }> })._merges ?? {};
  return Object.values(raw).map((m) => m.model);
}

function sheetBlocks(sheet: ExcelJS.Worksheet): Block[] {
  const name = sheet.name;
  const grid = new Map<number, Map<number, Cell>>();
  const copies = new Set<Cell>();
  let maxCol = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const text = cellText(cell);
      if (text === '') return;
      if (!grid.has(r)) grid.set(r, new Map());
      grid.get(r)!.set(c, { text, line: r, sheet: name });
      maxCol = Math.max(maxCol, c);
    });
  });
  for (const range of merges(sheet)) {
    const origin = grid.get(range.top)?.get(range.left);
    if (!origin) continue;
    if (range.right > range.left) origin.colSpan = range.right - range.left + 1;
    if (range.bottom > range.top) origin.rowSpan = range.bottom - range.top + 1;
    maxCol = Math.max(maxCol, range.right);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        if (!grid.has(r)) grid.set(r, new Map());
        const copy: Cell = { text: origin.text, line: r, sheet: name };
        copies.add(copy);
        grid.get(r)!.set(c, copy);
      }
    }
  }
  const rowNumbers = [...grid.keys()].sort((a, b) => a - b);
  if (rowNumbers.length === 0) return [];
  let minCol = Infinity;
  for (const cells of grid.values()) for (const c of cells.keys()) minCol = Math.min(minCol, c);

  const rows: TableRow[] = rowNumbers.map((r) => {
    const cells: Cell[] = [];
    for (let c = minCol; c <= maxCol; c++)
      cells.push(grid.get(r)!.get(c) ?? { text: '', line: r, sheet: name });
    return { cells, line: r, sheet: name };
  });
  // Blank rows separate tables; in each stretch, rows with one value (or one merged range) above
  // or below the table body are titles and notes ("单位：万元"), and become paragraphs.
  const isSingle = (row: TableRow) =>
    new Set(row.cells.filter((c) => c.text !== '').map((c) => c.text)).size === 1;
  const paragraph = (row: TableRow): Block => ({
    kind: 'paragraph',
    text: row.cells.find((c) => c.text !== '')!.text,
    loc: { line: row.line, sheet: name },
  });
  const blocks: Block[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && rows[end]!.line === rows[end - 1]!.line + 1) end++;
    const stretch = rows.slice(start, end);
    let first = 0;
    while (first < stretch.length && isSingle(stretch[first]!)) first++;
    let last = stretch.length - 1;
    while (last >= first && isSingle(stretch[last]!)) last--;
    blocks.push(...stretch.slice(0, first).map(paragraph));
    if (first <= last) {
      const body = stretch.slice(first, last + 1);
      blocks.push({ kind: 'table', table: { rows: body, line: body[0]!.line, sheet: name } });
    }
    blocks.push(...stretch.slice(last + 1).map(paragraph));
    start = end;
  }
  return blocks;
}

function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt).trim();
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    return valueText(result as ExcelJS.CellValue, numFmt);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return String((value as { text: unknown }).text);
  return '';
}

/** Shows a number the way its format does for the parts that matter to a reader: percent and decimals. */
export function formatNumber(value: number, numFmt: string | undefined): string {
  const exact = new Decimal(Number(value.toPrecision(15)));
  const format = (numFmt ?? '').split(';')[0] ?? '';
  const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? (/[0#]/.test(format) ? 0 : undefined);
  if (format.includes('%')) {
    const percent = exact.times(100);
    return `${decimals === undefined ? percent.toString() : percent.toFixed(decimals)}%`;
  }
  if (decimals === undefined || format === 'General' || format === '') return exact.toString();
  return exact.toFixed(decimals);
}
