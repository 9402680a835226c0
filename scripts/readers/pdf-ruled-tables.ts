// Ruled tables of a PDF page: the ruling lines are joined into grids, and each grid is rebuilt as
// a table (rows and columns from the rules, merged cells where a rule is missing) from the text
// runs that fall inside it.

import type { Cell, Table, TableRow } from '../model/document';
import { blockText, groupLines, type NumberedRun } from './pdf-text-lines';

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

export const RULE_SNAP = 2;

interface Grid {
  ys: number[];
  xs: number[];
  h: HRule[];
  v: VRule[];
}

/** Cells whose text runs to the cell's right edge on its last line (see continuesRow in pdf-across-pages). */
export const filledCells = new WeakSet<Cell>();

/** The column boundaries of ruled tables, to recognise the same table on the next page. */
export const tableColumns = new WeakMap<Table, number[]>();

/** A rule along either axis: its position across it (y or x) and its extent along it. */
interface Segment {
  pos: number;
  lo: number;
  hi: number;
}

/**
 * Rules on one line (positions within a point) that touch or overlap joined into one rule; then the
 * short ones dropped. Pieces are joined first, so that dashed rules count.
 */
function joinRules(rules: Segment[]): Segment[] {
  const byPosition = [...rules].sort((a, b) => a.pos - b.pos);
  const lines: Segment[][] = [];
  for (const rule of byPosition) {
    const line = lines[lines.length - 1];
    if (line && rule.pos - line[0]!.pos <= 1) line.push(rule);
    else lines.push([rule]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const pos = line[0]!.pos;
    line.sort((a, b) => a.lo - b.lo);
    let { lo, hi } = line[0]!;
    for (const rule of line.slice(1)) {
      if (rule.lo <= hi + RULE_SNAP) hi = Math.max(hi, rule.hi);
      else {
        out.push({ pos, lo, hi });
        ({ lo, hi } = rule);
      }
    }
    out.push({ pos, lo, hi });
  }
  return out.filter((r) => r.hi - r.lo > 4);
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
  const h = joinRules(hRules.map((r) => ({ pos: r.y, lo: r.x0, hi: r.x1 }))).map((r): HRule => ({
    y: r.pos,
    x0: r.lo,
    x1: r.hi,
  }));
  const v = joinRules(vRules.map((r) => ({ pos: r.x, lo: r.y0, hi: r.y1 }))).map((r): VRule => ({
    x: r.pos,
    y0: r.lo,
    y1: r.hi,
  }));
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

export function ruledTable(
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
