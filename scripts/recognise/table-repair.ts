// Repairs to a table's rows that formats leave behind, whatever reader made the table: a
// converter's filler cell, the 行次 and 栏次 numbers of 决算 tables, header cells whose words
// were broken over several lines, and a header one cell short of its rows.

import type { Block, Cell, TableRow } from '../model/document';
import { normalizeLabel } from './normalize';
import { OF_WHICH, isCaption, isFigure } from './rebuild-cells';

/**
 * A row that ends in one empty cell spanning the rest of the table was written shorter than the
 * table: the span is the converter's filler (a page whose merged cells were lost, made into Word
 * or PDF), and the row's cells stay where they were written, the short row it really is.
 */
export function dropFiller(b: Block): Block {
  if (b.kind !== 'table') return b;
  const rows = b.table.rows.map((row) => {
    const i = row.cells.findIndex((c) => (c.colSpan ?? 1) > 1 && c.text.trim() === '');
    if (i <= 0 || i + (row.cells[i]!.colSpan ?? 1) !== row.cells.length) return row;
    if (row.cells.slice(i).some((c) => c.text.trim() !== '')) return row;
    return { ...row, cells: row.cells.slice(0, i) };
  });
  return { kind: 'table', table: { ...b.table, rows } };
}

const ROW_NUMBER = /^\d{1,3}$/;

/** A row that numbers the columns (行次 | 1 | 2 | 3 …, or its numbers alone): no figures of the report. */
function numbersColumns(r: TableRow): boolean {
  const cells = r.cells.map((c) => normalizeLabel(c.text));
  const from = /^(行次|栏次|)$/.test(cells[0] ?? '') ? 1 : 0;
  const numbers = cells.slice(from).filter((t) => t !== '');
  return numbers.length >= 3 && numbers.every((t, i) => t === String(i + 1));
}

/**
 * The 决算 tables print a 行次 (line number) beside each amount ("本年收入合计 | 11 | 3,490.30"): in a
 * table whose header says 行次, a whole number between a label and an amount is that line number,
 * and the 栏次 row (栏次 | 1 | 2 …) numbers columns; neither is a figure of the report.
 */
function dropLineNumbers(b: Block): Block {
  if (
    b.kind !== 'table' ||
    !b.table.rows.some((r) => r.cells.some((c) => /^行次$/.test(normalizeLabel(c.text))))
  )
    return b;
  // A row as wide as a header of words ("项目 | 行次 | 金额 | 项目 | 行次 | 金额") has its 行次 where the
  // header does ("| 8 |" under 行次, its label empty). (Not a row of column numbers, "行次 | 1 | 2 …".)
  const header = b.table.rows.find((r) => r.cells.some((c) => /^行次$/.test(normalizeLabel(c.text))))!;
  const lineColumns = new Set(
    header.cells.flatMap((c, i) => (/^行次$/.test(normalizeLabel(c.text)) ? [i] : [])),
  );
  if (lineColumns.has(0) || header.cells.some((c) => c.text.trim() === '' || isFigure(c.text)))
    lineColumns.clear();
  const rows = b.table.rows
    .filter((r) => !/^栏次$/.test(normalizeLabel(r.cells[0]?.text ?? '')) && !numbersColumns(r))
    .map((r) => ({
      ...r,
      cells: r.cells.filter((c, i, all) => {
        if (lineColumns.size && all.length === header.cells.length) return !lineColumns.has(i);
        const t = normalizeLabel(c.text);
        if (t === '行次') return false;
        if (!ROW_NUMBER.test(t)) return true;
        const next = all[i + 1] ? normalizeLabel(all[i + 1]!.text) : '';
        const prev = all[i - 1] ? normalizeLabel(all[i - 1]!.text) : '';
        const amountNext = /^-?[\d,]+\.\d+$/.test(next);
        // Dangling at a row's end or start, or between a label and its amount.
        return (
          !(amountNext && (i === 0 || !isFigure(prev))) &&
          !(i === all.length - 1 && !isFigure(prev)) &&
          !(i === 0 && !isFigure(next))
        );
      }),
    }));
  return { kind: 'table', table: { ...b.table, rows } };
}

/**
 * A header whose first word spans the label columns ("项目 | 本年支出合计 | 基本支出 …" over "科目编码 |
 * 科目名称 | 栏次 | 1 | 2 …"): written one cell a word, its words sit over the wrong columns. The 栏次
 * row says where the numbered columns are; the header's words after its first are put over them.
 */
function alignOverColumnNumbers(b: Block): Block {
  if (b.kind !== 'table') return b;
  const rows = [...b.table.rows];
  for (let k = 1; k < rows.length; k++) {
    const labels = rows[k]!.cells.map((c) => normalizeLabel(c.text));
    const at = labels.indexOf('栏次');
    const numbers = labels.slice(at + 1).filter((t) => t !== '');
    if (at < 1 || numbers.length < 2 || !numbers.every((t, i) => t === String(i + 1))) continue;
    const head = rows[k - 1]!.cells.filter((c) => c.text.trim() !== '');
    if (head.length !== numbers.length + 1) continue;
    const blank = (c: Cell): Cell => ({ ...c, text: '' });
    // The label columns are those before 栏次, which marks the row and is no column of the rows below.
    const cells = [head[0]!, ...Array.from({ length: at - 1 }, () => blank(head[0]!)), ...head.slice(1)];
    rows[k - 1] = { ...rows[k - 1]!, cells };
    return { kind: 'table', table: { ...b.table, rows } };
  }
  return b;
}

/**
 * The 栏次 row (栏次 | 1 | 2 | 3 …) numbers a 决算 table's columns, with or without 行次: it is no
 * row of the report.
 */
function dropColumnNumbers(b: Block): Block {
  if (b.kind !== 'table') return b;
  const rows = b.table.rows.filter((r) => {
    const labels = r.cells.map((c) => normalizeLabel(c.text)).filter((t) => t !== '');
    const at = labels.indexOf('栏次');
    const numbers = labels.slice(at + 1);
    return !(at >= 0 && numbers.length >= 2 && numbers.every((t, i) => t === String(i + 1)));
  });
  return rows.length === b.table.rows.length ? b : { kind: 'table', table: { ...b.table, rows } };
}

/** A row's cells up to the last one written. */
function filled(r: TableRow): Cell[] {
  let n = r.cells.length;
  while (n > 0 && r.cells[n - 1]!.text.trim() === '') n--;
  return r.cells.slice(0, n);
}

/**
 * Header cells whose words a line break split ("全年" / "预算数" / "(万元) | 全年" …) arrive as
 * several short rows above the data. Joined at each break they give exactly as many cells as a data
 * row has: then they are one header row (nested-header.ts reads rows that a 其中 divides).
 */
function joinWrappedHeader(b: Block): Block {
  if (b.kind !== 'table') return b;
  const rows = b.table.rows;
  const data = rows.findIndex((r) => r.cells.filter((c) => isFigure(c.text)).length >= 2);
  if (data < 2) return b;
  const width = filled(rows[data]!).length;
  for (let start = 0; start <= data - 2; start++) {
    const head = rows.slice(start, data).map(filled);
    if (head.some((cells) => cells.length >= width || cells.some((c) => isFigure(c.text)))) continue;
    // A caption written as a row of the table (its title, "单位:万元", "附件1") is no header's words.
    if (head.some((cells) => cells.length === 1 && isCaption(cells[0]!.text))) continue;
    // A 其中 divides the header above the rows under it: those rows are a level, not wrapped words.
    if (head.some((cells) => cells.some((c) => OF_WHICH.test(normalizeLabel(c.text))))) continue;
    if (head.reduce((n, cells) => n + cells.length, 0) - (head.length - 1) !== width) continue;
    // A word closed by its bracketed note ("本年度资金(评价项目的资金使用年度)") is whole: the row under
    // it is a level of the header, not the rest of its words.
    if (head.slice(0, -1).some((cells) => /[)）]$/.test(cells.at(-1)!.text.trim()))) continue;
    const cells: Cell[] = [];
    for (const row of head)
      row.forEach((c, i) => {
        if (i === 0 && cells.length)
          cells[cells.length - 1] = {
            ...cells[cells.length - 1]!,
            text: cells[cells.length - 1]!.text + c.text,
          };
        else cells.push(c);
      });
    const joined: TableRow = { ...rows[start]!, cells };
    return {
      kind: 'table',
      table: { ...b.table, rows: [...rows.slice(0, start), joined, ...rows.slice(data)] },
    };
  }
  return b;
}

/**
 * A header of figure columns only, one cell short of the rows led by their labels ("全年预算数 |
 * 全年执行数 | 执行率" over "年度资金总额 | 286.40 | 279.93 | 97.74%"): its words stand over the
 * figures, so it gets the empty cell above the labels.
 */
function alignShortHeader(b: Block): Block {
  if (b.kind !== 'table') return b;
  const rows = b.table.rows;
  // A row padded with empty cells ("| ||||") is as long as its words.
  const written = (r: TableRow): TableRow => ({ ...r, cells: filled(r) });
  const labelled = (next: TableRow | undefined) =>
    !!next && !!next.cells[0] && next.cells[0].text.trim() !== '' && !isFigure(next.cells[0].text);
  // The row under the header, or the widest of the three under it where the first leaves cells empty.
  const fullest = (i: number) =>
    rows
      .slice(i + 1, i + 4)
      .map(written)
      .filter((r, k) => k === 0 || labelled(r))
      .reduce<TableRow | undefined>((a, r) => (!a || r.cells.length > a.cells.length ? r : a), undefined);
  const short = (padded: TableRow, next: TableRow | undefined): boolean => {
    const head = written(padded);
    const label = next?.cells[0];
    return (
      !!next &&
      !!label &&
      head.cells.length >= 2 &&
      head.cells.length === next.cells.length - 1 &&
      head.cells.every(
        (c) =>
          c.text.trim() !== '' && !isFigure(c.text) && !/项目|名称|单位|科目/.test(normalizeLabel(c.text)),
      ) &&
      label.text.trim() !== '' &&
      !isFigure(label.text) &&
      next.cells.filter((c) => isFigure(c.text)).length >= 2
    );
  };
  if (!rows.some((r, i) => short(r, fullest(i)))) return b;
  const aligned = rows.map((r, i) =>
    short(r, fullest(i)) ? { ...r, cells: [{ ...r.cells[0]!, text: '' }, ...r.cells] } : r,
  );
  return { kind: 'table', table: { ...b.table, rows: aligned } };
}

/** How many characters of a lower header cell its upper cell repeats ("购置费" under "公务用车购置及运行费"). */
function shared(upper: string, lower: string): number {
  return [...new Set(lower)].filter((ch) => upper.includes(ch)).length;
}

/** Words that qualify the cell above them in a header's second row: 年初 | 全年 under 预算数. */
const QUALIFIER = /^(年初|全年|调整后|年中|上年|本年)(预算)?数?$/;

/**
 * A header of two rows flattened into one, the lower row's cells last. They take the place of the
 * upper cell they divide:
 *  - 三公 items: "合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | 小计 | 购置费 | 运行费", the
 *    parts led by 小计 go under the item whose words they repeat;
 *  - qualifiers: "序号 | 项目名称 | 预算资金 | 执行资金 | … | 年初 | 全年", a header one cell wider than its
 *    rows, the qualifiers go under the first amount column, named with it (年初预算资金, 全年预算资金).
 */
function spreadGroupHeader(b: Block): Block {
  if (b.kind !== 'table' || b.table.rows.length < 2) return b;
  const [head, ...rest] = b.table.rows as [TableRow, ...TableRow[]];
  const words = head.cells.map((c) => normalizeLabel(c.text));
  const width = Math.max(...rest.map((r) => r.cells.filter((c) => c.text.trim() !== '').length));
  let q = words.length;
  while (q > 0 && QUALIFIER.test(words[q - 1]!)) q--;
  const qualified = words.length - q >= 2 && words.length === width + 1;
  const at = qualified ? q : words.lastIndexOf('小计');
  const parts = words.slice(at + 1);
  if (at < 1 || !parts.length || parts.some((p) => p === '' || isFigure(p))) return b;
  let group = -1;
  if (qualified) group = words.findIndex((w, i) => i < at && /预算|资金|金额/.test(w));
  else {
    let best = 0;
    words.slice(0, at).forEach((w, i) => {
      const each = parts.map((p) => shared(w, p));
      const total = each.reduce((n, x) => n + x, 0);
      if (each.every((x) => x >= 2) && total > best) [group, best] = [i, total];
    });
  }
  if (group < 0) return b;
  const over = head.cells[group]!;
  const lower = qualified
    ? head.cells.slice(at).map((c) => ({ ...c, text: `${c.text.trim()}${over.text.trim()}` }))
    : head.cells.slice(at);
  const cells = [...head.cells.slice(0, group), ...lower, ...head.cells.slice(group + 1, at)];
  return { kind: 'table', table: { ...b.table, rows: [{ ...head, cells }, ...rest] } };
}

/** Every repair, in order. */
export function repairTable(b: Block): Block {
  return alignShortHeader(
    spreadGroupHeader(joinWrappedHeader(dropColumnNumbers(alignOverColumnNumbers(dropLineNumbers(b))))),
  );
}

/** How wide a table is: its widest row. */
const width = (b: Extract<Block, { kind: 'table' }>) =>
  Math.max(0, ...b.table.rows.map((r) => r.cells.length));

/**
 * A table a page's editor split in two (a web page's CMS closing the table mid-way): the second part
 * follows the first with nothing between them, as wide, and opens with a row of figures, not a
 * header of its own. Its rows are the first table's.
 */
export function joinSplitTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const first = b.kind === 'table' ? b.table.rows[0] : undefined;
    const continues =
      prev?.kind === 'table' &&
      b.kind === 'table' &&
      prev.table.rows.length >= 2 &&
      width(prev) === width(b) &&
      first !== undefined &&
      normalizeLabel(first.cells[0]?.text ?? '') !== '' &&
      first.cells.slice(1).some((c) => isFigure(normalizeLabel(c.text)));
    if (continues && prev.kind === 'table' && b.kind === 'table')
      out[out.length - 1] = {
        kind: 'table',
        table: { ...prev.table, rows: [...prev.table.rows, ...b.table.rows] },
      };
    else out.push(b);
  }
  return out;
}
