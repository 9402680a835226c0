// A table header whose words wrap inside their cells, as pdftotext -layout writes a PDF's form:
//
//                                    年初          全年          全年
//                                                                     分值      执行率        得分
//                                   预算数        预算数        执行数
//                   年度资金总额      1650.00       1702.60       1688.14       10        99.15%        9.92
//
// Each line holds the parts of the words that fall on it; a word's parts stand over the same figure
// column. Joined by position (a wide character takes two columns, as on the page), the lines are one
// header line, "年初预算数  全年预算数  全年执行数  分值  执行率  得分", over the first row of figures.

import { cellUnder, FIGURE, PLACEHOLDER, SLACK, wordsOf, type Word } from './layout-words';

/** How many lines a wrapped header may take. */
const MAX_HEADER_LINES = 4;

/**
 * The cells of the first row of figures, with those of the rows under it where it leaves a cell
 * empty (its 执行率 and 得分 left blank, written "—" in the rows under it).
 */
function cellsBelow(row: Word[], below: string[]): Word[] {
  const cells = [...row];
  for (const line of below)
    for (const w of wordsOf(line))
      if (
        (FIGURE.test(w.text) || PLACEHOLDER.test(w.text)) &&
        !cells.some((c) => Math.max(c.start, w.start) < Math.min(c.end, w.end) + SLACK)
      )
        cells.push(w);
  return cells.sort((a, b) => a.start - b.start);
}

/**
 * A header line that names two figures in turn under every item ("预算数 决算数 预算数 决算数 …"): the
 * words above it are the items each pair stands under, spanning two cells, not parts of its words.
 */
function pairsUnderItems(words: Word[]): boolean {
  return (
    words.length >= 4 &&
    words.length % 2 === 0 &&
    words[0]!.text !== words[1]!.text &&
    words.every((w, k) => w.text === words[k % 2]!.text)
  );
}

/**
 * Lines of a wrapped header joined into one: the stacked lines above a row of figures whose every word
 * stands over a cell of that row, where at least one cell's word is written over two or more lines.
 * The joined header takes the last of those lines' place; the others are left blank, so that every
 * line keeps its number.
 */
export function joinStackedHeaders(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < lines.length; i++) {
    const first = wordsOf(lines[i]!);
    if (first.filter((w) => FIGURE.test(w.text)).length < 3) continue;
    if (pairsUnderItems(wordsOf(lines[i - 1]!))) continue;
    const row = cellsBelow(first, lines.slice(i + 1, i + 5));
    // Each cell's parts, top line first.
    const parts: string[][] = row.map(() => []);
    const stacked: number[] = [];
    for (let k = i - 1; k >= 0 && stacked.length < MAX_HEADER_LINES; k--) {
      const words = wordsOf(lines[k]!);
      // (A title over the table, one word, is no part of its header.)
      if (words.length < 2 || words.some((w) => /\d/.test(w.text) || w.text.length > 8)) break;
      const cells = words.map((w) => cellUnder(w, row));
      if (cells.some((c) => c === undefined) || new Set(cells).size !== cells.length) break;
      words.forEach((w, n) => parts[cells[n]!]!.unshift(w.text));
      stacked.push(k);
    }
    if (stacked.length < 2 || !parts.some((p) => p.length >= 2)) continue;
    const header = parts.filter((p) => p.length).map((p) => p.join(''));
    for (const k of stacked) out[k] = '';
    out[i - 1] = ' '.repeat(lines[i]!.length - lines[i]!.trimStart().length) + header.join('  ');
  }
  return out;
}
