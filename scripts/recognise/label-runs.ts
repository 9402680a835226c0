// A form written column by column, as a PDF's text layer or a table flattened by columns gives it,
// put back in the order the form is read:
//  - the head's labels first, "项目名称 / 主管部门 / 实施单位", and only then their values (one per
//    cell, or the three on one line parted by spaces): each value goes back after its label;
//  - the funds block's columns one after another, each word followed by its column's figures
//    ("全年预算数 / 38.60 / 38.60 / 全年执行数 / 36.80 / 36.80 …"): the words become the header and the
//    figures its rows;
//  - the header's two-line words written line by line ("年初 全年 全年 分值 执行率 得分 预算数 预算数
//    执行数"): each first half joins its second half, in order.

import type { StreamCell } from './cells';
import { FORM_FIELDS, KNOWN_LABELS, bareLabel, labelWord } from './forms-data';
import { COLUMN_OF } from './funding-header';
import { normalizeLabel, normalizeText } from './normalize';
import { parseCellNumber } from './numbers';
import { rewriteRuns, type Run } from './runs';

const HEAD_LABELS = new Set(FORM_FIELDS.flatMap((f) => f.aliases).map(labelWord));

/** Labels are short: a long cell is asked no further. */
const SHORT = 16;

/** The characters the labels open with: a cell opening otherwise is none, asked no further. */
const HEAD_STARTS = new Set([...HEAD_LABELS].map((w) => w[0]));

const isHeadLabel = (c: StreamCell | undefined): boolean =>
  !!c && c.label.length <= SHORT && HEAD_STARTS.has(c.label[0]) && HEAD_LABELS.has(labelWord(c.label));

/** A value of a head field: a name, no label of the forms and no figure. */
function isName(c: StreamCell): boolean {
  return (
    c.label.length >= 2 &&
    c.label.length <= 40 &&
    !KNOWN_LABELS.has(labelWord(c.label)) &&
    parseCellNumber(c.text) === undefined
  );
}

/** The n values after a run of n labels: n cells, or one cell holding n names parted by spaces. */
function valuesAfter(
  cells: StreamCell[],
  at: number,
  n: number,
): { values: StreamCell[]; used: number } | undefined {
  const own = cells.slice(at, at + n);
  if (own.length === n && own.every(isName)) return { values: own, used: n };
  const one = cells[at];
  const pieces = one?.raw.trim().split(/\s+/) ?? [];
  if (!one || pieces.length !== n) return undefined;
  const values = pieces.map((raw): StreamCell => ({
    raw,
    text: normalizeText(raw),
    label: normalizeLabel(raw),
    loc: one.loc,
  }));
  return values.every(isName) ? { values, used: 1 } : undefined;
}

/** The head labels from `at` paired with their values, or, where they have none, the labels as they stand. */
function labelRunAt(cells: StreamCell[], at: number): Run<StreamCell> | undefined {
  let n = 0;
  while (isHeadLabel(cells[at + n])) n++;
  if (n < 2) return undefined;
  // "序号 | 项目名称 | 实施单位 | …": a list's header, its rows after it.
  const found = cells[at - 1]?.label === '序号' ? undefined : valuesAfter(cells, at + n, n);
  if (!found) return { items: cells.slice(at, at + n), end: at + n };
  return {
    items: cells.slice(at, at + n).flatMap((c, k) => [c, found.values[k]!]),
    end: at + n + found.used,
  };
}

export function pairLabelRuns(cells: StreamCell[]): StreamCell[] {
  // Most streams hold no two head labels in a row: nothing to pair.
  if (!cells.some((c, i) => isHeadLabel(c) && isHeadLabel(cells[i + 1]))) return cells;
  return rewriteRuns(cells, labelRunAt);
}

/** How many rows a funds block has at most (年度资金总额, 财政拨款, 上年结转, 其他资金 and one more). */
const BLOCK_ROWS = 5;

const isColumnWord = (c: StreamCell | undefined): boolean =>
  !!c && c.label.length <= SHORT && !/^\d/.test(c.label) && COLUMN_OF.has(bareLabel(c.label));
const isSlot = (c: StreamCell | undefined): boolean =>
  !!c && (parseCellNumber(c.text) !== undefined || /^[-—–/／]+$/.test(c.label));

/** The funds block's columns written one after another, from `at`: each word with its figures. */
function columnsAt(cells: StreamCell[], at: number): { columns: StreamCell[][]; end: number } | undefined {
  const columns: StreamCell[][] = [];
  let j = at;
  while (isColumnWord(cells[j])) {
    let k = j + 1;
    while (k - j <= BLOCK_ROWS && isSlot(cells[k])) k++;
    if (k === j + 1) break;
    columns.push(cells.slice(j, k));
    j = k;
  }
  const words = columns.map((c) => COLUMN_OF.get(bareLabel(c[0]!.label)));
  // Each word a column of its own: rows labelled 预算数 / 决算数 / 决算数 are a table's rows, not its columns.
  if (new Set(words).size !== words.length) return undefined;
  // Three columns, the budget or the amount spent among them, and a column of several rows: a word
  // followed by one figure is a label–value pair, read as such.
  const block =
    columns.length >= 3 &&
    (words.includes('budget') || words.includes('executed')) &&
    columns.some((c) => c.length > 2);
  return block ? { columns, end: j } : undefined;
}

/** The block written by columns from `at`, put back as its header and rows. */
function blockAt(cells: StreamCell[], at: number): Run<StreamCell> | undefined {
  const found = columnsAt(cells, at);
  if (!found) return undefined;
  const { columns } = found;
  const items = columns.map((c) => c[0]!);
  const rows = Math.max(...columns.map((c) => c.length - 1));
  for (let r = 1; r <= rows; r++)
    for (const c of columns) items.push(c[r] ?? { raw: '', text: '', label: '', loc: c[0]!.loc });
  return { items, end: found.end };
}

export function rowsFromColumns(cells: StreamCell[]): StreamCell[] {
  // A column word right before a figure starts what may be a block written by columns; most streams hold none.
  if (!cells.some((c, i) => isColumnWord(c) && isSlot(cells[i + 1]))) return cells;
  return rewriteRuns(cells, blockAt);
}

/** The first half of a two-line column word ("年初", "全年"): some column word starts with it. */
const PREFIXES = new Set(
  [...COLUMN_OF.keys()].flatMap((w) => [2, 3].filter((n) => w.length > n + 1).map((n) => w.slice(0, n))),
);

/** Two-line column words written line by line, joined again from `at`: the pieces, and where the run ends. */
function splitWordsAt(pieces: string[], at: number): Run<string> | undefined {
  const label = (k: number) => normalizeLabel(pieces[k] ?? '');
  let p = at;
  while (p < pieces.length && PREFIXES.has(label(p)) && !COLUMN_OF.has(label(p))) p++;
  const heads = p - at;
  if (heads < 2) return undefined;
  // The whole words of the first line, then the second halves: the last of the run of words.
  let end = p;
  while (end < pieces.length && COLUMN_OF.has(bareLabel(label(end)))) end++;
  const w = end - heads;
  if (w < p) return undefined;
  const joined = Array.from({ length: heads }, (_, k) => label(at + k) + label(w + k));
  if (!joined.every((j) => COLUMN_OF.has(j))) return undefined;
  const words = Array.from({ length: heads }, (_, k) => `${pieces[at + k]!}${pieces[w + k]!}`);
  return { items: [...words, ...pieces.slice(p, w)], end };
}

/** A line's pieces with two-line column words joined again. */
export function joinSplitColumnWords(pieces: string[]): string[] {
  // Most lines hold no first half of a column word: nothing to join.
  if (!pieces.some((p) => PREFIXES.has(p.trim()))) return pieces;
  return rewriteRuns(pieces, splitWordsAt);
}
