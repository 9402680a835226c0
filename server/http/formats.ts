// Tabular answers in every export format: JSON rows, CSV (UTF-8 with BOM, so Excel reads Chinese),
// XLSX (exceljs) and Arrow IPC stream (apache-arrow). In Arrow and JSON, DECIMAL values travel as
// their exact decimal strings (Utf8 in Arrow), counts and years as integers (Int32), text as
// dictionary-encoded Utf8, flags as Bool. XLSX cells hold decimals as spreadsheet numbers, since
// that is what a spreadsheet computes with; the exact strings are in the other formats.

import ExcelJS from 'exceljs';
import { Bool, Dictionary, Int32, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { Cell, Column, TableRow } from '../table';
import type { OutputFormat } from '../query/schema';

export const CONTENT_TYPES: Record<OutputFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  arrow: 'application/vnd.apache.arrow.stream',
};

/** Picks the format: the `format` parameter first, else the Accept header, else JSON. */
export function negotiateFormat(param: OutputFormat | undefined, accept: string | undefined): OutputFormat {
  if (param) return param;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('application/vnd.apache.arrow.stream')) return 'arrow';
  if (a.includes('spreadsheetml')) return 'xlsx';
  if (a.includes('text/csv')) return 'csv';
  return 'json';
}

function csvField(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: Column[], rows: TableRow[]): Buffer {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c.name] ?? null)).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(columns: Column[], rows: TableRow[], sheetName = 'data'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(columns.map((c) => c.name)).font = { bold: true };
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = r[c.name] ?? null;
        return c.type === 'decimal' && typeof v === 'string' ? Number(v) : v;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function arrowVector(column: Column, rows: TableRow[]): Vector {
  const values = rows.map((r) => r[column.name] ?? null);
  switch (column.type) {
    case 'integer':
      return vectorFromArray(values as (number | null)[], new Int32());
    case 'boolean':
      return vectorFromArray(values as (boolean | null)[], new Bool());
    case 'decimal':
      return vectorFromArray(
        values.map((v) => (v === null ? null : String(v))),
        new Utf8(),
      );
    case 'string':
      return vectorFromArray(
        values.map((v) => (v === null ? null : String(v))),
        new Dictionary(new Utf8(), new Int32()),
      );
  }
}

export function toArrow(columns: Column[], rows: TableRow[]): Buffer {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) vectors[c.name] = arrowVector(c, rows);
  return Buffer.from(tableToIPC(new Table(vectors), 'stream'));
}

/** Serialises a table in a non-JSON format. */
export async function encodeTable(
  format: Exclude<OutputFormat, 'json'>,
  columns: Column[],
  rows: TableRow[],
): Promise<Buffer> {
  if (format === 'csv') return toCsv(columns, rows);
  if (format === 'xlsx') return toXlsx(columns, rows);
  return toArrow(columns, rows);
}
