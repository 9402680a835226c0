// A header of several rows from a page that dropped its merged cells: each row keeps only the cells
// written in it, moved left ("机构名称 | 支出合计 | 其中: | 结余" over "基本支出 | 其中: | 项目支出 |
// 当年结余 | 累计结余" over "人员支出 | 公用支出"). A person reads it as a tree: the cells of a lower
// row stand under the cells of the row above that divide (其中, a word they repeat: 结余 over
// 当年结余, or the funds they split by source: 预算数 over 中央 | 省级), and every other cell spans
// down. The tree's leaves, in reading order, are the columns.

import type { GridCell, GridRow } from './grid';
import { isNumeric } from './grid';
import { FUND_SOURCE_HEADER, FUND_SOURCE_SUBHEADER } from './forms-data';
import { writtenLength } from './ragged-rows';
import { OF_WHICH } from './rebuild-cells';

interface HeaderNode {
  cell: GridCell;
  row: number;
  children: HeaderNode[];
}

/** Cells up to the last one written. */
const writtenCells = (row: GridRow): GridCell[] => row.slice(0, writtenLength(row));

/**
 * Which cell of the row above each lower cell stands under, as indexes into `upper`; undefined
 * where the rows do not divide that way. A lower cell that repeats an upper cell's words goes under
 * it; the rest go under the one 其中 of the upper row. Children keep their parents' order.
 */
function parentsOf(upper: HeaderNode[], lower: GridCell[]): number[] | undefined {
  // Where the funds came from (中央 | 省级 | 市级 | 区级): under the one cell naming the funds.
  if (lower.length >= 2 && lower.every((c) => FUND_SOURCE_SUBHEADER.test(c.label))) {
    const funds = upper.flatMap((n, i) => (FUND_SOURCE_HEADER.test(n.cell.label) ? [i] : []));
    return funds.length === 1 ? lower.map(() => funds[0]!) : undefined;
  }
  const ofWhich = upper.map((n, i) => (OF_WHICH.test(n.cell.label) ? i : -1)).filter((i) => i >= 0);
  const parents = lower.map((c) => {
    const by = upper.findIndex(
      (n, i) =>
        i > 0 && !OF_WHICH.test(n.cell.label) && n.cell.label.length >= 2 && c.label.includes(n.cell.label),
    );
    if (by >= 0) return by;
    return ofWhich.length === 1 ? ofWhich[0]! : -1;
  });
  if (parents.some((p) => p < 0)) return undefined;
  if (parents.some((p, i) => i > 0 && p < parents[i - 1]!)) return undefined;
  return parents;
}

/** The leaves under a node, in reading order. */
function leaves(n: HeaderNode): HeaderNode[] {
  return n.children.length ? n.children.flatMap(leaves) : [n];
}

/**
 * Put a ragged header's cells back over their columns; the header rows are replaced in place. Only
 * where every header row lost its leading cells (none is written blank) and the tree's leaves reach
 * the last figure of the rows under it without going past their last cell.
 */
export function layNestedHeader(header: GridRow[], body: GridRow[]): void {
  if (header.length < 2) return;
  const data = body.filter((row) => row.filter(isNumeric).length >= 2);
  if (!data.length) return;
  // The columns run at least to the last figure written, at most to the rows' last cell.
  const width = Math.max(...data.map((r) => r.length));
  const figures = Math.max(...data.map((r) => writtenCells(r).length));
  const rows = header.map(writtenCells);
  if (rows.some((r) => !r.length || r.some((c) => c.label === ''))) return;
  if (rows[rows.length - 1]!.length >= figures) return;
  const levels: HeaderNode[][] = [rows[0]!.map((cell) => ({ cell, row: 0, children: [] }))];
  for (let r = 1; r < rows.length; r++) {
    const upper = levels[r - 1]!;
    const lower = rows[r]!.map((cell) => ({ cell, row: r, children: [] as HeaderNode[] }));
    const parents = parentsOf(upper, rows[r]!);
    if (!parents) return;
    parents.forEach((p, i) => upper[p]!.children.push(lower[i]!));
    levels.push(lower);
  }
  // A 其中 with nothing under it is not a divided header: the reading failed.
  if (levels.flat().some((n) => OF_WHICH.test(n.cell.label) && !n.children.length)) return;
  const columns = levels[0]!.flatMap(leaves);
  if (columns.length < figures || columns.length > width) return;
  const blank = (): GridCell => ({ text: '', label: '', raw: { ...rows[0]![0]!.raw, text: '' } });
  const laid: GridRow[] = header.map(() => Array.from({ length: columns.length }, blank));
  for (const n of levels.flat()) laid[n.row]![columns.indexOf(leaves(n)[0]!)] = n.cell;
  laid.forEach((row, r) => (header[r] = row));
}
