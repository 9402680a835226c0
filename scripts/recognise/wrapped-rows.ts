// Rows of a pipe table that wrapped over several lines. A web page's table whose cells held line
// breaks comes out as "1 | 规划 (15分) |" / "基础信息 (3分) | 基础信息 完整性 | 3 | … |" / "3 |", its
// header as "序号 | 一级 指标 |" / "二级 指标 |" / "三级 指标 | 分值 | … |". Where the header opens with
// 序号 and the rows open with 1, 2, 3 … in turn, the row numbers say where rows begin: the header
// runs to the row numbered 1, and a line that opens no row continues the row before it, as long as
// that row then holds no more cells than the header.

import type { Block, Location } from '../model/document';
import { KNOWN_LABELS, labelWord } from './forms-data';
import { normalizeLabel } from './normalize';
import { rewriteRuns, type Run } from './runs';

/** A line of a flattened page, as rebuild.ts classifies it. */
export type Line =
  | { kind: 'row'; cells: string[]; loc: Location }
  | { kind: 'cell'; text: string; loc: Location; closed: boolean }
  | { kind: 'text'; block: Block };

/** How many lines a wrapped header may take. */
const HEADER_LINES = 6;
/** A row that no serial opens but that is a row of its own: a total, or a group numbered 一、二 … */
const OWN_ROW = /^(合计|总计|小计|总分|得分合计|[一二三四五六七八九十]+[、.]?)$/;

/** The cells of a pipe line: a row's, or the one cell of a line closed by its pipe. */
function cellsOf(l: Line | undefined): string[] | undefined {
  if (l?.kind === 'row') return l.cells;
  if (l?.kind === 'cell' && l.closed) return [l.text];
  return undefined;
}

/** Cells up to the last one written. */
function filled(cells: string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return n;
}

function opensWith(l: Line | undefined, serial: number): boolean {
  return l?.kind === 'row' && normalizeLabel(l.cells[0] ?? '') === String(serial);
}

function underLastColumns(header: string[], width: number, cells: string[]): boolean {
  if (header.length !== width || cells.length >= width) return false;
  const above = header.slice(width - cells.length);
  return above.some((h, i) => KNOWN_LABELS.has(labelWord(h + cells[i]!)));
}

export function joinWrappedRows(lines: Line[]): Line[] {
  return rewriteRuns(lines, serialTableAt);
}

/** The table whose header opens at `start`, its wrapped rows joined, or undefined when there is none. */
function serialTableAt(lines: Line[], start: number): Run<Line> | undefined {
  const head = lines[start]!;
  if (head.kind !== 'row' || normalizeLabel(head.cells[0] ?? '') !== '序号') return undefined;
  const header = [...head.cells];
  let k = start + 1;
  for (; !opensWith(lines[k], 1); k++) {
    const cells = cellsOf(lines[k]);
    if (!cells || k - start >= HEADER_LINES) return undefined;
    // A second header line under the first's last columns, its leading cells lost ("| | | (万元) | 执行率 |
    // 得分 |" under "… | 预算 | 自评 |"): its words go under those columns where they complete one of the forms'
    // words there ("预算" + "执行率"), not after them.
    if (underLastColumns(header, head.cells.length, cells))
      cells.forEach((c, i) => (header[header.length - cells.length + i] += c));
    else header.push(...cells);
  }
  const width = filled(header);
  const rows: { cells: string[]; loc: Location }[] = [{ cells: header, loc: head.loc }];
  let next = 1;
  let wrapped = k > start + 1;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    const cells = cellsOf(line);
    if (!cells || line.kind === 'text') break;
    const row = rows[rows.length - 1]!;
    const own =
      opensWith(line, next) || (line.kind === 'row' && OWN_ROW.test(normalizeLabel(cells[0] ?? '')));
    if (!own && rows.length > 1 && filled(row.cells) + filled(cells) <= width) {
      row.cells = [...row.cells.slice(0, filled(row.cells)), ...cells];
      wrapped = true;
      continue;
    }
    if (opensWith(line, next)) next++;
    rows.push({ cells: [...cells], loc: line.loc });
  }
  // Two numbered rows at least, and a line that did wrap: otherwise the lines stay as they were.
  if (next < 3 || !wrapped) return undefined;
  return { items: rows.map((r): Line => ({ kind: 'row', ...r })), end: k };
}
