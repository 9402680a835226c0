// The record from what was read: the stated value of every key with its provenance, derived values
// in keys of their own (a score summed from the scoring table, a previous year's 三公 total worked
// out from stated changes), projects reconciled with the stated project total.

import Decimal from 'decimal.js';
import {
  emptyRecord,
  type EvaluationRecord,
  type Grade,
  type IndicatorRow,
  type Project,
  type SourceRef,
} from '../model/record';
import type { Candidate, FactBag } from './facts';
import { PREVIOUS_YEAR_KEY } from './fields';
import { decString } from './numbers';
import { ProjectBook } from './projects';
import type { Reading, Recognised } from './reading';

// ---------------------------------------------------------------- the record

function put(
  target: Record<string, string>,
  source: Record<string, SourceRef>,
  section: string,
  key: string,
  c: Candidate | undefined,
): void {
  if (!c) return;
  target[key] = decString(c.value);
  source[`${section}.${key}`] = c.source;
}

/** 公务用车购置及运行费 of nothing ("…均为0万元", "均未安排预算") is a purchase and a running cost of nothing. */
const VEHICLE_PARTS: [string, string[]][] = [
  ['sangong.vehicle_total', ['sangong.vehicle_purchase', 'sangong.vehicle_operation']],
  ['sangong.budget_vehicle_total', ['sangong.budget_vehicle_purchase', 'sangong.budget_vehicle_operation']],
];

function zeroParts(bag: Reading['bag']): void {
  for (const [whole, parts] of VEHICLE_PARTS) {
    const c = bag.best(whole);
    if (!c?.value.isZero()) continue;
    for (const part of parts) if (!bag.has(part)) bag.add(part, c.value, c.source, c.origin);
  }
}

/**
 * A rate a spreadsheet wrote as a fraction ("0.96", "1", "0.9315999746322632" for 96%, 100%, 93.16%):
 * where the amount executed over the budget is that fraction, it is the per cent it stands for.
 */
function rateAsPercent(x: {
  budget?: string;
  executed?: string;
  execution_rate?: string;
}): string | undefined {
  const { budget, executed, execution_rate: rate } = x;
  if (rate === undefined || !budget || !executed || new Decimal(budget).isZero()) return rate;
  const r = new Decimal(rate);
  if (r.lte(0) || r.gt(1.5)) return rate;
  const ratio = new Decimal(executed).div(budget);
  return ratio.minus(r).abs().lte(0.006) ? decString(r.mul(100).toDecimalPlaces(4)) : rate;
}

/** Does a rate as written (to its last digit) state `share` per cent? */
function statesShare(rate: Decimal, share: Decimal): boolean {
  const places = rate.decimalPlaces();
  return share
    .minus(rate)
    .abs()
    .lte(new Decimal(0.5).div(new Decimal(10).pow(places)));
}

/**
 * The rate that the amounts bear out, where a report states several ("专项资金支出823.4万元,预算执行率83%,
 * …总支出1364.72万元,执行率88%"): the one that is the spending over the budget. Where no amount executed
 * is stated, the spending total that is the stated rate of the budget is the amount executed, and a
 * report stating only 年初预算 rates against it: it is the budget too.
 */
function settleByRate(r: Reading, rec: EvaluationRecord): void {
  const o = rec.overall;
  const budget = o.budget ?? rec.finance.budget_initial;
  const spent = o.executed ?? rec.finance.expenditure_total;
  if (!budget || !spent || new Decimal(budget).isZero()) return;
  const share = new Decimal(spent).div(budget).mul(100);
  const rate = r.bag.all('overall.execution_rate').find((c) => statesShare(c.value, share));
  if (!rate) return;
  if (o.execution_rate !== decString(rate.value)) {
    o.execution_rate = decString(rate.value);
    rec.source['overall.execution_rate'] = rate.source;
  }
  if (o.budget === undefined) {
    o.budget = budget;
    rec.source['overall.budget'] = rec.source['finance.budget_initial']!;
  }
  if (o.executed === undefined) {
    o.executed = spent;
    rec.source['overall.executed'] = rec.source['finance.expenditure_total']!;
  }
}

export function buildRecord(
  r: Reading,
  unit: EvaluationRecord['unit'],
  year: number | undefined,
): Recognised {
  const rec: EvaluationRecord = { ...emptyRecord(unit), report_kinds: [...r.kinds] };
  if (year !== undefined) rec.year = year;
  const sections = ['overall', 'finance', 'sangong', 'staff', 'assets'] as const;
  // Values stated with a year ("2019年为0.25万元", a "2019年决算数" column): the report's year is
  // the value itself, the year before is the previous year's value where the record has a key for it.
  if (year !== undefined) {
    for (const tagged of r.bag.keys()) {
      const [key, y] = tagged.split('@') as [string, string | undefined];
      if (y === undefined) continue;
      const target = Number(y) === year ? key : Number(y) === year - 1 ? PREVIOUS_YEAR_KEY[key] : undefined;
      if (target) for (const c of r.bag.all(tagged)) r.bag.add(target, c.value, c.source, c.origin);
    }
  }
  zeroParts(r.bag);
  preferWholeAppropriation(r.bag);
  preferWholeSpending(r.bag);
  for (const key of r.bag.keys()) {
    if (key.includes('@')) continue;
    const [section, field] = key.split('.') as [string, string];
    if (!(sections as readonly string[]).includes(section)) continue;
    put(
      rec[section as (typeof sections)[number]] as Record<string, string>,
      rec.source,
      section,
      field,
      r.bag.best(key),
    );
  }
  // The scoring table's total is the overall score where no other statement gives it.
  if (r.indicatorTotal?.score !== undefined && rec.overall.score === undefined) {
    rec.overall.score = decString(r.indicatorTotal.score);
    rec.source['overall.score'] = r.indicatorTotal.source;
  }
  if (r.indicatorTotal?.score !== undefined)
    r.bag.add('overall.score', r.indicatorTotal.score, r.indicatorTotal.source, 'table');
  if (r.grades.length) {
    rec.overall.grade = r.grades[0]!.grade as Grade;
    rec.source['overall.grade'] = r.grades[0]!.source;
  }
  if (rec.overall.score === undefined && r.indicators.some((i) => i.score !== undefined)) {
    const sum = r.indicators.reduce((s, i) => (i.score ? s.plus(i.score) : s), new Decimal(0));
    rec.overall.derived_score = decString(sum);
  }
  const overallRate = rateAsPercent(rec.overall);
  if (overallRate !== undefined) rec.overall.execution_rate = overallRate;
  settleByRate(r, rec);
  if (rec.overall.budget && rec.overall.executed && !new Decimal(rec.overall.budget).isZero()) {
    rec.overall.execution_rate_derived = decString(
      new Decimal(rec.overall.executed).div(rec.overall.budget).mul(100).toDecimalPlaces(4),
    );
  }
  // A previous year's 三公 total worked out from stated changes.
  if (rec.sangong.total !== undefined && rec.sangong.prev_total === undefined) {
    const total = r.changes.best('sangong.total');
    const parts = ['sangong.abroad', 'sangong.vehicle_total', 'sangong.reception'];
    const partChanges = parts.map((k) => r.changes.best(k));
    let change: Decimal | undefined = total?.value;
    if (!change && partChanges.every((c) => c))
      change = partChanges.reduce((s, c) => s.plus(c!.value), new Decimal(0));
    if (!change && r.changes.best('sangong.vehicle_total') === undefined) {
      const split = [
        r.changes.best('sangong.abroad'),
        r.changes.best('sangong.vehicle_purchase'),
        r.changes.best('sangong.vehicle_operation'),
        r.changes.best('sangong.reception'),
      ];
      if (split.every((c) => c)) change = split.reduce((s, c) => s.plus(c!.value), new Decimal(0));
    }
    if (change) rec.sangong.prev_total_derived = decString(new Decimal(rec.sangong.total).minus(change));
  }
  rec.quarterly = dedupeQuarters(r.quarterly);
  rec.indicators = r.indicators.map((i) => {
    const row: IndicatorRow = { name: i.name, path: i.path, source: i.source };
    if (i.weight !== undefined) row.weight = decString(i.weight);
    if (i.score !== undefined) row.score = decString(i.score);
    return row;
  });
  // A department evaluation (部门评价) that names no project is about the project it lists, or,
  // when it lists several, about the one whose budget and spending its text states.
  const evaluated = deptEvaluatedProject(r);
  if (evaluated) {
    const name = evaluated;
    for (const c of r.bag.all('project.dept_eval_score'))
      r.projects.add(name, 'dept_eval_score', c.value, c.source, c.origin);
    for (const d of r.deptEvalScores) r.projects.add(name, 'dept_eval_score', d.value, d.source, 'table');
  }
  reconcileProjectSpending(r, rec.finance.project);
  rec.projects = r.projects.all().flatMap((p) => buildProject(p));
  return { record: rec, reading: r };
}

function deptEvaluatedProject(r: Reading): string | undefined {
  const listed = [...new Set(r.deptEvalProjects)];
  if (listed.length <= 1) return listed[0];
  const scored = listed.map((name) => {
    const p = r.projects.get(name);
    const figures = ['budget', 'executed']
      .map((k) => p.facts.best(k)?.value)
      .filter((v): v is Decimal => !!v);
    return { name, hits: figures.filter((f) => r.projectAmounts.some((a) => a.eq(f))).length };
  });
  scored.sort((a, b) => b.hits - a.hits);
  return scored[0]!.hits > 0 && scored[0]!.hits > (scored[1]?.hits ?? 0) ? scored[0]!.name : undefined;
}

/** A sentence on the department's whole spending (部门整体支出…执行数, 执行率). */
const WHOLE_SPENDING = /(部门|单位)整体支出|整体支出(绩效)?(自评|评价)?[^。]{0,12}(预算|执行)/;

/**
 * The unit's execution stated twice in sentences, once of its fiscal funds ("一般公共预算财政拨款支出决算
 * 为X万元，完成预算的R%") and once of its whole spending ("部门整体支出…执行数Y万元，预算执行率R%"): the
 * whole is the unit's; the other stays a statement for the checks.
 */
function preferWholeSpending(bag: FactBag): void {
  for (const key of ['overall.executed', 'overall.execution_rate', 'overall.budget']) {
    const best = bag.best(key);
    if (!best || best.origin !== 'sentence' || WHOLE_SPENDING.test(best.source.text)) continue;
    const whole = bag.all(key).find((c) => c.origin === 'sentence' && WHOLE_SPENDING.test(c.source.text));
    if (whole && !whole.value.eq(best.value)) bag.prefer(key, whole);
  }
}

/**
 * The appropriation stated twice, once of the general budget alone ("其中:一般公共预算财政拨款收入6,812.40
 * 万元…政府性基金预算财政拨款收入…") and once whole ("财政拨款收入8,312.40万元"): the whole is the unit's.
 */
function preferWholeAppropriation(bag: FactBag): void {
  const key = 'finance.fiscal_appropriation';
  const best = bag.best(key);
  if (!best || best.origin !== 'sentence' || !GENERAL_APPROPRIATION.test(best.source.text)) return;
  const whole = bag
    .all(key)
    .find(
      (c) => c.origin === 'sentence' && WHOLE_APPROPRIATION.test(c.source.text) && c.value.gt(best.value),
    );
  if (whole) bag.prefer(key, whole);
}
const GENERAL_APPROPRIATION = /一般公共预算(?:财政)?拨款收入/;
const WHOLE_APPROPRIATION = /(?:^|[^算金])财政拨款收入(?:合计|总计)?(?:为|是)?\d/;

/**
 * Where a project's spending is stated twice with different values, the value that makes the
 * projects add up to the stated project total (项目支出) is the stated one; the other stays a
 * statement for the checks to report.
 */
function reconcileProjectSpending(r: Reading, projectTotal: string | undefined): void {
  if (projectTotal === undefined) return;
  const target = new Decimal(projectTotal);
  const all = r.projects.all();
  const base = all.reduce((s, p) => s.plus(p.facts.best('executed')?.value ?? 0), new Decimal(0));
  if (base.minus(target).abs().lte(0.01)) return;
  for (const p of all) {
    const best = p.facts.best('executed');
    if (!best) continue;
    for (const alt of p.facts.all('executed')) {
      if (alt.value.eq(best.value)) continue;
      if (base.minus(best.value).plus(alt.value).minus(target).abs().lte(0.01)) {
        p.facts.prefer('executed', alt);
        return;
      }
    }
  }
}

function dedupeQuarters(qs: Reading['quarterly']): EvaluationRecord['quarterly'] {
  const out = new Map<number, EvaluationRecord['quarterly'][number]>();
  for (const q of qs) {
    if (!out.has(q.quarter))
      out.set(q.quarter, {
        quarter: q.quarter as 1 | 2 | 3 | 4,
        progress: decString(q.value),
        source: q.source,
      });
  }
  return [...out.values()].sort((a, b) => a.quarter - b.quarter);
}

function buildProject(p: ReturnType<ProjectBook['all']>[number]): Project[] {
  const has = ['budget', 'executed', 'execution_rate', 'score', 'returned'].some((k) => p.facts.has(k));
  if (!has) return [];
  const out: Project = { name: p.name, source: {} };
  if (p.category) out.category = p.category;
  for (const k of ['budget', 'executed', 'returned', 'execution_rate', 'score'] as const) {
    const c = p.facts.best(k);
    if (c) {
      out[k] = decString(c.value);
      out.source![k] = c.source;
    }
  }
  const rate = rateAsPercent(out);
  if (rate !== undefined) out.execution_rate = rate;
  if (out.budget && out.executed && !new Decimal(out.budget).isZero()) {
    out.execution_rate_derived = decString(
      new Decimal(out.executed).div(out.budget).mul(100).toDecimalPlaces(4),
    );
  }
  if (p.indicators.length) out.indicators = p.indicators;
  return [out];
}
