// The rows of a form's funding block fitted to its columns: a row with fewer figures than columns
// lost cells on the way (an empty cell dropped, a merged one flattened away), a row with blanks
// between its figures kept merged cells as blanks, a row's figures may be glued into one run. Of the
// readings each can have, the one that agrees with the form's arithmetic (执行率 = 执行数 ÷ 预算数,
// 得分 ≤ 分值) is taken. The closing 总分 row is read here too: its maximum first, then the score.

import Decimal from 'decimal.js';
import { cellFigure, isValueCell, type StreamCell } from './cells';
import { GRADE_FIELD, PAIR_MINIMUM } from './forms-data';
import type { FundingColumn } from './forms-data';
import { cutFigures } from './glued';

export type Slot = { cell: StreamCell; value?: Decimal; percent: boolean };

export function slotOf(c: StreamCell): Slot {
  const f = cellFigure(c);
  return { cell: c, value: f?.value, percent: f?.suffix === '%' || /%$/.test(c.label) };
}

/**
 * The figures of a row glued into one cell ("88.685.0696.00%"), cut the way the form's arithmetic
 * supports (执行率 = 执行数 ÷ 预算数); none when no cut does.
 */
export function ungluedRow(c: StreamCell, columns: FundingColumn[]): Slot[] | undefined {
  let best: Slot[] | undefined;
  let bestScore = 5; // the rate check must hold
  const width = columns.filter((col) => col !== 'reason').length;
  const cuts = cutFigures(c.label.replace(/^[:：]/, ''), width);
  for (const cut of cuts) {
    // As many figures as the row has columns, or one fewer (a score left empty).
    if (cut.length !== width && cut.length !== width - 1) continue;
    const slots = slotsOfCut(c, cut);
    const fit = fitRow(columns, slots);
    const score = plausibility(fit) + (sameDecimals(fit) ? 0.5 : 0);
    if (score > bestScore) {
      best = slots;
      bestScore = score;
    }
  }
  return best ?? rateless(c, cuts, columns, width);
}

/**
 * A row whose rate and score were left empty ("36.0036.0034.5610": 36.00 | 36.00 | 34.56 | 10) has no
 * rate to check a cut by. Its amounts written to the fen, as forms write them, cut it one way only:
 * taken where exactly one cut gives every amount two decimals and a plausible 分值.
 */
function rateless(
  c: StreamCell,
  cuts: string[][],
  columns: FundingColumn[],
  width: number,
): Slot[] | undefined {
  const fits = cuts.filter((cut) => {
    if (cut.length !== width - 2) return false;
    const fit = fitRow(columns, slotsOfCut(c, cut));
    const amounts = amountsAsWritten(fit);
    return (
      amounts.length >= 2 &&
      amounts.every((a) => /\.\d{2}$/.test(a)) &&
      !fit.has('rate') &&
      plausibility(fit) >= 0
    );
  });
  return fits.length === 1 ? slotsOfCut(c, fits[0]!) : undefined;
}

/** The figures of one cut of a glued cell, each a slot of its own. */
function slotsOfCut(c: StreamCell, cut: string[]): Slot[] {
  return cut.map((t) => slotOf({ ...c, raw: t, text: t, label: t }));
}

/** A reading's amounts (年初预算数, 全年预算数, 全年执行数) as the row writes them. */
function amountsAsWritten(byColumn: Map<FundingColumn, Slot>): string[] {
  return (['budget_initial', 'budget', 'executed'] as const).flatMap((col) => {
    const raw = byColumn.get(col)?.cell.raw;
    return raw ? [raw] : [];
  });
}

/** A form writes its amounts alike: "2456.18|2456.18|2456.18", not "2456.1|82456.1|82456.18". */
function sameDecimals(byColumn: Map<FundingColumn, Slot>): boolean {
  const decimals = amountsAsWritten(byColumn).map((raw) => raw.split('.')[1]?.length ?? 0);
  return decimals.length >= 2 && decimals.every((d) => d === decimals[0]);
}

/** Every order-keeping way to put m values into n columns. */
function* placements(n: number, m: number, start = 0): Generator<number[]> {
  if (m === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= n - m; i++) for (const rest of placements(n, m - 1, i + 1)) yield [i, ...rest];
}

/** How well a reading of a row agrees with the form's arithmetic; higher is better. */
function plausibility(byColumn: Map<FundingColumn, Slot>): number {
  let s = 0;
  for (const [col, slot] of byColumn) {
    if (slot.value === undefined) continue;
    if (slot.percent && col !== 'rate' && col !== 'note') s -= 10;
    if (col === 'rate' && slot.value.gt(200)) s -= 4;
    if (col === 'weight' && slot.value.gt(30)) s -= 3;
  }
  // The rate is of the full-year budget; a form with only 年初预算数 rates against that.
  const fullYear = byColumn.get('budget')?.value;
  const budget = fullYear ?? byColumn.get('budget_initial')?.value;
  const executed = byColumn.get('executed')?.value;
  const rate = byColumn.get('rate')?.value;
  // A rate of 0 beside an amount spent is no rate ("600588.6 | 98.1 | 0%" cut wrong).
  if (budget && executed && rate && budget.gt(0) && executed.gt(0) && rate.gt(0)) {
    const agrees = executed.div(budget).mul(100).minus(rate).abs().lte(0.6) || isRatioRate(byColumn);
    s += agrees ? (fullYear ? 6 : 5) : -2;
  }
  const weight = byColumn.get('weight')?.value;
  const score = byColumn.get('score')?.value;
  if (weight && score) s += score.lte(weight) ? 1 : -3;
  // A row states its amounts before it scores them: "8.00 | 8.00 | 7.60" under six columns is the budget
  // and the spending, not a budget, a 分值 and a 得分.
  if ((weight || score) && !(executed && budget)) s -= 2;
  return s;
}

/**
 * A rate written as a ratio ("执行率(B/A)" | 0.96, or 1 for all of it): the form's 执行数 ÷ 预算数 to two
 * places, where as a percentage it would not agree (the record states it in per cent: build.ts).
 */
function isRatioRate(byColumn: Map<FundingColumn, Slot>): boolean {
  const budget = byColumn.get('budget')?.value ?? byColumn.get('budget_initial')?.value;
  const executed = byColumn.get('executed')?.value;
  const rate = byColumn.get('rate');
  if (!budget?.gt(0) || !executed || !rate?.value || rate.percent || rate.value.gt(2)) return false;
  const ratio = executed.div(budget);
  return ratio.mul(100).minus(rate.value).abs().gt(0.6) && ratio.minus(rate.value).abs().lte(0.006);
}

/** Fit a row's value cells to the header's columns. */
export function fitRow(columns: FundingColumn[], slots: Slot[]): Map<FundingColumn, Slot> {
  const usable = columns.filter((c) => c !== 'reason');
  const asWritten = fitSlots(usable, slots);
  // Merged cells flattened to blanks interleave empty cells with the figures; read without them too.
  const figures = slots.filter((s) => s.value !== undefined);
  if (figures.length === slots.length) return asWritten;
  const withoutBlanks = fitSlots(usable, figures);
  return plausibility(withoutBlanks) > plausibility(asWritten) ? withoutBlanks : asWritten;
}

function fitSlots(usable: FundingColumn[], slots: Slot[]): Map<FundingColumn, Slot> {
  if (slots.length >= usable.length) {
    // As many figures as columns, or more (the next row's run on): as written, unless the row lost
    // a cell and the next row's first figure filled the gap ("…执行数 | 分值 | 得分 | 下一行…", no 执行率).
    const asWritten = new Map(usable.map((c, i) => [c, slots[i]!] as const));
    if (slots.some((s) => s.value === undefined)) return asWritten;
    const lostOne = fitSlots(usable, slots.slice(0, usable.length - 1));
    const moreThanHeader = figuresBeyondHeader(usable, slots.slice(0, usable.length + 2));
    let best = asWritten;
    for (const m of moreThanHeader ? [lostOne, moreThanHeader] : [lostOne])
      if (plausibility(m) > plausibility(best)) best = m;
    return plausibility(best) > plausibility(asWritten) + 2 ? best : asWritten;
  }
  let best: Map<FundingColumn, Slot> = new Map();
  let bestScore = -Infinity;
  for (const at of placements(usable.length, slots.length)) {
    const m = new Map(at.map((p, i) => [usable[p]!, slots[i]!] as const));
    // Among equals, keep the values to the left: a trailing score or weight is what gets left empty.
    const score = plausibility(m) - at.reduce((a, p, i) => a + (p - i), 0) * 0.01;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A row with a figure or two more than its header has columns, a column the header lost on the way
 * ("年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分" over "35.6 35.6 35.6 33.82 10 95% 9.5"): the columns
 * fitted to the figures that agree best with the form's arithmetic, in order.
 */
function figuresBeyondHeader(usable: FundingColumn[], slots: Slot[]): Map<FundingColumn, Slot> | undefined {
  if (slots.length <= usable.length) return undefined;
  let best: Map<FundingColumn, Slot> | undefined;
  let bestScore = -Infinity;
  for (const at of placements(slots.length, usable.length)) {
    const m = new Map(usable.map((c, i) => [c, slots[at[i]!]!] as const));
    const score = plausibility(m);
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/** The value cells after a row label, up to max of them. */
export function valuesAfter(cells: StreamCell[], j: number, max: number): Slot[] {
  const out: Slot[] = [];
  for (let k = j; k < cells.length && out.length < max; k++) {
    if (!isValueCell(cells[k])) break;
    out.push(slotOf(cells[k]!));
  }
  return out;
}

/**
 * The score of a closing 总分 row from its value cells. The maximum comes first ("总分 | 100 | 95.5");
 * a lone 100 is the maximum, its score left empty; "10096.4" is the maximum glued to the score. A
 * small figure without the maximum before it is a weight or the next row's number; after an
 * indicator table (合计) the maximum must be there.
 */
export function closingScore(slots: Slot[], afterTable: boolean): Decimal | undefined {
  const figures = slots.filter((s) => s.value);
  let first = figures[0]?.value;
  const gluedMax = figures[0]?.cell.label.match(/^100(\d{1,2}(?:\.\d{1,2})?)$/);
  if (first && first.gt(100) && gluedMax) {
    first = new Decimal(100);
    figures.splice(
      0,
      1,
      { ...figures[0]!, value: first },
      { ...figures[0]!, value: new Decimal(gluedMax[1]!) },
    );
    slots.splice(slots.indexOf(slots.find((s) => s.value)!), 1, ...figures.slice(0, 2));
  }
  if (first && first.eq(100)) {
    // The score follows the maximum; empty cells between are other columns (指标解释, 评分标准), and
    // a row with none after them left its score cell empty (no score). The maximum may be stated
    // again under a second weight column (自评权重 | … | 分值 | 得分: "总分 | 100 | … | 100 | 95").
    const after = slots.slice(slots.indexOf(figures[0]!) + 1).filter((s) => s.value);
    while (after.length > 1 && after[0]!.value!.eq(100)) after.shift();
    return after[0]?.value;
  }
  if (first && first.lte(100) && first.gte(PAIR_MINIMUM['overall.score']!) && !afterTable) return first;
  return undefined;
}

/**
 * A PDF that interleaved a form may set 总分 before the text cells of the rows it closes ("总分 质量指标
 * 有所提升 持续增加 8 7 88.21"): the score ends the run of figures after those cells, and is the
 * largest of them; the others are the last rows' scores.
 */
export function interleavedScore(cells: StreamCell[], i: number): Slot[] | undefined {
  let k = i + 1;
  for (let text = 0; k < cells.length && cellFigure(cells[k]) === undefined; k++) {
    if (cells[k]!.label !== '' && ++text > 6) return undefined;
  }
  const run = valuesAfter(cells, k, 8).filter((s) => s.value);
  const last = run[run.length - 1]?.value;
  if (run.length < 2 || !last || last.gt(100) || last.lt(PAIR_MINIMUM['overall.score']!))
    return totalBefore(cells, i);
  return run.slice(0, -1).every((s) => s.value!.lt(last)) ? run.slice(-1) : totalBefore(cells, i);
}

/**
 * Or after them, the 总分 row's figures set before the labels of the rows it closes ("…10 10 100 96.4
 * 产出指标 质量指标 … 满意度 总分"): a run of figures ending in the maximum 100 and then the score.
 */
function totalBefore(cells: StreamCell[], i: number): Slot[] | undefined {
  let k = i - 1;
  for (let text = 0; k >= 0 && cellFigure(cells[k]) === undefined; k--) {
    if (cells[k]!.label !== '' && ++text > 30) return undefined;
  }
  const score = k >= 1 ? slotOf(cells[k]!) : undefined;
  const max = k >= 1 ? cellFigure(cells[k - 1]) : undefined;
  if (!score?.value || !max?.value.eq(100) || score.percent) return undefined;
  return score.value.lte(100) && score.value.gte(PAIR_MINIMUM['overall.score']!) ? [score] : undefined;
}

/** The next filled cell, within three. */
export function nextFilled(cells: StreamCell[], i: number): StreamCell | undefined {
  for (let k = i + 1; k < Math.min(cells.length, i + 4); k++) if (cells[k]!.label !== '') return cells[k];
  return undefined;
}

/** A 等级 field and its word in one cell ("自评等级：良好"): the field words of GRADE_FIELD. */
const GRADE_IN_CELL = new RegExp(`${GRADE_FIELD.source.replace(/\$$/, '')}[:：]\\s*(\\S{1,2})$`);

/** The grade word a form's 等级 field states: "自评等级：良好" in one cell, or 自评等级 | 良好. */
export function gradeAt(cells: StreamCell[], i: number): string | undefined {
  const c = cells[i]!;
  const field = c.text.match(GRADE_IN_CELL);
  const word = (field ? field[2]! : GRADE_FIELD.test(c.label) ? nextFilled(cells, i)?.label : '')
    ?.replace(/^[:：]/, '')
    .replace(/["“”]/g, '');
  return word && CHECKBOX_OPTIONS.test(word) ? (word.match(TICKED_OPTION)?.[1] ?? word) : word;
}

/**
 * The grades a form offers as boxes to tick, the ticked one marked by the box's glyph after it (a converter
 * writes a ticked Wingdings box as "r" or "√"): "优r 良 中 差", "优 良√ 中 差".
 */
const OPTION = '(?:优秀|良好|一般|较差|合格|优|良|中|差)';
const CHECKBOX_OPTIONS = new RegExp(`^(?:${OPTION}\\s*[r√☑✓]?\\s*){3,}$`);
const TICKED_OPTION = new RegExp(`(${OPTION})\\s*[r√☑✓]`);
