// Text lines of a PDF page: positioned text runs are numbered into lines with a ~3 pt tolerance
// (in one table row CJK text sits about 2 pt below the digits), and the runs of a line or of a
// wrapped cell are joined into text. Coordinates are top-down (y grows down the page), in points.

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  w: number;
  size: number;
}

const LINE_TOLERANCE = 3;

export interface NumberedRun extends TextRun {
  line: number;
}

export interface Line {
  runs: NumberedRun[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  line: number;
}

/**
 * Some producers write a whole table line as one string padded with spaces ("项目    预算数"):
 * such a run is cut at each stretch of two or more spaces, widths shared by character count.
 */
export function splitSpacedRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (!/\S\s{2,}\S/.test(run.str)) {
      out.push(run);
      continue;
    }
    const perChar = run.w / Math.max(1, [...run.str].length);
    let offset = 0;
    for (const piece of run.str.split(/(\s{2,})/)) {
      const length = [...piece].length;
      if (piece.trim() !== '')
        out.push({ ...run, str: piece, x: run.x + offset * perChar, w: length * perChar });
      offset += length;
    }
  }
  return out;
}

/** Numbers the text lines of the page top-down: runs within ~3 pt of a line's first baseline share it. */
export function numberLines(runs: TextRun[]): NumberedRun[] {
  const sorted = splitSpacedRuns(runs.filter((r) => r.str.trim() !== '')).sort(
    (a, b) => a.y - b.y || a.x - b.x,
  );
  const out: NumberedRun[] = [];
  let line = 0;
  let lineY = -Infinity;
  for (const run of sorted) {
    if (run.y - lineY > LINE_TOLERANCE) {
      line++;
      lineY = run.y;
    }
    out.push({ ...run, line });
  }
  return out;
}

export function groupLines(runs: NumberedRun[]): Line[] {
  const byLine = new Map<number, NumberedRun[]>();
  for (const run of runs) {
    const list = byLine.get(run.line) ?? [];
    list.push(run);
    byLine.set(run.line, list);
  }
  return [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, list]) => {
      list.sort((a, b) => a.x - b.x);
      return {
        runs: list,
        line,
        y: Math.min(...list.map((r) => r.y)),
        x0: Math.min(...list.map((r) => r.x)),
        x1: Math.max(...list.map((r) => r.x + r.w)),
        size: Math.max(...list.map((r) => r.size)),
      };
    });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Joins two pieces of text: nothing between CJK characters, a space between words. */
export function joinText(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const a = left[left.length - 1]!;
  const b = right[0]!;
  if (CJK.test(a) || CJK.test(b) || /\s/.test(a) || /\s/.test(b)) return left + right;
  return `${left} ${right}`;
}

/** The text of runs on one line, in x order; a space only where a visible gap separates two words. */
export function lineText(runs: TextRun[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const str = run.str.replace(/\s+/g, ' ').trim();
    if (str === '') continue;
    const gap = run.x - end;
    text = gap > run.size * 0.2 ? joinText(text, str) : text + str;
    end = run.x + run.w;
  }
  return text.trim();
}

/** The text of runs that may span several lines (a wrapped cell). */
export function blockText(runs: NumberedRun[]): string {
  return groupLines(runs)
    .map((l) => lineText(l.runs))
    .reduce((acc, t) => joinText(acc, t), '');
}
