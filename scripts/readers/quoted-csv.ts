// A spreadsheet saved as quoted CSV and pasted as text: cells in double quotes parted by commas,
// a cell's own line breaks kept inside its quotes, and often the row breaks themselves lost to a
// space ("…","18.25"  ,"结转结余情况",…). From the first line that reads as such a row on, the text
// is split into rows again and handed on as tab rows, which the text reader already knows.
// Unquoted CSV ("序号,项目名称,全年预算数,…", ",年度资金总额,150,168.4,…,,") is split the same way, a
// run of its lines at a time.

/** A line of quoted CSV: quoted cells parted by commas, or a row of empty cells (",,"). */
const CSV_LINE = /^\s*,*\s*"[^"]*"\s*,|^\s*,{2,}\s*$/;
/** Two quoted cells side by side: the sign of a CSV row, wherever the line starts. */
const QUOTED_PAIR = /"\s*,\s*"|",,|,,"/;

/** Where the quoted CSV starts, if the text holds enough of it to be one. */
function csvStart(lines: string[]): number {
  const start = lines.findIndex((l) => CSV_LINE.test(l));
  if (start < 0) return -1;
  const rows = lines.slice(start).filter((l) => QUOTED_PAIR.test(l)).length;
  return rows >= 3 ? start : -1;
}

/**
 * The rows of quoted CSV text. A cell ends at a comma (the next cell of the row) or at a break:
 * a line break, or spaces after a closing quote where a row's line break was lost. A quoted
 * cell's own line breaks are dropped.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let cell = '';
    let quoted = false;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') cell += text[i++];
        else if (text[i] === '"') break;
        else cell += text[i] === '\n' ? '' : text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') cell += text[i++];
    }
    row.push(cell.trim());
    // After the cell: a comma goes on with the row; a line break, or spaces after a quote, end it.
    let gap = '';
    while (text[i] === ' ' || text[i] === '\t') gap += text[i++];
    if (text[i] === ',') {
      // "…"17"  ,"结转结余情况"": the row ended, and the next one opens with an empty cell.
      if (quoted && gap !== '') {
        endRow();
        row.push('');
      }
      i++;
      // A comma ending the text or its line leaves one empty cell after it.
      if (i >= text.length || text[i] === '\n') row.push('');
    } else if (text[i] === '\n') {
      endRow();
      i++;
    } else if (i < text.length && quoted && gap !== '') endRow();
  }
  if (row.length) endRow();
  return rows;
}

/** The lines of a text with its quoted CSV, if any, turned into tab rows (an empty row a blank line). */
export function quotedCsvToTabs(lines: string[]): string[] {
  const start = csvStart(lines);
  if (start < 0) return lines;
  const rows = csvRows(lines.slice(start).join('\n'));
  return [
    ...lines.slice(0, start),
    // A row of one filled cell is a title or a note, a line of text.
    ...rows.map((cells) => {
      const filled = cells.filter((c) => c !== '');
      return filled.length <= 1 ? (filled[0] ?? '') : cells.join('\t');
    }),
  ];
}

/**
 * The cells of a line of CSV whose cells are mostly bare, a figure with a thousands separator quoted
 * ("本年收入合计,"3,012.46",本年支出合计,"3,040.18""): its quotes balanced, or undefined.
 */
function lineCells(line: string): string[] | undefined {
  if (!line.includes('"')) return line.split(',');
  if ((line.match(/"/g) ?? []).length % 2 !== 0) return undefined;
  return csvRows(line)[0];
}

/**
 * A line of unquoted CSV: its empty cells (",,", a trailing comma), or three commas or more parting
 * short cells with no sentence among them. Prose with ASCII commas has neither.
 */
function isBareCsvLine(line: string): boolean {
  if (line.includes('\t') || line.includes('|')) return false;
  const cells = lineCells(line);
  if (!cells || cells.length < 4) return false;
  return /,,|,\s*$/.test(line) || cells.every((c) => c.trim().length <= 20 && !/[。；;！？]/.test(c));
}

/** Runs of three lines or more of unquoted CSV, turned into tab rows (a row of one filled cell, its text). */
export function bareCsvToTabs(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && isBareCsvLine(lines[j]!)) j++;
    if (j - i >= 3)
      for (let k = i; k < j; k++) {
        const cells = lineCells(lines[k]!)!.map((c) => c.trim());
        const filled = cells.filter((c) => c !== '');
        out[k] = filled.length <= 1 ? (filled[0] ?? '') : cells.join('\t');
      }
    i = Math.max(j, i + 1);
  }
  return out;
}
