// Rows that lost cells when a page dropped its merged cells: a category merged down over several
// rows ("部门预算项目" over two projects), or a closing cell, is written once, and the rows it
// covered come out shorter than the rest with their cells moved left. A short row is put back under
// the columns its cells fit: each cell's kind (a figure, a rate, text) against what the table's full
// rows hold in each column, text also by its length (a project's name against a short category).

import type { GridCell, GridRow } from './grid';
import { parseCellNumber } from './numbers';

type Kind = 'number' | 'rate' | 'text' | 'empty';

function kindOf(c: GridCell | undefined): Kind {
  if (!c || c.label === '') return 'empty';
  const n = parseCellNumber(c.text);
  if (n) return n.suffix === '%' ? 'rate' : 'number';
  return 'text';
}

/** How many cells a row holds up to the last one written. */
export function writtenLength(row: GridRow): number {
  let n = row.length;
  while (n > 0 && row[n - 1]!.label === '') n--;
  return n;
}

/** How well a cell fits a column whose full rows hold `kind` and text of `length` characters. */
function fit(c: GridCell, kind: Kind, length: number): number {
  const own = kindOf(c);
  if (own === kind) return own === 'text' ? 2 - Math.abs(Math.log((c.label.length + 1) / (length + 1))) : 2;
  if (kind === 'empty') return 0;
  if ((own === 'number' && kind === 'rate') || (own === 'rate' && kind === 'number')) return -1;
  return -3;
}

/**
 * Put the short rows of a table's body back under their columns; rows are changed in place. Only
 * under a header as wide as the full rows: where the header is narrower (a 科目编码 column with no
 * word of its own), the short rows are the ones that stand under it.
 */
export function alignRaggedRows(header: GridRow[], body: GridRow[]): void {
  const width = Math.max(0, ...body.map(writtenLength));
  const head = header[header.length - 1];
  if (width < 4 || !head || writtenLength(head) < width) return;
  const short = (row: GridRow): boolean => {
    const n = writtenLength(row);
    return n < width && width - n <= 3 && row.slice(0, n).filter((c) => kindOf(c) === 'number').length >= 2;
  };
  // Most tables have no short row: nothing to put back.
  if (!body.some(short)) return;
  const full = body.filter(
    (r) => writtenLength(r) === width && r.filter((c) => kindOf(c) !== 'text').length >= 2,
  );
  if (!full.length) return;
  const kinds: Kind[] = [];
  const lengths: number[] = [];
  for (let c = 0; c < width; c++) {
    const seen = full.map((r) => kindOf(r[c]));
    const count = (k: Kind) => seen.filter((s) => s === k).length;
    kinds.push(
      (['number', 'rate', 'text', 'empty'] as Kind[]).reduce((a, b) => (count(b) > count(a) ? b : a)),
    );
    const texts = full.map((r) => r[c]?.label.length ?? 0);
    lengths.push(texts.reduce((a, b) => a + b, 0) / texts.length);
  }
  body.forEach((row, i) => {
    if (!short(row)) return;
    const cells = row.slice(0, writtenLength(row));
    const at = bestPlaces(cells, kinds, lengths);
    const left = cells.reduce((s, c, k) => s + fit(c, kinds[k]!, lengths[k]!), 0);
    if (!at || at.score <= left) return;
    const blank = (): GridCell => ({ text: '', label: '', raw: { ...cells[0]!.raw, text: '' } });
    const out: GridCell[] = Array.from({ length: width }, blank);
    at.places.forEach((p, k) => (out[p] = cells[k]!));
    body[i] = out;
  });
}

/** The columns for each cell, in order, that fit best (a small alignment by dynamic programming). */
function bestPlaces(
  cells: GridCell[],
  kinds: Kind[],
  lengths: number[],
): { places: number[]; score: number } | undefined {
  const n = cells.length;
  const w = kinds.length;
  // best[k][c]: the best score placing cells k.. in columns c..
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(w + 1).fill(-Infinity));
  for (let c = 0; c <= w; c++) best[n]![c] = 0;
  for (let k = n - 1; k >= 0; k--)
    for (let c = w - 1; c >= 0; c--)
      best[k]![c] = Math.max(best[k]![c + 1]!, fit(cells[k]!, kinds[c]!, lengths[c]!) + best[k + 1]![c + 1]!);
  if (best[0]![0] === -Infinity) return undefined;
  const places: number[] = [];
  for (let k = 0, c = 0; k < n; c++) {
    const here = fit(cells[k]!, kinds[c]!, lengths[c]!) + best[k + 1]![c + 1]!;
    // Where a later column fits as well, the gap goes first: merged cells are the left-hand groups.
    if (here > best[k]![c + 1]!) {
      places.push(c);
      k++;
    }
  }
  return { places, score: best[0]![0]! };
}
