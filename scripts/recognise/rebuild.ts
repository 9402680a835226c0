// Tables that a format flattened into lines, rebuilt as tables before anything is read. Every
// reader hands over what it saw; this one step, shared by all formats, turns flattened runs back
// into grids:
//  - rows written on one line ("a | b | c", "||||" padding, tabs, single spaces between figures);
//  - each row's first cell on a line and its further cells on lines opening with "| " (leading-pipes.ts);
//  - " | " rows broken over lines, joined to the width of their header row (broken-rows.ts);
//  - rows numbered by 序号 whose cells wrapped over several lines (wrapped-rows.ts);
//  - one cell per line under a 行次 header, empty cells lost: rows put back by their line numbers
//    (line-number-rows.ts);
//  - a table a page's editor split in two, joined again (table-repair.ts);
//  - one cell per line (" |" at the end, "|" lines for empty cells, blank or no-break-space lines
//    between cells): the header words tell how wide the rows are, a row label starts a row and the
//    figures after it fill it; a label followed by one figure is a label–value pair.
// A run that fits no such shape stays as the paragraphs it was.

import type { Block, Location } from '../model/document';
import { FORM_FIELD_LABELS, holdsCaptionedTable, lineCells, lineRuns } from './cells';
import { labelWord } from './forms-data';
import { normalizeLabel } from './normalize';
import { isCaption, isFigure, isTableTitle, rebuildCells, tableOf } from './rebuild-cells';
import { dropFiller, joinSplitTables, repairTable } from './table-repair';
import { leadingPipeRows } from './leading-pipes';
import { brokenPipeRows } from './broken-rows';
import { joinSplitLabelCells } from './glued';
import { serialTable } from './serial-rows';
import { lineNumberTable } from './line-number-rows';
import { joinWrappedRows, type Line } from './wrapped-rows';

const PIPE_ONLY = /^[\s|｜\u00a0]+$/;
/** How many cells a run of a one-line page holds before it is taken for a table rather than a row. */
const PAGE_RUN = 16;
/** How many cells a one-line page of statements (captions with their 单位 lines, no prose) holds before it is taken for tables rather than a row. */
const PAGE_LINE = 40;
/** A line too long or too sentence-like to be one cell of a table. */
const SENTENCE = /[。；;！？]$|[。；;].+/;

function classify(b: Block): Line[] {
  if (b.kind !== 'paragraph') return [{ kind: 'text', block: b }];
  const lines = b.text.split('\n');
  if (lines.length > 1 && !lines.every((l) => /[|｜]\s*$/.test(l) || l.trim() === ''))
    return [{ kind: 'text', block: b }];
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const loc = { ...b.loc, line: b.loc.line + i };
    if (line.replace(/\u00a0/g, '').trim() === '') return;
    if (PIPE_ONLY.test(line)) {
      out.push({ kind: 'cell', text: '', loc, closed: true });
      return;
    }
    const runs = lineRuns(lineCells(line));
    for (const run of runs) {
      const text = runs.length > 1 ? run.cells.join(' ') : line;
      if (run.prose) out.push({ kind: 'text', block: { ...b, text, loc } });
      // A page's table written on one line split by spaces has no row breaks: its cells are read
      // as cells one per line are, the header words telling how wide the rows are.
      else if (
        (runs.length > 1
          ? run.cells.length >= PAGE_RUN
          : run.cells.length >= PAGE_LINE && holdsCaptionedTable(run.cells)) &&
        !/[|｜\t]/.test(line)
      )
        out.push(...run.cells.map((c): Line => ({ kind: 'cell', text: c, loc, closed: false })));
      else out.push(...classifyCells(b, run.cells, text, loc));
    }
  });
  return out;
}

/** One line's cells (or one run of them): a row, a lone cell, or text. */
function classifyCells(
  b: Extract<Block, { kind: 'paragraph' }>,
  cells: string[],
  line: string,
  loc: Location,
): Line[] {
  // "全年预算数：200万元  执行率：90%": labelled statements side by side are read as sentences.
  const statements = cells.every((c) => /^[^:：]{2,16}[:：]\s*\S/.test(c));
  if (cells.length >= 2 && !statements) return [{ kind: 'row', cells, loc }];
  if (cells.length >= 2) return [{ kind: 'text', block: { ...b, text: line, loc } }];
  const text = cells[0] ?? '';
  const short = normalizeLabel(text).length <= 40 && !SENTENCE.test(text.trim());
  const closed = /[|｜]\s*$/.test(line);
  return [
    short
      ? { kind: 'cell', text: text.trim(), loc, closed }
      : { kind: 'text', block: { ...b, text: line, loc } },
  ];
}

export function rebuildTables(blocks: Block[]): Block[] {
  return joinSplitTables(
    rebuildLines(leadingPipeRows(brokenPipeRows(joinSplitLabelCells(blocks.map(dropFiller))))).map(
      repairTable,
    ),
  );
}

/**
 * Cells written one per line with a line of "|" after each: lines with no pipe between them are
 * one cell wrapped ("一般公共" / "预算"), unless the second is a heading that follows the table.
 */
function pipeSeparated(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    const run: Extract<Line, { kind: 'cell' }>[] = [];
    for (; lines[j]?.kind === 'cell'; j++) run.push(lines[j] as Extract<Line, { kind: 'cell' }>);
    if (!run.length) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const texts = run.filter((c) => c.text !== '');
    const separated =
      texts.length >= 6 &&
      texts.every((c) => !c.closed) &&
      run.filter((c, k) => c.text !== '' && run[k + 1]?.text === '').length >= texts.length * 0.6;
    for (const [k, c] of run.entries()) {
      const prev = out[out.length - 1];
      const wrapped =
        separated &&
        k > 0 &&
        c.text !== '' &&
        run[k - 1]!.text !== '' &&
        prev?.kind === 'cell' &&
        !isCaption(c.text, true) &&
        !isFigure(c.text) &&
        !isFigure(prev.text) &&
        // A form's title and year over its first field ("…申报表" / "(2023年度)" / "项目名称") are no cell.
        !/表$|^[(（]\d{4}年度?[)）]$/.test(prev.text.trim()) &&
        !FORM_FIELD_LABELS.has(labelWord(c.text));
      if (wrapped) out[out.length - 1] = { ...prev, text: prev.text + c.text };
      else out.push(c);
    }
    i = j;
  }
  return out;
}

function rebuildLines(blocks: Block[]): Block[] {
  const lines = pipeSeparated(joinWrappedRows(blocks.flatMap(classify)));
  const out: Block[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line.kind === 'text') {
      out.push(line.block);
      i++;
      continue;
    }
    if (line.kind === 'row') {
      const rows: { cells: string[]; loc: Location }[] = [];
      for (;;) {
        const r = lines[i];
        // A row holding only a heading or a unit line ("二、部门整体支出执行情况 | ||", "单位:万元 |")
        // ends one table and opens the next.
        const filled = r?.kind === 'row' ? r.cells.filter((c) => c.trim() !== '') : [];
        const title = filled.length >= 1 && !filled.some(isFigure) && isTableTitle(filled.join(''));
        if (r?.kind === 'row' && ((filled.length === 1 && isCaption(filled[0]!, true)) || title)) {
          if (rows.length) out.push(tableOf(rows.splice(0)));
          out.push({ kind: 'paragraph', text: filled.join(' '), loc: r.loc });
          i++;
          continue;
        }
        // A row whose cells are all empty but its label ("1、因公出国（境）费用") stays in its table.
        const emptyRow =
          r?.kind === 'cell' &&
          r.text !== '' &&
          !isCaption(r.text, true) &&
          !isTableTitle(r.text) &&
          lines[i + 1]?.kind === 'row';
        if (r?.kind === 'row') rows.push({ cells: r.cells, loc: r.loc });
        else if (emptyRow) rows.push({ cells: [r.text], loc: r.loc });
        else break;
        i++;
      }
      if (rows.length) out.push(tableOf(rows));
      continue;
    }
    const run: { text: string; loc: Location }[] = [];
    let pipes = false;
    let open: { text: string; loc: Location } | undefined;
    while (lines[i]?.kind === 'cell') {
      const c = lines[i] as Extract<Line, { kind: 'cell' }>;
      if (c.closed) pipes = true;
      // In a run of " |" cells, a line without its pipe is a cell wrapped onto the next line ("年初预" / "算数 |").
      if (open) {
        open.text += c.text;
        if (c.closed) open = undefined;
      } else {
        const cell = { text: c.text, loc: c.loc };
        run.push(cell);
        const next = lines[i + 1];
        // A unit line or a form's title over the form's first field ("单位:万元" / "项目名称 |") is no wrapped cell.
        const wraps =
          next?.kind === 'cell' &&
          next.closed &&
          !isCaption(c.text, true) &&
          !isTableTitle(c.text) &&
          !FORM_FIELD_LABELS.has(labelWord(next.text));
        if (!c.closed && pipes && wraps) open = cell;
      }
      i++;
    }
    out.push(...cellRun(run, pipes));
  }
  return out;
}

/** A run of one-cell lines as blocks: a table numbered by 序号 or 行次 where there is one, the rest as rebuild-cells reads it. */
function cellRun(run: { text: string; loc: Location }[], pipes: boolean): Block[] {
  if (run.length < 3)
    return run
      .filter((c) => c.text !== '')
      .map((c): Block => ({ kind: 'paragraph', text: c.text, loc: c.loc }));
  const serial = serialTable(run) ?? lineNumberTable(run);
  if (!serial) return rebuildCells(run, pipes);
  return [...cellRun(serial.before, pipes), serial.table, ...cellRun(serial.rest, pipes)];
}
