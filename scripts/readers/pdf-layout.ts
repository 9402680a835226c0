// Layout analysis of one PDF page: from positioned text runs and ruling lines to paragraphs and
// tables. Ruled tables are rebuilt from their lines (rows and columns from the rules, merged cells
// where a rule is missing); unruled tables from x gaps that line up across consecutive lines.
// Text runs are grouped into lines with a ~3 pt tolerance, because in one table row CJK text sits
// about 2 pt below the digits. Coordinates are top-down (y grows down the page), in points.

import type { Block, Cell, Table, TableRow } from '../model/document';

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  w: number;
  size: number;
}

export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

export interface PageContent {
  page: number;
  height: number;
  /** The right edge of the text block (over the whole document): a prose line reaching it wraps. */
  rightEdge?: number;
  runs: TextRun[];
  hRules: HRule[];
  vRules: VRule[];
}

const LINE_TOLERANCE = 3;
const RULE_SNAP = 2;

interface NumberedRun extends TextRun {
  line: number;
}

interface Line {
  runs: NumberedRun[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  line: number;
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

/**
 * Some producers write a whole table line as one string padded with spaces ("项目    预算数"):
 * such a run is cut at each stretch of two or more spaces, widths shared by character count.
 */
export function splitSpacedRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (!/\S\s{2,}\S/.test(run.str)) {
      out.push(run);
      continue;
    }
    const perChar = run.w / Math.max(1, [...run.str].length);
    let offset = 0;
    for (const piece of run.str.split(/(\s{2,})/)) {
      const length = [...piece].length;
      if (piece.trim() !== '')
        out.push({ ...run, str: piece, x: run.x + offset * perChar, w: length * perChar });
      offset += length;
    }
  }
  return out;
}

/** Numbers the text lines of the page top-down: runs within ~3 pt of a line's first baseline share it. */
function numberLines(runs: TextRun[]): NumberedRun[] {
  const sorted = splitSpacedRuns(runs.filter((r) => r.str.trim() !== '')).sort(
    (a, b) => a.y - b.y || a.x - b.x,
  );
  const out: NumberedRun[] = [];
  let line = 0;
  let lineY = -Infinity;
  for (const run of sorted) {
    if (run.y - lineY > LINE_TOLERANCE) {
      line++;
      lineY = run.y;
    }
    out.push({ ...run, line });
  }
  return out;
}

function groupLines(runs: NumberedRun[]): Line[] {
  const byLine = new Map<number, NumberedRun[]>();
  for (const run of runs) {
    const list = byLine.get(run.line) ?? [];
    list.push(run);
    byLine.set(run.line, list);
  }
  return [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, list]) => {
      list.sort((a, b) => a.x - b.x);
      return {
        runs: list,
        line,
        y: Math.min(...list.map((r) => r.y)),
        x0: Math.min(...list.map((r) => r.x)),
        x1: Math.max(...list.map((r) => r.x + r.w)),
        size: Math.max(...list.map((r) => r.size)),
      };
    });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Joins two pieces of text: nothing between CJK characters, a space between words. */
function joinText(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const a = left[left.length - 1]!;
  const b = right[0]!;
  if (CJK.test(a) || CJK.test(b) || /\s/.test(a) || /\s/.test(b)) return left + right;
  return `${left} ${right}`;
}

/** The text of runs on one line, in x order; a space only where a visible gap separates two words. */
function lineText(runs: TextRun[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const str = run.str.replace(/\s+/g, ' ').trim();
    if (str === '') continue;
    const gap = run.x - end;
    text = gap > run.size * 0.2 ? joinText(text, str) : text + str;
    end = run.x + run.w;
  }
  return text.trim();
}

/** The text of runs that may span several lines (a wrapped cell). */
function blockText(runs: NumberedRun[]): string {
  return groupLines(runs)
    .map((l) => lineText(l.runs))
    .reduce((acc, t) => joinText(acc, t), '');
}

// ---------------------------------------------------------------- ruled tables

interface Grid {
  ys: number[];
  xs: number[];
  h: HRule[];
  v: VRule[];
}

function mergeCollinear<T>(
  items: T[],
  pos: (t: T) => number,
  lo: (t: T) => number,
  hi: (t: T) => number,
  make: (p: number, a: number, b: number) => T,
): T[] {
  // Rules on one line (positions within a point) that touch or overlap become one rule.
  const byPosition = [...items].sort((a, b) => pos(a) - pos(b));
  const lines: T[][] = [];
  for (const item of byPosition) {
    const line = lines[lines.length - 1];
    if (line && pos(item) - pos(line[0]!) <= 1) line.push(item);
    else lines.push([item]);
  }
  const out: T[] = [];
  for (const line of lines) {
    const p = pos(line[0]!);
    line.sort((a, b) => lo(a) - lo(b));
    let a = lo(line[0]!);
    let b = hi(line[0]!);
    for (const item of line.slice(1)) {
      if (lo(item) <= b + RULE_SNAP) b = Math.max(b, hi(item));
      else {
        out.push(make(p, a, b));
        a = lo(item);
        b = hi(item);
      }
    }
    out.push(make(p, a, b));
  }
  return out;
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1]! <= RULE_SNAP) continue;
    out.push(v);
  }
  return out;
}

/** Connected sets of horizontal and vertical rules that cross: each with ≥2 of each is a table grid. */
export function findRuledGrids(hRules: HRule[], vRules: VRule[]): Grid[] {
  // Pieces are joined before short ones are dropped, so that dashed rules count.
  const h = mergeCollinear(
    hRules,
    (r) => r.y,
    (r) => r.x0,
    (r) => r.x1,
    (y, x0, x1) => ({ y, x0, x1 }),
  ).filter((r) => r.x1 - r.x0 > 4);
  const v = mergeCollinear(
    vRules,
    (r) => r.x,
    (r) => r.y0,
    (r) => r.y1,
    (x, y0, y1) => ({ x, y0, y1 }),
  ).filter((r) => r.y1 - r.y0 > 4);
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      const crosses =
        vr.x >= hr.x0 - RULE_SNAP &&
        vr.x <= hr.x1 + RULE_SNAP &&
        hr.y >= vr.y0 - RULE_SNAP &&
        hr.y <= vr.y1 + RULE_SNAP;
      if (crosses) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  h.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(r);
    groups.set(find(i), g);
  });
  v.forEach((r, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(r);
    groups.set(find(h.length + j), g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const ys = clusterPositions(g.h.map((r) => r.y));
    const xs = clusterPositions(g.v.map((r) => r.x));
    if (ys.length >= 2 && xs.length >= 2) grids.push({ ys, xs, h: g.h, v: g.v });
  }
  return grids;
}

function band(bounds: number[], value: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (value >= bounds[i]! && value < bounds[i + 1]!) return i;
  return -1;
}

function ruledTable(
  grid: Grid,
  runs: NumberedRun[],
  used: Set<NumberedRun>,
  page: number,
): Table | undefined {
  const { ys, xs } = grid;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  // A single framed box (a note, a stamp area) is prose, not a table: leave its text to the flow.
  if (rowsN === 1 && colsN === 1) return undefined;
  const cellRuns: NumberedRun[][][] = ys.slice(1).map(() => xs.slice(1).map(() => []));
  for (const run of runs) {
    if (used.has(run)) continue;
    const cx = run.x + Math.min(run.w, run.size) / 2;
    const cy = run.y - run.size * 0.35;
    const r = band(ys, cy);
    const c = band(xs, cx);
    if (r < 0 || c < 0) continue;
    cellRuns[r]![c]!.push(run);
    used.add(run);
  }
  // A boundary is drawn when a rule covers the middle of the cell edge; where it is not, the cells merge.
  const vDrawn = (r: number, k: number) => {
    if (k <= 0) return true;
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    return grid.v.some((v) => Math.abs(v.x - xs[k]!) <= RULE_SNAP && v.y0 <= mid && v.y1 >= mid);
  };
  const hDrawn = (k: number, c: number) => {
    const mid = (xs[c]! + xs[c + 1]!) / 2;
    return grid.h.some((h) => Math.abs(h.y - ys[k]!) <= RULE_SNAP && h.x0 <= mid && h.x1 >= mid);
  };
  const parent = Array.from({ length: rowsN * colsN }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      if (c > 0 && !vDrawn(r, c)) union(r * colsN + c, r * colsN + c - 1);
      if (r > 0 && !hDrawn(r, c)) union(r * colsN + c, (r - 1) * colsN + c);
    }
  }
  const ranges = new Map<number, { r0: number; r1: number; c0: number; c1: number; runs: NumberedRun[] }>();
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      const id = find(r * colsN + c);
      const range = ranges.get(id) ?? { r0: r, r1: r, c0: c, c1: c, runs: [] };
      range.r0 = Math.min(range.r0, r);
      range.r1 = Math.max(range.r1, r);
      range.c0 = Math.min(range.c0, c);
      range.c1 = Math.max(range.c1, c);
      range.runs.push(...cellRuns[r]![c]!);
      ranges.set(id, range);
    }
  }
  const texts = new Map<number, { text: string; line: number | undefined; full: boolean }>();
  for (const [id, range] of ranges) {
    const line = range.runs.length ? Math.min(...range.runs.map((r) => r.line)) : undefined;
    const lines = groupLines(range.runs);
    const lastLine = lines[lines.length - 1];
    // Text that fills its cell to the right edge on its last line may go on past a page break.
    const full =
      lastLine !== undefined && xs[range.c1 + 1]! - lastLine.x1 <= lastLine.size * 2 && lines.length > 1;
    texts.set(id, { text: blockText(range.runs), line, full });
  }
  const rows: TableRow[] = [];
  for (let r = 0; r < rowsN; r++) {
    const rowLines = cellRuns[r]!.flat().map((run) => run.line);
    // A row with fewer cells than the table is wide ends at its last drawn right border.
    let end = colsN;
    while (end > 1 && !vDrawn(r, end) && cellRuns[r]![end - 1]!.length === 0) end--;
    if (end < colsN && !vDrawn(r, end)) end = colsN;
    const cells: Cell[] = [];
    for (let c = 0; c < end; c++) {
      const id = find(r * colsN + c);
      const range = ranges.get(id)!;
      const { text, line, full } = texts.get(id)!;
      const cell: Cell = { text, line: line ?? 0, page };
      if (full) filledCells.add(cell);
      if (range.r0 === r && range.c0 === c) {
        if (range.c1 > range.c0) cell.colSpan = range.c1 - range.c0 + 1;
        if (range.r1 > range.r0) cell.rowSpan = range.r1 - range.r0 + 1;
      }
      cells.push(cell);
    }
    if (cells.every((c) => c.text === '')) continue;
    const rowLine = rowLines.length
      ? Math.min(...rowLines)
      : Math.min(...cells.filter((c) => c.line).map((c) => c.line));
    for (const cell of cells) if (!cell.line) cell.line = rowLine;
    rows.push({ cells, line: rowLine, page });
  }
  if (rows.length === 0) return undefined;
  const table: Table = { rows, line: rows[0]!.line, page };
  tableColumns.set(table, xs);
  return table;
}

// ---------------------------------------------------------------- prose and unruled tables

/** Cells whose text runs to the cell's right edge on its last line (see continuesRow). */
const filledCells = new WeakSet<Cell>();

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

/**
 * Drops running heads and feet: text in the top or bottom margin that repeats at the same height
 * on at least half of the pages (and two), digits aside ("第 3 页", a report title, a unit's name).
 */
export function dropRunningHeads(pages: PageContent[]): PageContent[] {
  if (pages.length < 2) return pages;
  const keyOf = (y: number, text: string) =>
    `${Math.round(y / 4)}|${text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const marginLines = (content: PageContent) => {
    const margin = content.height * 0.08;
    // Table rows near a page edge are body, not running heads, however alike they look.
    const grids = findRuledGrids(content.hRules, content.vRules);
    const inGrid = (run: TextRun) =>
      grids.some(
        (g) => run.y >= g.ys[0]! && run.y <= g.ys.at(-1)! && run.x >= g.xs[0]! && run.x <= g.xs.at(-1)!,
      );
    const lines = new Map<string, TextRun[]>();
    for (const run of content.runs) {
      if ((run.y >= margin && run.y <= content.height - margin) || inGrid(run)) continue;
      const band = Math.round(run.y / 4);
      lines.set(String(band), [...(lines.get(String(band)) ?? []), run]);
    }
    // Only the two outermost lines at either edge can be running heads or feet.
    const bands = [...lines.values()].sort((a, b) => a[0]!.y - b[0]!.y);
    const top = bands.filter((runs) => runs[0]!.y < margin).slice(0, 2);
    const bottom = bands.filter((runs) => runs[0]!.y > content.height - margin).slice(-2);
    return [...top, ...bottom].map((runs) => ({ runs, key: keyOf(runs[0]!.y, lineText(runs)) }));
  };
  const perPage = pages.map(marginLines);
  const count = new Map<string, number>();
  for (const lines of perPage)
    for (const key of new Set(lines.map((l) => l.key))) count.set(key, (count.get(key) ?? 0) + 1);
  const threshold = Math.max(2, pages.length / 2);
  return pages.map((content, i) => {
    const drop = new Set(perPage[i]!.filter((l) => count.get(l.key)! >= threshold).flatMap((l) => l.runs));
    return drop.size ? { ...content, runs: content.runs.filter((r) => !drop.has(r)) } : content;
  });
}

/** Joins a table that continues from one page onto the next (same columns, nothing in between). */
export function joinPageTables(pages: Block[][]): Block[] {
  const out: Block[] = [];
  for (const blocks of pages) {
    blocks.forEach((block, k) => {
      const previous = out[out.length - 1];
      if (
        k === 0 &&
        block.kind === 'table' &&
        previous?.kind === 'table' &&
        sameColumns(previous.table, block.table)
      ) {
        const rows = block.table.rows;
        const last = previous.table.rows[previous.table.rows.length - 1];
        if (last && rows[0] && continuesRow(last, rows[0])) {
          last.cells.forEach((cell, c) => (cell.text = joinText(cell.text, rows[0]!.cells[c]?.text ?? '')));
          previous.table.rows.push(...rows.slice(1));
        } else previous.table.rows.push(...rows);
      } else out.push(block);
    });
  }
  return out;
}

const tableWidth = (rows: TableRow[]) => Math.max(0, ...rows.map((r) => r.cells.length));

/** The column boundaries of ruled tables, to recognise the same table on the next page. */
const tableColumns = new WeakMap<Table, number[]>();

function sameColumns(a: Table, b: Table): boolean {
  const xa = tableColumns.get(a);
  const xb = tableColumns.get(b);
  if (xa && xb) {
    // The boundaries of one part are among those of the other: a header row on one page may merge
    // columns that the body on the next page splits, or be a ragged row narrower than the body.
    const has = (list: number[], x: number) => list.some((y) => Math.abs(x - y) <= RULE_SNAP);
    return xa.length >= 2 && xb.length >= 2 && (xa.every((x) => has(xb, x)) || xb.every((x) => has(xa, x)));
  }
  return tableWidth(a.rows) === tableWidth(b.rows);
}

const FIGURE = /^[-+]?[\d,，.]+%?$/;

/**
 * A row broken by a page break: the part on the new page has no label (first cell empty), its
 * text sits only under cells of the row before, none of it is a bare figure, and at least one of
 * those cells filled its width to the bottom of the page (it was cut, not ended).
 */
function continuesRow(last: TableRow, next: TableRow): boolean {
  if (next.cells[0]?.text !== '' || !last.cells[0]?.text) return false;
  const filled = next.cells.flatMap((c, i) => (c.text !== '' ? [[c.text, last.cells[i]] as const] : []));
  if (filled.length === 0) return false;
  return (
    filled.every(([text, above]) => above !== undefined && above.text !== '' && !FIGURE.test(text)) &&
    filled.some(
      ([, above]) => above !== undefined && filledCells.has(above) && !/[。；;！!？?]$/.test(above.text),
    )
  );
}
