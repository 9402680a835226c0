// Text a PDF or a document site ran together, cells glued with no separator between them:
// "项目名称背街小巷整治经费主管部门延庆区妫水街道办事处", "年度资金总额88.685.0696.00%". The forms'
// own words (forms-data.ts) cut such a run back into cells; a run of glued figures is cut every way
// it can be, and the form reader keeps the cut that the form's arithmetic supports.

import type { Block } from '../model/document';
import { FORM_FIELDS, FORM_LABEL_WORDS, FUNDING_ROWS, KNOWN_LABELS, SCORE_ROW_LABELS } from './forms-data';
import { escapeRegExp } from './normalize';

const ALL_LABELS = new Set([...KNOWN_LABELS, ...FORM_LABEL_WORDS].filter((l) => l.length >= 2));
/** Two words run together ("执行率得分") are cut as the two, not taken as one compound. */
const compound = (l: string) =>
  [...l].some(
    (_, k) => k >= 2 && l.length - k >= 2 && ALL_LABELS.has(l.slice(0, k)) && ALL_LABELS.has(l.slice(k)),
  );
const LABELS = [...ALL_LABELS].filter((l) => !compound(l)).sort((a, b) => b.length - a.length);
const BY_FIRST = new Map<string, string[]>();
for (const l of LABELS) BY_FIRST.set(l[0]!, [...(BY_FIRST.get(l[0]!) ?? []), l]);

const SUFFIX = /([(（][^()（）]{1,10}[)）])+/y;
const SUFFIX_ANY = /([(（][^()（）]{1,10}[)）])+$/;
/** Any of the labels: a cheap count tells whether a run can be a glued form at all. */
const ANY_LABEL = new RegExp(LABELS.map(escapeRegExp).join('|'), 'g');

/** The known label starting at i, with a bracketed suffix after it ("(A)", "(万元)", "(10分)"). */
function labelAt(text: string, i: number): string | undefined {
  const label = BY_FIRST.get(text[i]!)?.find((l) => text.startsWith(l, i));
  if (!label) return undefined;
  SUFFIX.lastIndex = i + label.length;
  return label + (SUFFIX.exec(text)?.[0] ?? '');
}

/**
 * Prose, not a glued form: its sentences are punctuated and its figures carry their units
 * ("自评总分为91.25分，…"); a glued form's figures run into each other or into the next label.
 */
function isProse(text: string): boolean {
  if (!/[，。；,;]/.test(text) || gluedLabels(text) >= 6) return false;
  const figures = [...text.matchAll(/\d+(?:\.\d+)?(.{0,2})/g)];
  const withUnit = figures.filter((m) => /^(万元|元|分|人|名|个|%|亿)/.test(m[1]!)).length;
  return figures.length > 0 && withUnit / figures.length >= 0.6;
}

/**
 * How many of the forms' words (or only those of `within`) are glued to what comes before them: a form run
 * together ("…况到位资金520万元实际支出488.8万元预算执行率94%结余资金…自评得分86分评价等级良存在问题…") has
 * more than prose ever runs together, prose parting its fields with marks.
 */
function gluedLabels(text: string, within?: Set<string>): number {
  let glued = 0;
  for (const m of text.matchAll(ANY_LABEL))
    if (m.index > 0 && /[\u4e00-\u9fa5\d%]/.test(text[m.index - 1]!) && (!within || within.has(m[0])))
      glued++;
  return glued;
}

/** A form head's fields (项目名称, 主管部门 …), and the words that may follow their values. */
const HEAD_FIELDS = new Set(FORM_FIELDS.flatMap((f) => f.aliases));
/** The head's fields that hold a body's name, not a project's: "主管部门X局项目实施单位" is X局 | 项目实施单位. */
const BODY_FIELDS = new Set(FORM_FIELDS.filter((f) => f.field !== 'project').flatMap((f) => f.aliases));
const HEAD_WORDS = new Set(FORM_LABEL_WORDS);

/**
 * A form's head run together with its cells' prose ("…填报单位:X医院填报日期:…项目名称X项目项目主要内容购置…,
 * 提升….项目单位X主管部门Y…"): three of the head's words glued to what comes before them, which prose never writes.
 */
export function gluedFormHead(text: string): boolean {
  return gluedLabels(text, HEAD_WORDS) >= 3;
}

/** After a word inside a name, a few more of the name's characters, then the head's next word. */
function nameGoesOn(text: string, from: number): boolean {
  for (let k = from; k < Math.min(text.length, from + 12); k++) {
    if (!/[\u4e00-\u9fa5]/.test(text[k]!)) return false;
    const next = labelAt(text, k);
    if (next && HEAD_WORDS.has(next.replace(SUFFIX_ANY, ''))) return true;
  }
  return false;
}

/**
 * A form's title run into its first field ("…绩效目标自评表专项资金名称…"): a whole form glued into a line,
 * whatever prose its cells hold.
 */
const TITLE_INTO_FIRST_FIELD = /(自评表|目标表)(?:[(（][^()（）]{2,12}[)）])?(项目名称|专项资金名称)/;

/** The labels of a form's rows of figures, each of which may open a line of its own. */
const FIGURE_ROW_LABELS = new Set([...FUNDING_ROWS.flatMap((r) => r.aliases), ...SCORE_ROW_LABELS]);

/**
 * A form's row on a line of its own, its label glued to its value: a short line with no sentence in
 * it, opening with a row's label and its figures ("年度资金总额96.0096.00…", "总分10098") or with a head
 * field and its name ("项目名称村级组织运转经费"), not a title ("项目支出绩效自评表").
 */
export function opensWithRow(text: string): boolean {
  if (text.length > 80 || /[，。；,;]/.test(text)) return false;
  const written = labelAt(text, 0);
  if (!written || text.length === written.length) return false;
  const label = written.replace(SUFFIX_ANY, '');
  const rest = text.slice(written.length);
  // "项目名称:X" is a label and its value as a cell writes them, "主管部门为X" as prose does: the
  // readers take them whole.
  if (/^[:：为是]/.test(rest)) return false;
  return FIGURE_ROW_LABELS.has(label) ? /^[\d—]/.test(rest) : HEAD_FIELDS.has(label);
}

/** A value as a cell holds it: without the colon its label wrote before it ("项目名称:X" → X), not a figure's. */
function valueAfterLabel(buffer: string, labels: number): string {
  const value = buffer.trim();
  return labels > 0 && /^[:：][^\d.%]/.test(value) ? value.slice(1).trim() : value;
}

/** Cut a glued run at the known labels in it; undefined when it holds fewer than three. */
export function splitGlued(text: string): string[] | undefined {
  const row = opensWithRow(text);
  if (
    !row &&
    ((text.match(ANY_LABEL)?.length ?? 0) < 2 || (isProse(text) && !TITLE_INTO_FIRST_FIELD.test(text)))
  )
    return undefined;
  const out: string[] = [];
  let buffer = '';
  let labels = 0;
  let headValue = false;
  let bodyValue = false;
  for (let i = 0; i < text.length;) {
    let label = labelAt(text, i);
    // A head field's value ends at the next of the head's words: "项目名称义务教育公用经费保障主管部门…" is
    // not cut at the accounts' word 公用经费.
    if (
      label &&
      headValue &&
      !HEAD_WORDS.has(label.replace(SUFFIX_ANY, '')) &&
      nameGoesOn(text, i + label.length)
    )
      label = undefined;
    // "…补助项目主管部门…": a name runs into the label, and 项目 ends the name rather than opening 项目主管部门.
    // But "…养护项目单位…" opens 项目单位: 单位 alone is no word a form's head writes.
    // Not where the label keeps its colon ("项目名称: X项目承担单位: Y"): the fields are written whole.
    if (
      label?.startsWith('项目') &&
      !bodyValue &&
      /[\u4e00-\u9fa5]$/.test(buffer) &&
      HEAD_FIELDS.has(label.slice(2)) &&
      !/^\s*[:：]/.test(text.slice(i + label.length))
    ) {
      buffer += '项目';
      i += 2;
      label = label.slice(2);
    }
    if (label) {
      if (buffer.trim()) out.push(valueAfterLabel(buffer, labels));
      buffer = '';
      out.push(label);
      labels++;
      headValue = HEAD_FIELDS.has(label.replace(SUFFIX_ANY, ''));
      bodyValue = BODY_FIELDS.has(label.replace(SUFFIX_ANY, ''));
      i += label.length;
    } else {
      buffer += text[i];
      i++;
    }
  }
  if (buffer.trim()) out.push(valueAfterLabel(buffer, labels));
  // A run of figures ends where words begin: "88.685.0696.00%其中:…".
  // Three of the forms' words, or two where one is followed straight by its figures ("合计10091.5").
  const enough =
    row ||
    labels >= 3 ||
    (labels === 2 &&
      !/[，。；,;]/.test(text) &&
      out.some((p, i) => LABELS.includes(p) && /^\d/.test(out[i + 1] ?? '')));
  return enough ? out.flatMap((p) => (/^:?[\d.%]/.test(p) ? figurePieces(p) : [p])) : undefined;
}

/**
 * A score sheet's total row glued after the last row's words: "宣传不够到位合计100", its weights' 100
 * (the score follows after a space).
 */
const GLUED_TOTAL = /^(.+?)(合计|总分)(100)$/;
/** A score glued to the form's next words: "91.8评价结论…" (not a figure and its unit: "12.5万元"). */
const FIGURE_BEFORE_WORDS =
  /^\d{1,3}\.\d{1,2}(?=[\u4e00-\u9fa5]{4})(?!万|元|亿|分|人|个|名|次|年|月|日|天|亩|公里|平方|立方|吨|台|套|户|所|倍|小时)/;

/**
 * A piece with only one of the forms' words glued in it, where it ends a table: the total row's label
 * and figure cut off the words before it, or a figure cut off the label after it. Undefined otherwise.
 */
export function splitGluedEnds(text: string): string[] | undefined {
  const total = text.match(GLUED_TOTAL);
  if (total) return [total[1]!, total[2]!, total[3]!];
  const figure = text.match(FIGURE_BEFORE_WORDS)?.[0];
  if (figure) return [figure, text.slice(figure.length)];
  return undefined;
}

/** What the cell stream puts between figures a space parted, before spaces are dropped. */
export const FIGURE_GAP = '\u0001';

/**
 * The figures at the head of a piece, each a cell: "88.68…%其中" ends where words begin, and figures
 * parted by spaces ("18.00 18.00 100.00% 10 1.") are cells of their own, less a note's number ("1.").
 */
function figurePieces(p: string): string[] {
  // A label's colon stays with the label: "基本支出" | ":2299.98" is the figure 2299.98.
  return (
    p
      .replace(/^[:：]/, '')
      .split(/(?<=\d%?)(?=[\u4e00-\u9fa5])/)
      // A cell left empty as a dash ("96.00—100%—") parts the figures around it.
      .flatMap((q) => q.split(/(—+)/).filter((x) => x !== ''))
      .flatMap((q) =>
        q.includes(FIGURE_GAP) && /^[\d.,%/\u0001]+$/.test(q)
          ? q.split(FIGURE_GAP).filter((x, k, all) => !(k === all.length - 1 && /^\d\.$/.test(x)))
          : [q],
      )
  );
}

const TOKEN = /^(0|[1-9]\d{0,7})(\.\d{1,2})?%?$/;

/** A run of figures glued together: digits, points and per cent signs only, and not one figure. */
export function isGluedFigures(text: string): boolean {
  // A decimal point inside, or a rate with figures after it ("8686100%20": 86 | 86 | 100% | 20).
  return /^[\d.%]{5,64}$/.test(text) && !TOKEN.test(text) && /\d\.\d.*\d|\d%\d/.test(text);
}

/** Every way to cut a glued run into figures (two decimals at most, % only at a figure's end). */
export function cutFigures(run: string, maxFigures: number, limit = 5000): string[][] {
  const out: string[][] = [];
  const walk = (from: number, acc: string[]): void => {
    if (out.length >= limit) return;
    if (from === run.length) {
      out.push(acc);
      return;
    }
    if (acc.length >= maxFigures) return;
    for (let to = from + 1; to <= Math.min(run.length, from + 12); to++) {
      const piece = run.slice(from, to);
      if (TOKEN.test(piece)) walk(to, [...acc, piece]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * A document site's hard wrap inside a form run together on one line ("…项目名称校舍维修改造主管部" /
 * "门沂水县教育和体育局实施单位…"): where one of the forms' words is cut across two lines, the lines
 * are one.
 */
/**
 * A table's label cell wrapped onto a line of its own, a cell a line ("公务用车购置及运行维护" / "费" / "2.80"):
 * the two lines that make one of the forms' words, neither half one, are one cell.
 */
export function joinSplitLabelCells(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'paragraph' && b.kind === 'paragraph' && splitLabel(prev.text.trim(), b.text.trim()))
      out[out.length - 1] = { ...prev, text: prev.text.trimEnd() + b.text.trim() };
    else out.push(b);
  }
  return out;
}

function splitLabel(head: string, rest: string): boolean {
  return (
    head !== '' &&
    rest !== '' &&
    ALL_LABELS.has(head + rest) &&
    !ALL_LABELS.has(head) &&
    !ALL_LABELS.has(rest)
  );
}

export function joinWrappedLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.kind === 'paragraph' && prev?.kind === 'paragraph' && wrapsLabel(prev.text, b.text))
      out[out.length - 1] = { ...prev, text: prev.text + b.text };
    else out.push(b);
  }
  return out;
}

function wrapsLabel(before: string, after: string): boolean {
  if (before.length < 40) return false;
  return labelAcross(before, after) && (before.match(ANY_LABEL)?.length ?? 0) >= 3;
}

/**
 * A word of the forms that stands across the join of two texts, neither half a word of its own: "年" /
 * "度资金总额", "主管部" / "门…".
 */
export function labelAcross(before: string, after: string): boolean {
  if (!/[\u4e00-\u9fa5]$/.test(before) || !/^[\u4e00-\u9fa5]/.test(after)) return false;
  const tail = before.slice(-6);
  const joined = tail + after.slice(0, 6);
  return [...joined.matchAll(ANY_LABEL)].some((m) => {
    const cut = tail.length - m.index;
    return (
      cut > 0 && cut < m[0].length && !ALL_LABELS.has(m[0].slice(0, cut)) && !ALL_LABELS.has(m[0].slice(cut))
    );
  });
}
