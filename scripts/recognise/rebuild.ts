// Tables that a format flattened into lines, rebuilt as tables before anything is read. Every
// reader hands over what it saw; this one step, shared by all formats, turns flattened runs back
// into grids:
//  - rows written on one line ("a | b | c", "||||" padding, tabs, single spaces between figures);
//  - one cell per line (" |" at the end, "|" lines for empty cells, blank or no-break-space lines
//    between cells): the header words tell how wide the rows are, a row label starts a row and the
//    figures after it fill it; a label followed by one figure is a label–value pair.
// A run that fits no such shape stays as the paragraphs it was.

import type { Block, Cell, Location, Table, TableRow } from '../model/document';
import { lineCells } from './cells';
import { normalizeLabel } from './normalize';
import { FUNDING_COLUMNS, HEADER_PARTS, KNOWN_LABELS, labelWord } from './forms-data';
import { declaredUnit, parseCellNumber } from './numbers';

type Line =
  | { kind: 'row'; cells: string[]; loc: Location }
  | { kind: 'cell'; text: string; loc: Location; closed: boolean }
  | { kind: 'text'; block: Block };

const PIPE_ONLY = /^[\s|｜\u00a0]+$/;
/** A line too long or too sentence-like to be one cell of a table. */
const SENTENCE = /[。；;！？]$|[。；;].+/;

function isFigure(text: string): boolean {
  const t = text.replace(/\s+/g, '').replace(/^[-—–/无]+$/, '0');
  return parseCellNumber(t.replace(/[,，](?=\d{3})/g, ',')) !== undefined;
}

function classify(b: Block): Line[] {
  if (b.kind !== 'paragraph') return [{ kind: 'text', block: b }];
  const lines = b.text.split('\n');
  if (lines.length > 1 && !lines.every((l) => /[|｜]\s*$/.test(l) || l.trim() === ''))
    return [{ kind: 'text', block: b }];
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const loc = { ...b.loc, line: b.loc.line + i };
    if (line.replace(/\u00a0/g, '').trim() === '') return;
    if (PIPE_ONLY.test(line)) {
      out.push({ kind: 'cell', text: '', loc, closed: true });
      return;
    }
    const cells = lineCells(line);
    // "全年预算数：200万元  执行率：90%": labelled statements side by side are read as sentences.
    const statements = cells.every((c) => /^[^:：]{2,16}[:：]\s*\S/.test(c));
    if (cells.length >= 2 && !statements) out.push({ kind: 'row', cells, loc });
    else if (cells.length >= 2) out.push({ kind: 'text', block: { ...b, text: line, loc } });
    else {
      const text = cells[0] ?? '';
      const short = normalizeLabel(text).length <= 40 && !SENTENCE.test(text.trim());
      const closed = /[|｜]\s*$/.test(line);
      out.push(
        short
          ? { kind: 'cell', text: text.trim(), loc, closed }
          : { kind: 'text', block: { ...b, text: line, loc } },
      );
    }
  });
  return out;
}

function tableOf(rows: { cells: string[]; loc: Location }[]): Block {
  const tableRows: TableRow[] = rows.map((r) => ({
    ...r.loc,
    cells: r.cells.map((text): Cell => ({ ...r.loc, text })),
  }));
  const table: Table = { ...rows[0]!.loc, rows: tableRows };
  return { kind: 'table', table };
}

const OF_WHICH = /^其中[:：]?$/;

const headerWord = labelWord;
/** Words that name a column of figures (预算数, 执行率 …), never a row. */
const COLUMN_WORDS = new Set(FUNDING_COLUMNS.flatMap((c) => c.aliases).map(labelWord));
const HEADER_WORDS = KNOWN_LABELS;

/**
 * Fit header cells to a width: a lone "其中" joins the word after it, a word split over two short
 * cells ("公共财" / "政拨款", "全年" / "预算数") is joined again, and cells before the header (a
 * caption) are left out.
 */
function fitHeader(cells: { text: string; loc: Location }[], width: number): typeof cells {
  let h = [...cells];
  // Pieces of a known header word ("年初预" / "算数", "全年" / "执行数") join first, whatever the
  // width, and so does a bracket on its own ("项目资金" / "（元）").
  for (let i = 0; i < h.length - 1; i++) {
    const a = headerWord(h[i]!.text);
    const ab = headerWord(h[i]!.text + h[i + 1]!.text);
    const bracket = /^[(（][^()（）]{1,10}[)）]$/.test(normalizeLabel(h[i + 1]!.text));
    if ((HEADER_WORDS.has(ab) && !HEADER_WORDS.has(a)) || (bracket && a !== '')) {
      h.splice(i, 2, { text: h[i]!.text + h[i + 1]!.text, loc: h[i]!.loc });
      i = Math.max(-1, i - 2);
    }
  }
  for (let i = 0; i < h.length - 1 && h.length > width; i++) {
    if (OF_WHICH.test(normalizeLabel(h[i]!.text))) {
      h.splice(i, 2, { text: `${h[i]!.text}${h[i + 1]!.text}`, loc: h[i]!.loc });
      i--;
    }
  }
  // A caption before the header ("四、“三公”经费情况(万元)") is not one of its columns.
  while (h.length > width && isCaption(h[0]!.text)) h = h.slice(1);
  // A two-level header read row by row: a parent word, later its parts ("基本支出 … 人员经费 公用经费"
  // under it). The parts take the parent's place, as the columns under it.
  for (const [parent, parts] of HEADER_PARTS) {
    if (h.length <= width) break;
    const at = h.findIndex((c) => headerWord(c.text) === parent);
    const tail = h.slice(-parts.length).map((c) => headerWord(c.text));
    if (at >= 0 && at < h.length - parts.length && tail.every((w, k) => w === parts[k])) {
      const children = h.slice(-parts.length);
      h = [...h.slice(0, at), ...children, ...h.slice(at + 1, h.length - parts.length)];
    }
  }
  while (h.length > width) {
    let best = -1;
    for (let i = 0; i < h.length - 1; i++) {
      const a = normalizeLabel(h[i]!.text).length;
      const b = normalizeLabel(h[i + 1]!.text).length;
      const known = HEADER_WORDS.has(headerWord(h[i]!.text)) || HEADER_WORDS.has(headerWord(h[i + 1]!.text));
      if (
        !known &&
        a <= 3 &&
        b <= 4 &&
        (best < 0 || a + b < normalizeLabel(h[best]!.text + h[best + 1]!.text).length)
      )
        best = i;
    }
    if (best < 0) break;
    h.splice(best, 2, { text: h[best]!.text + h[best + 1]!.text, loc: h[best]!.loc });
  }
  if (h.length > width) h = h.slice(h.length - width);
  return h;
}

/** A caption or heading over a table: numbered, long, or declaring the amount unit. */
function isCaption(text: string, strict = false): boolean {
  const t = normalizeLabel(text);
  if (HEADER_WORDS.has(headerWord(text))) return false;
  // A section heading ("二、…", "（一）…"); within a table an arabic numbering ("1、因公出国费") is a row.
  const section = /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])/.test(t);
  const numbered = section || /^\d+[、.]/.test(t);
  return (strict ? section : numbered) || declaredUnit(t) !== undefined || (!strict && t.length > 12);
}

/** Fields whose value is words, not a figure: "评价等级" then "优" is one statement. */
const TEXT_FIELD = /(等级|评价结果|评价结论|单位名称|部门名称|预算编码|实施单位|主管部门)$/;

/**
 * A run of one-cell lines as blocks: tables where labels are followed by the same number of figures
 * (with the header words before them), label–value rows where one figure follows a label, and
 * paragraphs for the rest.
 */
function rebuildCells(run: { text: string; loc: Location }[], pipes: boolean): Block[] {
  const out: Block[] = [];
  const value = (c: { text: string } | undefined) =>
    !!c && (isFigure(c.text) || (pipes && c.text === '') || /^[-—–/\\／]+$/.test(c.text.trim()));
  const para = (c: { text: string; loc: Location }) => {
    if (c.text !== '') out.push({ kind: 'paragraph', text: c.text, loc: c.loc });
  };
  // Group the run into a label and the value cells after it.
  const groups: {
    label?: { text: string; loc: Location };
    values: { text: string; loc: Location }[];
    caption?: boolean;
  }[] = [];
  for (let k = 0; k < run.length; k++) {
    const c = run[k]!;
    const next = run[k + 1];
    if (
      TEXT_FIELD.test(normalizeLabel(c.text)) &&
      next &&
      next.text !== '' &&
      !value(next) &&
      normalizeLabel(next.text).length <= 40
    ) {
      groups.push({ label: { text: `${c.text}：${next.text}`, loc: c.loc }, values: [] });
      k++;
      continue;
    }
    const last = groups[groups.length - 1];
    // A caption ("单位：万元", "一、…决算表") is never a row's label: figures after it start a row of their own.
    if (!value(c) && isCaption(c.text, true)) {
      groups.push({ label: c, values: [], caption: true });
      continue;
    }
    if (value(c) && last && !last.caption && (last.label || last.values.length)) last.values.push(c);
    else if (value(c)) groups.push({ values: [c] });
    else groups.push({ label: c, values: [] });
  }
  let pending: typeof run = []; // labels with no values: paragraphs, or the header of a table
  let table: { width: number; rows: { cells: string[]; loc: Location }[] } | undefined;
  const flush = () => {
    if (table) out.push(tableOf(table.rows));
    table = undefined;
  };
  for (const g of groups) {
    // A "|" line after a row's last figure closes the row as often as it stands for an empty cell:
    // trailing empties are dropped, and a row left short of the table's width is padded again.
    let trimmed = false;
    while (g.label && g.values.length && g.values[g.values.length - 1]!.text === '') {
      g.values.pop();
      trimmed = true;
    }
    const m = g.values.length;
    if (g.caption) {
      flush();
      for (const c of pending) para(c);
      pending = [];
      para(g.label!);
      continue;
    }
    if (!g.label || m === 0) {
      if (g.label) pending.push(g.label);
      else for (const v of g.values) para(v);
      if (g.label) flush();
      continue;
    }
    if (table && (m === table.width - 1 || (trimmed && m < table.width - 1))) {
      const cells = [g.label.text, ...g.values.map((v) => v.text)];
      while (cells.length < table.width) cells.push('');
      table.rows.push({ cells, loc: g.label.loc });
      continue;
    }
    flush();
    // Header words and then as many figures as there are words ("年初预算数 全年预算数 全年执行数
    // 执行率 704.50 936.34 905.12 96.67%"): one row without a label under the words.
    const words = [...pending, g.label];
    if (m >= 2 && words.length >= m && words.slice(-m).every((w) => COLUMN_WORDS.has(headerWord(w.text)))) {
      const header = words.slice(-m);
      for (const c of words.slice(0, words.length - m)) para(c);
      table = {
        width: m + 1,
        rows: [
          { cells: ['', ...header.map((h) => h.text)], loc: header[0]!.loc },
          { cells: ['', ...g.values.map((v) => v.text)], loc: g.values[0]!.loc },
        ],
      };
      pending = [];
      continue;
    }
    // A two-column table ("项目 | 预算数") has one figure a row; its header says which figure.
    const twoColumn =
      m === 1 && pending.length >= 2 && HEADER_WORDS.has(headerWord(pending[pending.length - 1]!.text));
    if ((m >= 2 || twoColumn) && pending.length >= 2) {
      const header = fitHeader(pending, m + 1);
      // What the header did not use came before it: a caption ("年度收入情况(万元)").
      for (const c of pending.slice(0, pending.length - countOriginal(pending, header))) para(c);
      while (header.length < m + 1) header.unshift({ text: '', loc: header[0]?.loc ?? g.label.loc });
      table = {
        width: m + 1,
        rows: [
          { cells: header.map((h) => h.text), loc: header[0]!.loc },
          { cells: [g.label.text, ...g.values.map((v) => v.text)], loc: g.label.loc },
        ],
      };
      pending = [];
      continue;
    }
    for (const c of pending) para(c);
    pending = [];
    // A label with its figures and no header: a row of its own (a label–value pair when one figure).
    out.push(tableOf([{ cells: [g.label.text, ...g.values.map((v) => v.text)], loc: g.label.loc }]));
  }
  flush();
  for (const c of pending) para(c);
  return out;
}

/** How many of the original header cells the fitted header used (the rest, before it, are captions). */
function countOriginal(pending: { text: string }[], header: { text: string }[]): number {
  const joined = header.map((h) => h.text).join('');
  let n = 0;
  let acc = '';
  for (let i = pending.length - 1; i >= 0 && acc.length < joined.length; i--) {
    acc = pending[i]!.text + acc;
    n++;
  }
  return n;
}

/**
 * A row that ends in one empty cell spanning the rest of the table was written shorter than the
 * table: the span is the converter's filler (a page whose merged cells were lost, made into Word
 * or PDF), and the row's cells stay where they were written, the short row it really is.
 */
function dropFiller(b: Block): Block {
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
  const rows = b.table.rows
    .filter((r) => !/^栏次$/.test(normalizeLabel(r.cells[0]?.text ?? '')))
    .map((r) => ({
      ...r,
      cells: r.cells.filter((c, i, all) => {
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

export function rebuildTables(blocks: Block[]): Block[] {
  return rebuildLines(blocks.map(dropFiller)).map(dropLineNumbers);
}

function rebuildLines(blocks: Block[]): Block[] {
  const lines = blocks.flatMap(classify);
  const out: Block[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line.kind === 'text') {
      out.push(line.block);
      i++;
      continue;
    }
    if (line.kind === 'row') {
      const rows: { cells: string[]; loc: Location }[] = [];
      for (;;) {
        const r = lines[i];
        // A row holding only a heading or a unit line ("二、部门整体支出执行情况 | ||", "单位:万元 |")
        // ends one table and opens the next.
        const filled = r?.kind === 'row' ? r.cells.filter((c) => c.trim() !== '') : [];
        if (r?.kind === 'row' && filled.length === 1 && isCaption(filled[0]!, true)) {
          if (rows.length) out.push(tableOf(rows.splice(0)));
          out.push({ kind: 'paragraph', text: filled[0]!, loc: r.loc });
          i++;
          continue;
        }
        // A row whose cells are all empty but its label ("1、因公出国（境）费用") stays in its table.
        const emptyRow =
          r?.kind === 'cell' && r.text !== '' && !isCaption(r.text, true) && lines[i + 1]?.kind === 'row';
        if (r?.kind === 'row') rows.push({ cells: r.cells, loc: r.loc });
        else if (emptyRow) rows.push({ cells: [r.text], loc: r.loc });
        else break;
        i++;
      }
      if (rows.length) out.push(tableOf(rows));
      continue;
    }
    const run: { text: string; loc: Location }[] = [];
    let pipes = false;
    let open: { text: string; loc: Location } | undefined;
    while (lines[i]?.kind === 'cell') {
      const c = lines[i] as Extract<Line, { kind: 'cell' }>;
      if (c.closed) pipes = true;
      // In a run of " |" cells, a line without its pipe is a cell wrapped onto the next line ("年初预" / "算数 |").
      if (open) {
        open.text += c.text;
        if (c.closed) open = undefined;
      } else {
        const cell = { text: c.text, loc: c.loc };
        run.push(cell);
        if (!c.closed && pipes && (lines[i + 1] as { closed?: boolean } | undefined)?.closed) open = cell;
      }
      i++;
    }
    out.push(
      ...(run.length >= 3
        ? rebuildCells(run, pipes)
        : run
            .filter((c) => c.text !== '')
            .map((c): Block => ({ kind: 'paragraph', text: c.text, loc: c.loc }))),
    );
  }
  return out;
}
