// Words of a line laid out with spaces (pdftotext -layout), with the page columns they stand in,
// so that lines can be read against each other by position: a header word over its figures.

/** How far (in columns) a word may stand off the cell it heads. */
export const SLACK = 2;

/** A figure as a table cell writes it: "1,650.00", "99.15%". */
export const FIGURE = /^[-+]?[\d,，]*\d(\.\d+)?\s*(%|％)?$/;

/** A placeholder of an empty cell ("—", "/", "无"). */
export const PLACEHOLDER = /^[-—–/／无]+$/;

export interface Word {
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
export function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const start = columns(line.slice(0, m.index));
    words.push({ start, end: start + columns(m[0]), text: m[0] });
  }
  return words;
}

/** The cell of `row` a word stands over: the one it overlaps most, or the nearest within SLACK. */
export function cellUnder(word: Word, row: Word[]): number | undefined {
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
