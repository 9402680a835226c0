// The cells of a table as the readers see them: normalised text and label, where each came from
// (for provenance), whether it holds a figure, and the label–value pairs of a row.

import type { Cell, Table } from '../model/document';
import type { SourceRef } from '../model/record';
import { normalizeLabel, normalizeText } from './normalize';
import { parseCellNumber } from './numbers';

export interface GridCell {
  /** Normalised text (NFKC, spaces next to CJK removed, line breaks kept as spaces). */
  text: string;
  /** Normalised label without any white space and trailing colon. */
  label: string;
  raw: Cell;
}

export type GridRow = GridCell[];

export interface Grid {
  header: GridRow[];
  body: GridRow[];
  /** One label per column (deepest header cell, "" where none). */
  columns: string[];
  /** Text of the paragraphs right before the table (title, caption, unit line). */
  context: string;
  table: Table;
}

export function gridCell(raw: Cell): GridCell {
  const text = normalizeText(raw.text.replace(/\n/g, ' '));
  return { text, label: normalizeLabel(raw.text.replace(/\n/g, '')), raw };
}

export function cellSource(c: GridCell | Cell, unit?: string): SourceRef {
  const raw = 'raw' in c ? c.raw : c;
  const ref: SourceRef = { line: raw.line, text: raw.text };
  if (raw.page !== undefined) ref.page = raw.page;
  if (raw.sheet !== undefined) ref.sheet = raw.sheet;
  if (unit) ref.unit = unit;
  return ref;
}

/** A row's cells joined, as the quote for provenance. */
export function rowSource(row: GridRow, unit?: string): SourceRef {
  const first = row.find((c) => c.raw.text !== '') ?? row[0]!;
  const ref = cellSource(first, unit);
  ref.text = row
    .map((c) => c.raw.text.replace(/\s*\n\s*/g, ''))
    .join(' | ')
    .replace(/( \| )+$/, '');
  return ref;
}

export function isNumeric(c: GridCell | undefined): boolean {
  return !!c && parseCellNumber(c.text) !== undefined;
}

export interface LabelValue {
  label: string;
  labelCell: GridCell;
  valueCell: GridCell;
}

/** Label–value pairs of a row: a short text cell followed by a cell with a figure. */
export function labelValuePairs(row: GridRow): LabelValue[] {
  const out: LabelValue[] = [];
  for (let i = 0; i < row.length - 1; i++) {
    const l = row[i]!;
    if (l.label === '' || isNumeric(l) || l.label.length > 30) continue;
    let j = i + 1;
    while (j < row.length && row[j]!.label === '' && j < i + 2) j++;
    const v = row[j];
    // A label followed by two figures is a row of a table whose columns say which is which
    // (预算数 | 决算数), not a label with its value; one written with its colon ("执行数: | 118.42 |
    // 18.68") states the figure after it.
    const after = row[j + 1];
    const colon = /[:：]\s*$/.test(l.text);
    if (!colon && isNumeric(v) && isNumeric(after) && !/%$/.test(after!.label) && !/%$/.test(v!.label))
      continue;
    // An indicator's row (预算执行率 | 100% | 90% | 20 | 18): target, actual, weight and score; or
    // target, actual and score (预算资金执行率 | 90% | 100% | 10).
    const rates = isNumeric(v) && isNumeric(after) && /%$/.test(v!.label) && /%$/.test(after!.label);
    if (
      isNumeric(v) &&
      isNumeric(after) &&
      (row.slice(j).filter(isNumeric).length >= 4 || (rates && isNumeric(row[j + 2])))
    )
      continue;
    if (v && v.label !== '' && (isNumeric(v) || /^\d/.test(v.label)))
      out.push({ label: l.label, labelCell: l, valueCell: v });
  }
  return out;
}
