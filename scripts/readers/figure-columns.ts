// Rows of figures that leave cells empty, as pdftotext -layout writes a PDF's table:
//
//  预算数      决算数   预算数   决算数   预算数   决算数   预算数   决算数
//   6.50        4.86                       4.00     3.42     2.50     1.44
//
// Split at runs of spaces, the row has fewer cells than its header and no way to say which are
// empty. A person reads each figure as the cell of the header word it stands under; so does this:
// the header and its rows of figures become tab rows, the empty cells kept.
import { cellUnder, FIGURE, PLACEHOLDER, wordsOf, type Word } from './layout-words';

/** A header line: four or more words, none a figure. */
function headerWords(line: string): Word[] | undefined {
  const words = wordsOf(line);
  return words.length >= 4 && !words.some((w) => FIGURE.test(w.text)) ? words : undefined;
}

/** The cells of a row of figures under `header`, each in its column, or undefined when one stands under none. */
function alignedCells(header: Word[], line: string): string[] | undefined {
  const words = wordsOf(line);
  // Two figures at least: a page number under a table is no row of it.
  const cell = (w: Word) => FIGURE.test(w.text) || PLACEHOLDER.test(w.text);
  if (words.length < 2 || words.length >= header.length || !words.every(cell)) return undefined;
  const cells: string[] = header.map(() => '');
  let last = -1;
  for (const w of words) {
    const k = cellUnder(w, header);
    if (k === undefined || k <= last) return undefined;
    cells[k] = w.text;
    last = k;
  }
  return cells;
}

/** Lines with each header over rows of figures that leave cells empty rewritten as tab rows. */
export function alignFigureRows(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = headerWords(lines[i]!);
    if (!header) continue;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const cells = alignedCells(header, lines[k]!);
      if (!cells) break;
      out[k] = cells.join('\t');
    }
    if (k > i + 1) out[i] = header.map((w) => w.text).join('\t');
    i = k - 1;
  }
  return out;
}
