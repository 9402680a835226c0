// A 决算 table written one cell per line whose header holds 行次 ("项目 | 行次 | 决算数", often twice side
// by side: 收入 on the left, 支出 on the right), and whose empty cells were lost with the line breaks
// between them. The line numbers put the rows back: each half-row is a label, then its line number,
// then the figures it has. The numbers count up on each side (1, 2 … on the left, 35, 36 … on the
// right), so a number due next on either side, where a figure could stand, opens a half-row whose
// label cell was empty. Half-rows come out one a row under the header's first half, the label's
// figures under its columns; those without a label state nothing and are left out.

import type { Block, Location } from '../model/document';
import { normalizeLabel } from './normalize';
import { isFigure, tableOf } from './rebuild-cells';

type RunCell = { text: string; loc: Location };

const LINE_NUMBER_WORD = /^行次$/;
const LINE_NUMBER = /^\d{1,3}$/;

const isNumber = (c: RunCell | undefined): boolean => !!c && LINE_NUMBER.test(c.text.trim());
const isLabel = (c: RunCell | undefined): boolean => !!c && c.text.trim() !== '' && !isFigure(c.text);

/** The run rebuilt as a table with the cells before and after it, or undefined when it is no such table. */
export function lineNumberTable(
  run: RunCell[],
): { table: Block; before: RunCell[]; rest: RunCell[] } | undefined {
  const word = run.findIndex((c) => LINE_NUMBER_WORD.test(normalizeLabel(c.text)));
  if (word < 1) return undefined;
  // The first row: a label followed by its line number, after the header words.
  let first = word + 1;
  while (first < run.length && !(isLabel(run[first]) && isNumber(run[first + 1]))) {
    if (isFigure(run[first]!.text)) return undefined;
    first++;
  }
  const start = word - 1;
  const header = run.slice(start, first).map((c) => c.text.trim());
  if (header.some((h) => h === '')) return undefined;
  const half = header.length / 2;
  const twoSided =
    Number.isInteger(half) &&
    header.slice(0, half).every((h, k) => normalizeLabel(h) === normalizeLabel(header[half + k]!));
  const columns = twoSided ? header.slice(0, half) : header;
  const figures = columns.length - 2;
  if (figures < 1 || !LINE_NUMBER_WORD.test(normalizeLabel(columns[1]!))) return undefined;

  const rows: { cells: string[]; loc: Location }[] = [{ cells: columns, loc: run[start]!.loc }];
  const next: number[] = []; // the line number due next on each side
  const due = (n: number) => next.some((x) => x === n);
  let k = first;
  while (k < run.length) {
    const label = isLabel(run[k]) && isNumber(run[k + 1]) ? run[k] : undefined;
    const numberAt = label ? k + 1 : k;
    if (!isNumber(run[numberAt]) || (!label && !due(Number(run[numberAt]!.text.trim())))) break;
    const n = Number(run[numberAt]!.text.trim());
    const side = next.findIndex((x) => x === n);
    if (side >= 0) next[side] = n + 1;
    else if (next.length < (twoSided ? 2 : 1)) next.push(n + 1);
    else break;
    k = numberAt + 1;
    const values: string[] = [];
    while (
      values.length < figures &&
      k < run.length &&
      isFigure(run[k]!.text) &&
      !(isNumber(run[k]) && due(Number(run[k]!.text.trim())))
    )
      values.push(run[k++]!.text.trim());
    if (label)
      rows.push({
        cells: [label.text.trim(), String(n), ...values, ...Array<string>(figures - values.length).fill('')],
        loc: label.loc,
      });
  }
  if (rows.length < 4) return undefined;
  return { table: tableOf(rows), before: run.slice(0, start), rest: run.slice(k) };
}
