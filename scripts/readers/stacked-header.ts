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

/** How many lines a wrapped header may take. */
const MAX_HEADER_LINES = 4;
/** How far (in columns) a word may stand off the cell it heads. */
const SLACK = 2;

const FIGURE = /^[-+]?[\d,，]*\d(\.\d+)?\s*(%|％)?$/;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The columns a character takes on the page: two for a wide (CJK, full-width) one. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

/** The words of a line laid out with runs of two or more spaces, with where they stand. */
function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const start = columns(line.slice(0, m.index));
    words.push({ start, end: start + columns(m[0]), text: m[0] });
  }
  return words;
}

/** The cell of `row` a word stands over: the one it overlaps most, or the nearest within SLACK. */
function cellUnder(word: Word, row: Word[]): number | undefined {
  let best: number | undefined;
  let bestGap = Infinity;
  row.forEach((cell, k) => {
    // Negative where the two overlap: the more, the better.
    const gap = Math.max(word.start, cell.start) - Math.min(word.end, cell.end);
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  });
  return bestGap <= SLACK ? best : undefined;
}

/** A placeholder of an empty cell ("—", "/", "无"). */
const PLACEHOLDER = /^[-—–/／无]+$/;

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
