// Rows whose cells a page joined with one space, writing each empty cell as a space of its own:
//
//  序号 项目名称 实施单位 中央 省级 市级 区级 执行数 结余数 得分
//  1 甲项目 某某局       28.6 28.6 0   100
//
// A run of 2k+1 spaces is one separator and k empty cells, so every run inside such a row is odd
// and the rows hold the same number of cells once the empty ones are counted. Split at runs of two
// or more spaces instead, the figures lose their columns. A person counts the gaps; so does this:
// the header lines above and the rows become tab rows, the empty cells kept.
import { FIGURE } from './layout-words';

/** The cells of a line whose empty cells are single spaces, or undefined where a run of spaces is even. */
function spaceCells(line: string): { cells: string[]; wide: boolean } | undefined {
  if (line.trim() === '' || /^\s/.test(line) || /[\t|｜\u3000\u00a0]/.test(line)) return undefined;
  const cells: string[] = [];
  let wide = false;
  for (const m of line.matchAll(/(\S+)( *)/g)) {
    const [, word, gap] = m;
    cells.push(word!);
    const last = m.index + m[0].length === line.length;
    // After the last cell, a separator and a space per empty cell, where the line kept them.
    const empty = last ? Math.floor(gap!.length / 2) : (gap!.length - 1) / 2;
    if (gap!.length === 0) continue;
    if (!last && gap!.length % 2 === 0) return undefined;
    wide ||= gap!.length >= 3;
    for (let k = 0; k < empty; k++) cells.push('');
  }
  return { cells, wide };
}

/** A header line: three or more words joined by single spaces, none of them a figure or a sentence. */
function isHeaderLine(line: string): boolean {
  const words = line.trim().split(' ');
  return (
    words.length >= 3 &&
    !/ {2,}|[。；;，,]/.test(line.trim()) &&
    words.every((w) => w !== '' && w.length <= 16 && !FIGURE.test(w))
  );
}

/** A row of the table: four cells or more, two of them figures. */
function rowCells(line: string): { cells: string[]; wide: boolean } | undefined {
  const row = spaceCells(line);
  return row && row.cells.length >= 4 && row.cells.filter((c) => FIGURE.test(c)).length >= 2
    ? row
    : undefined;
}

/**
 * Lines with a single-space header over rows whose empty cells are single spaces rewritten as tab
 * rows. Only where one row at least has an empty cell (a row of single spaces alone is read as
 * other one-line rows are) and the rows agree on how many cells they hold.
 */
export function splitSpaceCells(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i]!)) continue;
    // The header: one line, or two where the second divides a cell of the first (中央 省级 市级 区级).
    const headerEnd = i + 1 < lines.length && isHeaderLine(lines[i + 1]!) ? i + 2 : i + 1;
    const rows: string[][] = [];
    let wide = false;
    let k = headerEnd;
    for (; k < lines.length; k++) {
      const row = rowCells(lines[k]!);
      if (!row) break;
      rows.push(row.cells);
      wide ||= row.wide;
    }
    if (rows.length < 2 || !wide) continue;
    const width = Math.max(...rows.map((r) => r.length));
    // A row that ends early lost its trailing empty cells; one with fewer than all but two lost more.
    if (rows.filter((r) => r.length === width).length < rows.length / 2) continue;
    if (rows.some((r) => r.length < width - 2)) continue;
    for (let h = i; h < headerEnd; h++) out[h] = lines[h]!.trim().split(' ').join('\t');
    rows.forEach((cells, r) => (out[headerEnd + r] = cells.join('\t')));
    i = k - 1;
  }
  return out;
}
