// A results or summary table written one cell per line whose header opens with 序号: each row then
// opens with its serial number (1, 2, 3 …) and holds as many cells as the header has words, text or
// figure alike; a group row (一 | 项目绩效评价 | ||||) opens with a Chinese numeral and holds its
// name, kept as one cell (一、项目绩效评价) like any category row. Cutting the run at the serials rebuilds rows that hold several words (项目名称, 实施单位,
// 评价等级), which the label-then-figures reading of rebuild-cells.ts cannot. The table ends where
// the next cell is no serial in turn (an excerpt ending mid-row keeps the cells it has).

import type { Block, Location } from '../model/document';
import { normalizeLabel } from './normalize';
import { isFigure, tableOf } from './rebuild-cells';

type RunCell = { text: string; loc: Location };

const SERIAL_HEADER = /^序号$/;
const ARABIC = /^\d{1,3}$/;
const CHINESE = '一二三四五六七八九十';

function chinese(text: string): number | undefined {
  const t = normalizeLabel(text).replace(/[、.]$/, '');
  const i = CHINESE.indexOf(t);
  return t.length === 1 && i >= 0 ? i + 1 : undefined;
}

/** The run rebuilt as a table with the cells after it, or undefined when it is no such table. */
export function serialTable(
  run: RunCell[],
): { table: Block; before: RunCell[]; rest: RunCell[] } | undefined {
  const start = run.findIndex((c) => SERIAL_HEADER.test(normalizeLabel(c.text)));
  if (start < 0) return undefined;
  const first = run.findIndex((c, k) => k > start && (ARABIC.test(c.text.trim()) || chinese(c.text) === 1));
  const width = first - start;
  if (first < 0 || width < 3 || run.slice(start, first).some((c) => c.text.trim() === '')) return undefined;
  const rows: { cells: string[]; loc: Location }[] = [
    { cells: run.slice(start, first).map((c) => c.text), loc: run[start]!.loc },
  ];
  let next = 1;
  let group = 1;
  let k = first;
  for (;;) {
    while (run[k]?.text.trim() === '') k++;
    const c = run[k];
    if (!c) break;
    if (chinese(c.text) === group) {
      // A group row, written as the one cell a category row is ("一、项目绩效评价"); the numbering
      // of its rows starts again.
      const name = run[k + 1];
      rows.push({ cells: [`${c.text.trim()}、${name?.text.trim() ?? ''}`], loc: c.loc });
      k += 2;
      group++;
      next = 1;
      continue;
    }
    if (c.text.trim() !== String(next)) break;
    const cells = run.slice(k, k + width);
    rows.push({ cells: cells.map((x) => x.text), loc: c.loc });
    k += cells.length;
    next++;
  }
  if (rows.length < 3) return undefined;
  k = totalRow(run, k, rows, width);
  return { table: tableOf(rows), before: run.slice(0, start), rest: run.slice(k) };
}

const TOTAL = /^(合计|总计|小计|共计)$/;

/**
 * The total row after the serial rows, which lost its merged cells ("合计 | 80" under "序号 | 乡镇 |
 * 项目名称 | 金额 | 备注"): its figures end under the last column that holds figures. Returns where the
 * run goes on.
 */
function totalRow(
  run: RunCell[],
  k: number,
  rows: { cells: string[]; loc: Location }[],
  width: number,
): number {
  const label = run[k];
  if (!label || !TOTAL.test(normalizeLabel(label.text))) return k;
  let end = k + 1;
  while (end < run.length && end - k < width && isFigure(run[end]!.text)) end++;
  const figures = run.slice(k + 1, end).map((c) => c.text.trim());
  if (!figures.length) return k;
  const columns = rows.slice(1).flatMap((r) => r.cells.flatMap((c, i) => (i > 0 && isFigure(c) ? [i] : [])));
  const last = Math.min(width - 1, Math.max(figures.length, ...columns));
  const cells = Array.from({ length: width }, () => '');
  cells[0] = label.text.trim();
  figures.forEach((f, i) => (cells[last - figures.length + 1 + i] = f));
  rows.push({ cells, loc: label.loc });
  return end;
}
