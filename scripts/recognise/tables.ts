// Reading a table as a person does: which leading rows are headers, what each column is called
// (the deepest header cell above it, with "其中" sub-headers spread over the columns they cover),
// where a second table starts inside the same grid. The cells themselves are grid.ts's.

import type { Table } from '../model/document';
import { gridCell, isNumeric, type Grid, type GridCell, type GridRow } from './grid';
import { FIGURE_QUALIFIER, FUND_SOURCE_HEADER, FUND_SOURCE_SUBHEADER } from './forms-data';
import { parseCellNumber } from './numbers';
import { layNestedHeader } from './nested-header';
import { alignRaggedRows } from './ragged-rows';
import { OF_WHICH, isCaption } from './rebuild-cells';

/** A data row has numbers beyond a leading sequence number. */
function isDataRow(row: GridRow): boolean {
  const numeric = row.filter(isNumeric).length;
  if (numeric >= 2) return true;
  return numeric === 1 && !isNumeric(row[0]);
}

const HEADER_WORD =
  /指标|分值|得分|权重|名称|项目|预算|执行|金额|合计|其中|序号|单位|标准|说明|依据|情况|数|率|费|收入|支出|结余|结转/;

/**
 * Leading rows that carry no figures are header rows (at most four); a table whose first row
 * already carries figures (a label–value table) has none.
 */
export function splitHeader(all: GridRow[]): { header: GridRow[]; body: GridRow[] } {
  // The table's caption written as rows of it (附件 | 其 title | 单位:万元) comes before its header.
  let captions = 0;
  while (captions < all.length - 1 && isCaptionRow(all[captions]!)) captions++;
  const rows = all.slice(captions);
  let n = 0;
  while (n < rows.length && n < 4 && !isDataRow(rows[n]!) && !(n > 0 && isSectionRow(rows[n]!))) n++;
  if (n === rows.length || n === 0) return { header: [], body: rows };
  // A header row names columns: several short cells, most of them header words.
  const header = rows.slice(0, n);
  const named = (r: GridRow): GridCell[] => r.filter((c) => c.label !== '');
  const looksLikeHeader =
    named(header[0]!).length >= 2 &&
    named(header[0]!).some((c) => HEADER_WORD.test(c.label)) &&
    header.every((r) => named(r).every((c) => c.label.length <= 40));
  return looksLikeHeader ? { header, body: rows.slice(n) } : { header: [], body: rows };
}

/** A row of one cell, the table's caption: its title (…表, 国卫财01-1表), its unit (单位:万元), an 附件 mark. */
function isCaptionRow(row: GridRow): boolean {
  const filled = row.filter((c) => c.label !== '');
  // (A numbered row, "一、部门预算项目支出", opens a section of the table's own.)
  return (
    filled.length === 1 &&
    (isCaption(filled[0]!.text) || /表$/.test(filled[0]!.label)) &&
    !/^([(（]?[一二三四五六七八九十\d]+[)）、.．])/.test(filled[0]!.label)
  );
}

/** A row with one cell that opens a section of the table: "一、部门预算项目支出". */
export function isSectionRow(row: GridRow): boolean {
  const filled = row.filter((c) => c.label !== '');
  return filled.length === 1 && /^[一二三四五六七八九十]+[、.]/.test(filled[0]!.label);
}

const GENERIC_SUBHEADER = /^(合计|小计|总计|计|金额|总额)$/;

/**
 * Column labels from header rows. Where a header cell "其中" stands over k sub-headers in the row
 * below, the merged cell was flattened into one cell: the cells after it in that row move right by
 * k-1 so that they stand over their own columns again.
 */
export function columnLabels(header: GridRow[]): string[] {
  const rows = header.map((r) => r.map((c) => c.label));
  spreadFigureGroups(rows);
  for (let r = rows.length - 2; r >= 0; r--) {
    const above = rows[r]!;
    const below = rows[r + 1]!;
    for (let c = 0; c < above.length; c++) {
      if (!OF_WHICH.test(above[c]!)) continue;
      let k = 0;
      while (c + k < below.length && below[c + k] !== '') k++;
      if (k > 1 && above.length < below.length) {
        above.splice(c + 1, 0, ...Array<string>(Math.min(k - 1, below.length - above.length)).fill(''));
      }
    }
  }
  // Sub-headers below a "其中" in the row above spread the same way.
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (!OF_WHICH.test(row[c]!)) continue;
      const below = rows[r + 1];
      if (!below) continue;
      let k = 0;
      while (c + k < below.length && below[c + k] !== '') k++;
      if (k > 1 && row.length < below.length) {
        row.splice(c + 1, 0, ...Array<string>(Math.min(k - 1, below.length - row.length)).fill(''));
      }
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  // A header cell followed by empty cells, over sub-headers in a row below, spans them: the merged
  // cell of the original ("预算数" over six columns) came through as one cell and blanks.
  for (let r = 0; r < rows.length - 1; r++) {
    const row = rows[r]!;
    let spanning = '';
    for (let c = 0; c < width; c++) {
      if ((row[c] ?? '') !== '') spanning = row[c]!;
      else if (spanning && rows.slice(r + 1).some((b) => (b[c] ?? '') !== '')) row[c] = spanning;
      else spanning = '';
    }
  }
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    let label = '';
    let qualifier = '';
    for (const row of rows) {
      const l = row[c] ?? '';
      // A bracketed sub-header qualifies the header above it: 预算数 / (调整后); a generic one
      // (合计, 小计) is the total of the header above it: 收入 / 合计 is 收入合计.
      if (l === '' || OF_WHICH.test(l) || l === label) continue;
      const bracketed = /^[(（].*[)）]$/.test(l);
      // 预算数 or 决算数 over the items (合计, 因公出国(境)费 …) says which figure of each item the
      // column holds: the item is the label, the qualifier goes after it ("因公出国(境)费预算数").
      if (!qualifier && FIGURE_QUALIFIER.test(label) && !bracketed && !FIGURE_QUALIFIER.test(l)) {
        qualifier = label;
        label = l;
      } else if (label && (bracketed || GENERIC_SUBHEADER.test(l))) label = label + l;
      // A part of the funds by source keeps the funds' header: 预算数 / 中央 is 预算数中央.
      else if (FUND_SOURCE_HEADER.test(label) && FUND_SOURCE_SUBHEADER.test(l)) label = label + l;
      else label = l;
    }
    labels.push(qualifier && label !== qualifier ? label + qualifier : label);
  }
  return labels;
}

/**
 * Figure words over repeated sub-headers whose spans were lost ("项目 | 预算数 | 决算数" over
 * "合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金"): each figure word covers one
 * group of the sub-headers, and its 合计 column is the figure; the funds' columns are left unnamed.
 */
function spreadFigureGroups(rows: string[][]): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const figures = rows[r]!.slice(1).filter((l) => l !== '');
    const subs = rows[r + 1]!.filter((l) => l !== '');
    if (figures.length < 2 || !figures.every((l) => FIGURE_QUALIFIER.test(l))) continue;
    if (subs.length % figures.length !== 0 || subs.length / figures.length < 2) continue;
    const size = subs.length / figures.length;
    const group = subs.slice(0, size);
    const total = group.findIndex((l) => /^(合计|小计)$/.test(l));
    if (
      total < 0 ||
      !figures.every((_, g) => subs.slice(g * size, (g + 1) * size).join('|') === group.join('|'))
    )
      continue;
    rows[r] = [rows[r]![0] ?? '', ...figures.flatMap((f) => group.map((_, k) => (k === total ? f : '')))];
    rows[r + 1] = rows[r]!.map(() => '');
  }
}

/**
 * Turn a table into grids: a repeat of the header row (a page break) is dropped; a new header row
 * after data rows (same first cell, other columns) starts a grid of its own.
 */
export function toGrids(table: Table, context: string): Grid[] {
  const rows = table.rows.map((r) => r.cells.map(gridCell));
  const grids: Grid[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const part = rows.slice(start, end);
    if (!part.length) return;
    const { header, body } = splitHeader(part);
    layNestedHeader(header, body);
    alignRaggedRows(header, body);
    alignShortHeaderRows(header, body);
    dropLeadingHeaderBlank(header, body);
    grids.push({ header, body, columns: columnLabels(header), context, table });
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const first = rows[start]!;
    const sameStart = row[0]?.label !== '' && row[0]?.label === first[0]?.label && !isDataRow(row);
    const afterData = i > start + 1 && rows.slice(start + 1, i).some(isDataRow);
    if (!sameStart && afterData && looksLikeHeaderRow(row) && rows[i + 1] && isDataRow(rows[i + 1]!)) {
      // Another header over more figures: a second table sharing the grid ("经费控制情况 | 2019年决算数 | …").
      flush(i);
      start = i;
      continue;
    }
    if (sameStart && afterData) {
      const identical = row.map((c) => c.label).join('|') === first.map((c) => c.label).join('|');
      if (identical) {
        rows.splice(i, 1);
        i--;
      } else {
        flush(i);
        start = i;
      }
    }
  }
  flush(rows.length);
  return grids;
}

/** What a column's data cells hold, from the first row with figures. */
function dataKind(c: GridCell | undefined): 'rate' | 'number' | 'text' | 'empty' {
  if (!c || c.label === '') return 'empty';
  const n = parseCellNumber(c.text);
  if (n) return n.suffix === '%' ? 'rate' : 'number';
  return 'text';
}

/** How well a sub-header fits over a column: its words against the column's data and the header above. */
function fitsOver(label: string, kind: ReturnType<typeof dataKind>, above: string): number {
  let s = 0;
  if (/率/.test(label)) s += kind === 'rate' ? 2 : kind === 'text' ? -1 : 0;
  else if (/金额|数|额|预算|执行|支出|得分|分值/.test(label))
    s += kind === 'number' ? 1 : kind === 'rate' ? -1 : 0;
  if (/是否|名称|单位/.test(label)) s += kind === 'text' ? 1 : -1;
  // A bracketed qualifier sits under the figure it qualifies: 预算数 / (调整后); any other
  // sub-header under a header that spans it (其中, 绩效自评情况) or under nothing, not under another leaf.
  if (/^[(（].*[)）]$/.test(label)) s += /预算|执行|决算|支出|数$/.test(above) ? 2 : 0;
  else if (above === '' || /^其中|情况$|合计$/.test(above)) s += 0.5;
  else s -= 0.5;
  return s;
}

/**
 * A header one cell wider than every row under it, its first cell empty (a spreadsheet's unused
 * first column, exported in the header row only): its words stand over the rows without that cell.
 */
function dropLeadingHeaderBlank(header: GridRow[], body: GridRow[]): void {
  const last = header[header.length - 1];
  const data = body.filter((row) => row.some(isNumeric));
  if (!last || last[0]?.label !== '' || data.length < 2) return;
  if (data.every((row) => row.length === last.length - 1)) header[header.length - 1] = last.slice(1);
}

/**
 * A header row below the first that lost its leading cells (a cell merged down from the row above
 * was dropped, as pages without rowspan and documents made from them do): its cells moved left,
 * blanks or nothing at its end. It is moved back right to where its words fit the data below.
 */
function alignShortHeaderRows(header: GridRow[], body: GridRow[]): void {
  const data = body.find((row) => row.filter(isNumeric).length >= 2);
  if (!data || header.length < 2) return;
  const width = Math.max(...header.map((r) => r.length), data.length);
  for (let r = 1; r < header.length; r++) {
    const row = header[r]!;
    if (!row[0] || row[0].label === '') continue;
    let n = row.length;
    while (n > 0 && row[n - 1]!.label === '') n--;
    if (n >= width) continue;
    const cells = row.slice(0, n);
    let best = 0;
    let bestScore = -Infinity;
    for (let shift = 0; shift + n <= width; shift++) {
      let score = 0;
      cells.forEach((c, i) => {
        if (c.label !== '')
          score += fitsOver(c.label, dataKind(data[shift + i]), header[r - 1]![shift + i]?.label ?? '');
      });
      if (score > bestScore) {
        best = shift;
        bestScore = score;
      }
    }
    if (best === 0) continue;
    const blank = (): GridCell => ({ text: '', label: '', raw: { ...row[0]!.raw, text: '' } });
    header[r] = [
      ...Array.from({ length: best }, blank),
      ...cells,
      ...Array.from({ length: width - best - n }, blank),
    ];
  }
}

/** Several short cells without figures, some of them header words: a header row. */
function looksLikeHeaderRow(row: GridRow): boolean {
  const named = row.filter((c) => c.label !== '');
  return (
    named.length >= 3 &&
    named.every((c) => c.label.length <= 20 && !isNumeric(c)) &&
    named.filter((c) => HEADER_WORD.test(c.label)).length >= 2
  );
}
