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

/** Whether a character takes two columns on the page (CJK, full-width). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The columns `text` takes on the page from `from` to `to`: two for a wide character. */
function columns(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character (one column): count its low half only.
    if (code >= 0xd800 && code <= 0xdbff) continue;
    n += isWide(code) ? 2 : 1;
  }
  return n;
}

/** The words of a line laid out with runs of two or more spaces, with where they stand. */
export function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  // Columns counted once along the line, not again from its start for every word.
  let at = 0;
  let col = 0;
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    col += columns(line, at, m.index);
    const end = m.index + m[0].length;
    const width = columns(line, m.index, end);
    words.push({ start: col, end: col + width, text: m[0] });
    col += width;
    at = end;
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
