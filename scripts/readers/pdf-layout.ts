// Layout analysis of one PDF page: from positioned text runs and ruling lines to paragraphs and
// tables. Ruled tables are rebuilt from their lines (see pdf-ruled-tables); unruled tables from x
// gaps that line up across consecutive lines; the rest is prose, joined where a line wraps.
// Coordinates are top-down (y grows down the page), in points.

import type { Block, Cell, TableRow } from '../model/document';
import { findRuledGrids, ruledTable, type HRule, type VRule } from './pdf-ruled-tables';
import {
  groupLines,
  joinText,
  lineText,
  numberLines,
  type Line,
  type NumberedRun,
  type TextRun,
} from './pdf-text-lines';

export interface PageContent {
  page: number;
  height: number;
  /** The right edge of the text block (over the whole document): a prose line reaching it wraps. */
  rightEdge?: number;
  runs: TextRun[];
  hRules: HRule[];
  vRules: VRule[];
}

/** A laid-out piece of a page with its top, so blocks can be put in reading order. */
interface Placed {
  top: number;
  block: Block;
}

export function layoutPage(content: PageContent): Block[] {
  const runs = numberLines(content.runs);
  const placed: Placed[] = [];
  const grids = findRuledGrids(content.hRules, content.vRules);
  const used = new Set<NumberedRun>();
  for (const grid of grids) {
    const table = ruledTable(grid, runs, used, content.page);
    if (table) placed.push({ top: grid.ys[0]!, block: { kind: 'table', table } });
  }
  const rest = groupLines(runs.filter((r) => !used.has(r)));
  placed.push(...unruledBlocks(rest, content));
  placed.sort((a, b) => a.top - b.top);
  return placed.map((p) => p.block);
}

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$/;

interface Segment {
  x0: number;
  x1: number;
  runs: NumberedRun[];
}

/** Splits a line where the gap between runs is wide enough to be a column gap. */
function segments(line: Line): Segment[] {
  const out: Segment[] = [];
  for (const run of line.runs) {
    const last = out[out.length - 1];
    if (last && run.x - last.x1 < Math.max(line.size * 1.2, 6)) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.w);
    } else out.push({ x0: run.x, x1: run.x + run.w, runs: [run] });
  }
  return out;
}

function unruledBlocks(lines: Line[], content: PageContent): Placed[] {
  const margin = content.height * 0.08;
  const kept = lines.filter((l) => {
    const inMargin = l.y < margin || l.y > content.height - margin;
    return !(inMargin && PAGE_NUMBER.test(lineText(l.runs)));
  });
  const placed: Placed[] = [];
  const rightEdge = content.rightEdge ?? (kept.length ? Math.max(...kept.map((l) => l.x1)) : 0);
  let i = 0;
  while (i < kept.length) {
    // A run of ≥2 consecutive lines split into ≥2 segments is a table without rules.
    let j = i;
    while (j < kept.length && segments(kept[j]!).length >= 2) j++;
    if (j - i >= 2) {
      placed.push(unruledTable(kept.slice(i, j), content.page));
      i = j;
      continue;
    }
    // Prose: a line that reaches the right edge continues on the next one.
    const first = kept[i]!;
    let text = lineText(first.runs);
    let last = first;
    i++;
    while (i < kept.length) {
      const next = kept[i]!;
      const wrapped =
        rightEdge - last.x1 <= wrapAllowance(last, next) &&
        next.y - last.y <= last.size * 2 &&
        next.x0 <= first.x0 + last.size * 0.5 &&
        segments(next).length < 2;
      if (!wrapped) break;
      text = joinText(text, lineText(next.runs));
      last = next;
      i++;
    }
    if (text !== '') {
      placed.push({
        top: first.y - first.size,
        block: { kind: 'paragraph', text, loc: { line: first.line, page: content.page } },
      });
    }
  }
  return placed;
}

const ENUMERATOR =
  /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])/;

/**
 * How far short of the right edge a line may end and still wrap onto the next: the width of the
 * next line's first word (which did not fit), or one character after a sentence end.
 */
function wrapAllowance(line: Line, next: Line): number {
  // A numbered heading or item ("（四）", "2.", "一、") starts a new paragraph.
  if (ENUMERATOR.test(lineText(next.runs))) return -Infinity;
  if (/[。；;！!？?:：]$/.test(lineText(line.runs))) return line.size * 0.6;
  const run = next.runs[0]!;
  const word = /^[A-Za-z0-9.,%‰·:：/()（）\-+]+/.exec(run.str.trim())?.[0] ?? '';
  const charWidth = run.w / Math.max(1, run.str.length);
  return Math.max(line.size * 1.1, word.length * charWidth + line.size * 0.5);
}

function unruledTable(lines: Line[], page: number): Placed {
  const segs = lines.map(segments);
  const starts = clusterStarts(
    segs.flat().map((s) => s.x0),
    Math.max(...lines.map((l) => l.size)),
  );
  const rows: TableRow[] = segs.map((list, k) => {
    const line = lines[k]!.line;
    const cells: Cell[] = starts.map(() => ({ text: '', line, page }));
    for (const seg of list) {
      let col = 0;
      for (let c = 0; c < starts.length; c++) if (seg.x0 >= starts[c]! - 1) col = c;
      const cell = cells[col]!;
      cell.text = joinText(cell.text, lineText(seg.runs));
    }
    return { cells, line, page };
  });
  return {
    top: lines[0]!.y - lines[0]!.size,
    block: { kind: 'table', table: { rows, line: rows[0]!.line, page } },
  };
}

function clusterStarts(xs: number[], size: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (!out.length || x - out[out.length - 1]! > size) out.push(x);
  return out;
}
