// A run of one-cell lines rebuilt as tables: the header words before the figures fix the width
// (a split word joined again, a caption left out, a two-level header's parts put in their parent's
// place), a row label starts a row and the figures after it fill it; a label with one figure is a
// label–value pair, and what fits no table stays paragraphs. rebuild.ts hands the runs over.

import type { Block, Cell, Location, Table, TableRow } from '../model/document';
import { FIGURE_QUALIFIER, FUNDING_COLUMNS, HEADER_PARTS, KNOWN_LABELS, labelWord } from './forms-data';
import { columnNumbersAtStart, normalizeLabel } from './normalize';
import { UNIT_WORD } from './cells';
import { declaredUnit } from './numbers';
import { parseCellNumber } from './numbers';

/** A header cell that divides the one above it: "其中". */
export const OF_WHICH = /^其中[:：]?$/;
/** A column of budget subjects' codes, and such a code: 2 (类), 4 (款) or 6 (项) digits after the class's. */
const SUBJECT_CODE_COLUMN = /^(功能分类)?科目(编码|代码)$/;
const SUBJECT_CODE = /^[12]\d{2}(?:\d{2}){0,2}$/;
/** An elided stretch of a table ("……"). */
const ELISION = /^[.…。·]{2,}$/;

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
export function isCaption(text: string, strict = false): boolean {
  const t = normalizeLabel(text);
  if (HEADER_WORDS.has(headerWord(text))) return false;
  // A section heading ("二、…", "（一）…"); within a table an arabic numbering ("1、因公出国费") is a row.
  const section = /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])/.test(t);
  const numbered = section || /^\d+[、.]/.test(t);
  // An attachment's mark over the table ("附件", "附件2.") is its caption too.
  const attachment = /^附件\d*[.．。:：]?$/.test(t);
  return (
    (strict ? section : numbered) || attachment || declaredUnit(t) !== undefined || (!strict && t.length > 12)
  );
}

/**
 * A table's own title ("财决公开06表 一般公共预算财政拨款基本支出决算表（节选）", "XX2022年度项目支出绩效
 * 自评表"): it opens a new table.
 */
export function isTableTitle(text: string): boolean {
  return /^\S{0,30}(决算|预算|公开\d*|自评|评价)\S*表([(（][^()（）]{1,6}[)）])?$/.test(normalizeLabel(text));
}

/** Fields whose value is words, not a figure: "评价等级" then "优" is one statement. */
const TEXT_FIELD = /(等级|评价结果|评价结论|单位名称|部门名称|预算编码|实施单位|主管部门)$/;
/** A form head's label: written in a column of labels before their values, it pairs with none of them. */
const inLabelColumn = (c: { text: string } | undefined): boolean =>
  !!c && /^(项目名称|单位名称|部门名称|实施单位|主管部门)$/.test(normalizeLabel(c.text));

/**
 * A run of one-cell lines as blocks: tables where labels are followed by the same number of figures
 * (with the header words before them), label–value rows where one figure follows a label, and
 * paragraphs for the rest.
 */
export function rebuildCells(run: { text: string; loc: Location }[], pipes: boolean): Block[] {
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
  // Under a 科目编码 column, a subject's code ("205", "20502") before its name opens the row: it is no
  // figure of the row before.
  const coded = run.some((c) => SUBJECT_CODE_COLUMN.test(normalizeLabel(c.text)));
  for (let k = 0; k < run.length; k++) {
    const c = run[k]!;
    const next = run[k + 1];
    if (coded && SUBJECT_CODE.test(c.text.trim()) && next && next.text !== '' && !value(next)) {
      groups.push({ label: { text: `${c.text.trim()} ${next.text}`, loc: c.loc }, values: [] });
      k++;
      continue;
    }
    if (
      TEXT_FIELD.test(normalizeLabel(c.text)) &&
      next &&
      next.text !== '' &&
      !value(next) &&
      normalizeLabel(next.text).length <= 40 &&
      !inLabelColumn(run[k - 1]) &&
      !inLabelColumn(next) &&
      // A header's next word ("单位名称" / "经费" / "性质"): no unit is named in two characters.
      !(/名称$/.test(normalizeLabel(c.text)) && normalizeLabel(next.text).length <= 2)
    ) {
      groups.push({ label: { text: `${c.text}：${next.text}`, loc: c.loc }, values: [] });
      k++;
      continue;
    }
    const last = groups[groups.length - 1];
    // A caption ("单位：万元", "一、…决算表") is never a row's label: figures after it start a row of
    // their own. A numbered label right before its figures ("一、“三公”经费支出 | 18.60") is a row.
    const numberedRow =
      value(next) && next!.text !== '' && declaredUnit(normalizeLabel(c.text)) === undefined;
    if (!value(c) && (isCaption(c.text, true) || isTableTitle(c.text)) && !numberedRow) {
      groups.push({ label: c, values: [], caption: true });
      continue;
    }
    if (value(c) && last && !last.caption && (last.label || last.values.length)) last.values.push(c);
    else if (value(c)) groups.push({ values: [c] });
    else groups.push({ label: c, values: [] });
  }
  let pending: typeof run = []; // labels with no values: paragraphs, or the header of a table
  let table:
    | {
        width: number;
        rows: { cells: string[]; loc: Location }[];
        /** A column of words between the row's name and its figures (单位名称 | 经费性质 | 人员编制数 …). */
        wordColumn?: boolean;
        /** A row's name waiting for its word and figures. */
        name?: { text: string; loc: Location };
      }
    | undefined;
  const flush = () => {
    if (table) out.push(tableOf(table.rows));
    table = undefined;
  };
  for (const [k, g] of groups.entries()) {
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
    if (table?.wordColumn && g.label) {
      const next = groups[k + 1];
      if (
        m === 0 &&
        !table.name &&
        next?.label &&
        isWordCell(next.label.text) &&
        next.values.length === table.width - 2
      ) {
        table.name = g.label;
        continue;
      }
      if (m === table.width - 2) {
        const name = table.name;
        const cells = name ? [name.text, g.label.text] : [g.label.text, ''];
        table.rows.push({ cells: [...cells, ...g.values.map((v) => v.text)], loc: (name ?? g.label).loc });
        table.name = undefined;
        continue;
      }
    }
    // Row labels with no figures inside a table, a row filling it after them ("1、业务工作经费" /
    // "2、运行维护经费" / "……" / "公用经费 | 88.14 | 70.00"): empty rows of the table, which goes on.
    const nextRow = groups.slice(k + 1, k + 8).find((n) => !n.label || n.caption || n.values.length > 0);
    if (
      table &&
      g.label &&
      m === 0 &&
      (ELISION.test(g.label.text) || (nextRow?.label && nextRow.values.length === table.width - 1))
    ) {
      if (!ELISION.test(g.label.text)) table.rows.push({ cells: [g.label.text], loc: g.label.loc });
      continue;
    }
    // A bare unit before a figure ("…自评得" / "分" / "92.5" / "分，等级…"): a sentence a PDF wrapped
    // at every word, not a row; its pieces stay prose for the passages to join.
    if (g.label && UNIT_WORD.test(normalizeLabel(g.label.text))) {
      flush();
      for (const c of [...pending, g.label, ...g.values]) para(c);
      pending = [];
      continue;
    }
    // Header words over the 栏次 numbers 1 … n and the figures under them, more words than columns: a
    // header of two levels (预算数 | 决算数, each over 合计 | 因公出国(境)费 | …) that no one row holds.
    // Its cells stay in the order written, for the readers of the cell stream.
    const numbers = columnNumbersAtStart(g.values.map((v) => normalizeLabel(v.text)));
    if (g.label && numbers >= 4 && m >= 2 * numbers && pending.length >= numbers + 1) {
      flush();
      for (const c of [...pending, g.label, ...g.values]) para(c);
      pending = [];
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
    const before = words[words.length - m - 1];
    if (
      m >= 2 &&
      words.length >= m &&
      words.slice(-m).every((w) => columnWord(w.text)) &&
      !(before && columnWord(before.text))
    ) {
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
    // A column of words between each row's name and its figures (单位名称 | 经费性质 | 人员编制数 | 在职人数,
    // then "县城管局" / "行政" / 18 / 16): the row's name is the label before the word.
    const rowName = pending[pending.length - 1];
    if (
      m >= 1 &&
      rowName &&
      pending.length >= m + 3 &&
      isWordCell(g.label.text) &&
      !headerLike(rowName.text)
    ) {
      const header = fitHeader(pending.slice(0, -1), m + 2);
      if (header.length === m + 2 && header.slice(-m).every((h) => columnWord(h.text))) {
        const used = countOriginal(pending.slice(0, -1), header);
        for (const c of pending.slice(0, pending.length - 1 - used)) para(c);
        table = {
          width: m + 2,
          wordColumn: true,
          rows: [
            { cells: header.map((h) => h.text), loc: header[0]!.loc },
            { cells: [rowName.text, g.label.text, ...g.values.map((v) => v.text)], loc: rowName.loc },
          ],
        };
        pending = [];
        continue;
      }
    }
    // A two-column table ("项目 | 预算数") has one figure a row; its header says which figure.
    const last = pending[pending.length - 1];
    const twoColumn =
      m === 1 && pending.length >= 2 && (HEADER_WORDS.has(headerWord(last!.text)) || columnWord(last!.text));
    const grouped = figureGroups(pending, m);
    if (grouped) {
      for (const c of pending.slice(0, pending.length - grouped.used)) para(c);
      table = {
        width: m + 1,
        rows: [...grouped.rows, { cells: [g.label.text, ...g.values.map((v) => v.text)], loc: g.label.loc }],
      };
      pending = [];
      continue;
    }
    // More column words than the row has cells (a form cut inside its first row, "年初预算数 … 得分" over
    // "年度资金总额 | 250.00 | 268.30"): which columns its figures stand in is not known; no header.
    let columns = 0;
    while (columns < pending.length && columnWord(pending[pending.length - 1 - columns]!.text)) columns++;
    const shortRow = m >= 2 && columns > m + 1;
    if ((m >= 2 || twoColumn) && pending.length >= 2 && !shortRow) {
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

/**
 * A two-level header read row by row: figure words (预算数, 决算数), then the sub-columns repeated
 * under each ("合计 | 一般公共预算 | 政府性基金" twice) as many as the row's figures. It stays two header
 * rows, the figure words over their groups, for the grid to spread (tables.ts).
 */
function figureGroups(
  pending: { text: string; loc: Location }[],
  m: number,
): { rows: { cells: string[]; loc: Location }[]; used: number } | undefined {
  for (let k = 2; k <= 4; k++) {
    if (m % k !== 0 || m / k < 2 || pending.length < m + k) continue;
    const subs = pending.slice(-m).map((c) => normalizeLabel(c.text));
    const figures = pending.slice(-m - k, -m);
    const size = m / k;
    const repeated = subs.every((w, i) => w === subs[i % size]);
    if (!repeated || !figures.every((f) => FIGURE_QUALIFIER.test(normalizeLabel(f.text)))) continue;
    // The label column's word ("项目") before the figure words, when there is one.
    const corner = pending[pending.length - m - k - 1];
    const withCorner = corner && !isCaption(corner.text) && normalizeLabel(corner.text).length <= 6;
    return {
      rows: [
        { cells: [withCorner ? corner.text : '', ...figures.map((f) => f.text)], loc: figures[0]!.loc },
        { cells: ['', ...pending.slice(-m).map((c) => c.text)], loc: pending[pending.length - m]!.loc },
      ],
      used: m + k + (withCorner ? 1 : 0),
    };
  }
  return undefined;
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

/** A short word in a column of words ("行政", "参公", "全额拨款"): no figure, no header word. */
function isWordCell(text: string): boolean {
  const t = normalizeLabel(text);
  return t.length >= 1 && t.length <= 4 && !/\d/.test(t) && !headerLike(text);
}

function headerLike(text: string): boolean {
  return HEADER_WORDS.has(headerWord(text)) || columnWord(text);
}

/** A word that names a column of figures: a funding column, or a count, rate or amount ("编制数", "控制率"). */
function columnWord(text: string): boolean {
  const t = normalizeLabel(text);
  return COLUMN_WORDS.has(headerWord(text)) || (t.length <= 12 && COLUMN_END.test(t));
}
const COLUMN_END = /(预算数|执行数|决算数|人数|编制数|控制率|执行率|完成率|比率|得分|分值|金额)$/;

export function isFigure(text: string): boolean {
  const t = text.replace(/\s+/g, '').replace(/^[-—–/无]+$/, '0');
  return parseCellNumber(t.replace(/[,，](?=\d{3})/g, ',')) !== undefined;
}

export function tableOf(rows: { cells: string[]; loc: Location }[]): Block {
  const tableRows: TableRow[] = rows.map((r) => ({
    ...r.loc,
    cells: r.cells.map((text): Cell => ({ ...r.loc, text })),
  }));
  const table: Table = { ...rows[0]!.loc, rows: tableRows };
  return { kind: 'table', table };
}
