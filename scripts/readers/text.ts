// Plain-text reader. Reports saved as text come in three table layouts, often mixed in one file:
//  - tab rows: one table row per line, cells separated by tabs (copied from Word or Excel);
//  - spaced rows: the same with runs of spaces between the cells (pdftotext -layout);
//  - cell lines: one cell per line, each line starting with a tab, rows separated by blank lines,
//    and a long cell wrapping onto following lines that do not start with a tab.
// Everything else is prose, one paragraph per line. The encoding is detected, never assumed
// (see text-decode).

import type { Block, Cell, DocumentModel, TableRow } from '../model/document';
import { joinAcrossPageNumbers, joinPreviewChunks, joinWrappedPipeRows } from './page-breaks';
import { bareCsvToTabs, quotedCsvToTabs } from './quoted-csv';
import { alignFigureRows } from './figure-columns';
import { splitSpaceCells } from './space-cells';
import { joinStackedHeaders } from './stacked-header';
import { decodeText } from './text-decode';

type LineKind = 'blank' | 'cell' | 'row' | 'text';

function kindOf(line: string): LineKind {
  if (!line.includes('\t')) return line.trim() === '' ? 'blank' : 'text';
  // One leading tab (possibly after spaces) and no other: a cell of the one-cell-per-line layout.
  if (/^[ \u3000]*\t[^\t]*$/.test(line)) return 'cell';
  return 'row';
}

export function readText(file: string, bytes: Uint8Array): DocumentModel {
  const { text, encoding } = decodeText(bytes);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const notes =
    encoding === 'utf-8'
      ? []
      : encoding === 'utf-8-truncated'
        ? ['the file ends inside a UTF-8 character: it was cut short']
        : [`decoded as ${encoding}`];
  return {
    file,
    format: 'text',
    encoding,
    blocks: layoutLines(
      bareCsvToTabs(quotedCsvToTabs(joinWrappedPipeRows(joinAcrossPageNumbers(joinPreviewChunks(lines))))),
    ),
    notes,
  };
}

/** Cells of a line laid out with spaces (pdftotext -layout, fixed-width exports): runs of 2+ spaces or ideographic spaces. */
const SPACE_GAP = /[ ]{2,}|\u3000+/;
const NUMERIC_CELL = /^[-+]?[\d,，]+(\.\d+)?\s*(%|％|分|万元|元)?$/;

function spacedCells(line: string): string[] {
  return line
    .trim()
    .split(SPACE_GAP)
    .filter((c) => c !== '');
}

/**
 * Tables laid out with spaces instead of tabs: two or more consecutive lines of three or more
 * space-separated cells, with figures in at least one of them, become tab rows. A single line, or
 * lines without figures, stay text.
 */
function spacedRowsToTabs(lines: string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < lines.length) {
    // A sentence ("…要求。") is prose even with wide gaps in it.
    const wide = (k: number) =>
      !lines[k]!.includes('\t') && !/[。；;！？]\s*$/.test(lines[k]!) && spacedCells(lines[k]!).length >= 3;
    if (!wide(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && wide(j)) j++;
    const run = lines.slice(i, j).map(spacedCells);
    if (run.length >= 2 && run.some((cells) => cells.some((c) => NUMERIC_CELL.test(c)))) {
      for (let k = i; k < j; k++) out[k] = run[k - i]!.join('\t');
    }
    i = j;
  }
  return out;
}

/** Split lines into paragraphs and tables. Exported for tests and for readers that produce text lines. */
export function layoutLines(input: string[]): Block[] {
  const lines = spacedRowsToTabs(alignFigureRows(joinStackedHeaders(splitSpaceCells(input))));
  const kinds = lines.map(kindOf);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === 'blank') {
      i++;
    } else if (kind === 'text') {
      blocks.push({ kind: 'paragraph', text: lines[i]!.trim(), loc: { line: i + 1 } });
      i++;
    } else if (kind === 'row') {
      i = readTabRows(lines, kinds, i, blocks);
    } else {
      i = readCellLines(lines, kinds, i, blocks);
    }
  }
  return blocks;
}

/** Consecutive tab rows form one table; blank lines between them do not end it (page breaks). */
function readTabRows(lines: string[], kinds: LineKind[], start: number, blocks: Block[]): number {
  const rows: TableRow[] = [];
  let i = start;
  while (i < lines.length) {
    if (kinds[i] === 'row') {
      const cells: Cell[] = lines[i]!.split('\t')
        .flatMap(splitGluedDecimals)
        .map((t) => ({ text: t.trim(), line: i + 1 }));
      if (cells.some((c) => c.text !== '')) rows.push({ cells, line: i + 1 });
      i++;
    } else if (kinds[i] === 'blank') {
      let j = i;
      while (j < lines.length && kinds[j] === 'blank') j++;
      if (kinds[j] !== 'row') break;
      i = j;
    } else break;
  }
  if (rows.length) blocks.push({ kind: 'table', table: { rows, line: rows[0]!.line } });
  return i;
}

/**
 * One cell per line. A row ends at a blank line followed by another cell line. Lines without a
 * leading tab continue the current cell, also after a blank line when more cells of the same row
 * follow right after them (a label broken as "财政供养人员", "", "控制率"). A row of a single cell is
 * a heading or a sentence, so it becomes a paragraph and splits the table.
 */
function readCellLines(lines: string[], kinds: LineKind[], start: number, blocks: Block[]): number {
  let rows: TableRow[] = [];
  let row: Cell[] = [];
  const flushTable = (): void => {
    if (rows.length) blocks.push({ kind: 'table', table: { rows, line: rows[0]!.line } });
    rows = [];
  };
  let pending: Cell | undefined; // a one-cell row that may be the last cell of the row before it
  const flushRow = (): void => {
    if (row.length === 0) return;
    if (pending) {
      const previous = rows[rows.length - 1];
      if (previous && row.length > 1 && previous.cells.length + 1 === row.length) {
        // A cell that ended with a blank line ("…指标4", "", "达标"): it belongs to the row before.
        previous.cells.push(pending);
      } else {
        flushTable();
        blocks.push({ kind: 'paragraph', text: pending.text, loc: { line: pending.line } });
      }
      pending = undefined;
    }
    if (row.length === 1) {
      if (row[0]!.text !== '' && rows.length && isValueLike(row[0]!.text)) {
        pending = row[0]!;
        row = [];
        return;
      }
      flushTable();
      if (row[0]!.text !== '')
        blocks.push({ kind: 'paragraph', text: row[0]!.text, loc: { line: row[0]!.line } });
    } else if (row.some((c) => c.text !== '')) {
      rows.push({ cells: row, line: row[0]!.line });
    }
    row = [];
  };
  const appendToCell = (text: string): void => {
    const cell = row[row.length - 1]!;
    cell.text = cell.text === '' ? text.trim() : `${cell.text}\n${text.trim()}`;
  };

  let i = start;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === 'cell') {
      row.push({ text: lines[i]!.replace(/^[ \u3000]*\t/, '').trim(), line: i + 1 });
      i++;
    } else if (kind === 'text') {
      appendToCell(lines[i]!);
      i++;
    } else if (kind === 'blank') {
      let j = i;
      while (j < lines.length && kinds[j] === 'blank') j++;
      if (kinds[j] === 'cell') {
        flushRow();
        i = j;
      } else if (kinds[j] === 'text') {
        let k = j;
        while (k < lines.length && kinds[k] === 'text') k++;
        const next = k < lines.length && kinds[k] === 'blank' ? nextNonBlank(kinds, k) : k;
        // The rest of a broken label ("其他", "", "收入"): cells of the row follow right after it, or it
        // is a short fragment followed by more cells. A sentence between two tables ends the table.
        const fragment = k === j + 1 && isFragment(lines[j]!);
        // Mid-row (fewer cells so far than the row before has), paragraphs inside a long cell, each
        // after a blank line, up to the row's next cell.
        const midRow = row.length > 1 && rows.length > 0 && row.length < rows[rows.length - 1]!.cells.length;
        const resume = midRow ? nextCellAfterParagraphs(kinds, j) : -1;
        if (kinds[k] === 'cell' || (fragment && kinds[next] === 'cell')) {
          for (let t = j; t < k; t++) appendToCell(lines[t]!);
          // Mid-row, the cells after the fragment still belong to this row.
          i = midRow ? next : k;
        } else if (resume > 0) {
          for (let t = j; t < resume; t++) if (kinds[t] === 'text') appendToCell(lines[t]!);
          i = resume;
        } else break;
      } else break;
    } else break;
  }
  flushRow();
  if (pending) {
    flushTable();
    blocks.push({ kind: 'paragraph', text: pending.text, loc: { line: pending.line } });
  }
  flushTable();
  return i;
}

/** Short text that is not a numbered heading: could be a table value such as "达标" or "98%". */
function isValueLike(text: string): boolean {
  return (
    text.length <= 20 &&
    !/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/.test(text)
  );
}

/**
 * Two figures glued together when a table was flattened ("1308.05906.09"): a number has one
 * decimal point, so a cell of digits with several splits after the decimals of the first ones,
 * which reports write with two places.
 */
export function splitGluedDecimals(cell: string): string[] {
  const t = cell.trim();
  if (!/^\d[\d,]*\.\d{2}(\d[\d,]*\.\d{2})+$/.test(t)) return [cell];
  return t.match(/\d[\d,]*?\.\d{2}/g) ?? [cell];
}

/** Past alternating paragraphs and blank lines (at most a dozen lines), the next cell line; -1 if none. */
function nextCellAfterParagraphs(kinds: LineKind[], from: number): number {
  for (let j = from; j < kinds.length && j < from + 12; j++) {
    if (kinds[j] === 'cell') return j;
    if (kinds[j] === 'row') return -1;
  }
  return -1;
}

function nextNonBlank(kinds: LineKind[], from: number): number {
  let j = from;
  while (j < kinds.length && kinds[j] === 'blank') j++;
  return j;
}

/** A few characters with no sentence punctuation: the tail of a wrapped label, not a paragraph. */
function isFragment(line: string): boolean {
  const t = line.trim();
  return t.length <= 10 && !/[。；;：:，,]/.test(t);
}
