// This module is a data table: the bases and coverage measures, one declaration each. For each
// measure computed over only some rows of its fact, the count measure of the rows it uses (`known`)
// and of the rows it could use (`of`), and the same-base amounts (budget and executed over the
// unit-years that state both), so figures shown side by side agree. Each base is declared once, with
// the count behind it; the count's label is said from the base's. measures.ts reads it into the
// catalog; its only code is the two row constructors, covered() and matched().

import { field, SANGONG_PARTS, type SangongPart } from '../../scripts/model/fields';
import { agg, m, SCORE } from './measure-kit';
import type { FactId, Measure, MeasureBase, Text } from './types';

const BOTH = 'f.budget IS NOT NULL AND f.executed IS NOT NULL';

/** What the rows of a fact are called, and the measure counting them all (a base's `of`). */
const ROWS = {
  unit_year: { of: 'unit_year_count', zh: '单位年度', en: 'Unit-years' },
  sangong: { of: 'unit_year_count', zh: '单位年度', en: 'Unit-years' },
  project: { of: 'project_count', zh: '项目', en: 'Projects' },
} as const;

/**
 * A base: the rows of `fact` where `expr` is known (or where a condition holds), counted by the
 * coverage measure `id` ("预算数已知的单位年度数", "Unit-years stating a budget"). `label` names the
 * figure (a project's without 项目 in the count's name); `en` says what the rows state.
 */
function covered<const I extends string>(
  id: I,
  fact: keyof typeof ROWS,
  what: { known: string } | { where: string },
  label: Text,
  en: string,
): { count: Measure<I>; base: MeasureBase } {
  const rows = ROWS[fact];
  const known = 'known' in what;
  const zh = `${label.zh.replace(/^项目(?=.)/, '')}${known ? '' : '均'}已知的${rows.zh}数`;
  const count = m(id, fact as FactId, 'integer', {
    label: { zh, en: `${rows.en} ${en}` },
    agg: known ? agg.known(what.known) : agg.countWhere(what.where),
    description: { zh: `${zh}（覆盖面）`, en: `${rows.en} ${en} (coverage)` },
    formula: (known ? `count(${what.known})` : `count where ${what.where}`).replace(/f\./g, ''),
  });
  return { count, base: { known: id, of: rows.of, label } };
}

const budget = covered(
  'budget_known',
  'unit_year',
  { known: 'f.budget' },
  field('overall.budget').label,
  'stating a budget',
);
const executed = covered(
  'executed_known',
  'unit_year',
  { known: 'f.executed' },
  field('overall.executed').label,
  'stating the amount executed',
);
const rate = covered(
  'rate_known',
  'unit_year',
  { where: BOTH },
  { zh: '预算与执行数', en: 'Budget and executed' },
  'stating both',
);
const unitRate = covered(
  'unit_rate_known',
  'unit_year',
  { known: 'f.execution_rate' },
  { zh: '执行率', en: 'Execution rate' },
  'with an execution rate',
);
const score = covered(
  'score_known',
  'unit_year',
  { known: SCORE },
  { zh: '自评分', en: 'Self-score' },
  'with a self-score',
);
const grade = covered(
  'grade_known',
  'unit_year',
  { known: 'f.grade' },
  field('overall.grade').label,
  'with a grade',
);
const sangong = covered(
  'sangong_known',
  'sangong',
  { known: 'f.total' },
  { zh: '三公经费', en: '三公' },
  'stating 三公',
);
const sangongBudget = covered(
  'sangong_budget_known',
  'sangong',
  { known: 'f.budget' },
  { zh: '三公预算', en: '三公 budget' },
  'stating a 三公 budget',
);
const sangongControl = covered(
  'sangong_control_known',
  'sangong',
  { where: 'f.total IS NOT NULL AND f.budget IS NOT NULL' },
  { zh: '三公支出与预算', en: '三公 and its budget' },
  'stating 三公 and its budget',
);
const sangongChange = covered(
  'sangong_change_known',
  'sangong',
  { where: 'f.total IS NOT NULL AND f.prev_effective IS NOT NULL' },
  { zh: '三公本年与上年', en: '三公 both years' },
  'with 三公 this year and the year before',
);
const projectBudget = covered(
  'project_budget_known',
  'project',
  { known: 'f.budget' },
  field('project.budget').label,
  'stating a budget',
);
const projectExecuted = covered(
  'project_executed_known',
  'project',
  { known: 'f.executed' },
  field('project.executed').label,
  'stating the amount executed',
);
const projectRate = covered(
  'project_rate_known',
  'project',
  { where: BOTH },
  { zh: '项目预算与执行数', en: 'Project budget and executed' },
  'stating both',
);

/** A sum over the unit-years stating both budget and executed: the execution rate's own base. */
function matched<const I extends string>(id: I, column: 'budget' | 'executed', label: Text, en: string) {
  return m(id, 'unit_year', 'amount', {
    label,
    agg: agg.sumWhere(`f.${column}`, BOTH),
    description: {
      zh: `${field(`overall.${column}`).label.zh}之和，只计预算与执行数都已知的单位年度（与执行率同口径）`,
      en: `${en} over unit-years stating both budget and executed (the base of the execution rate)`,
    },
    formula: `Σ ${column} where budget and executed are known`,
  });
}

export const COVERAGE_MEASURES = [
  ...[budget, executed, rate, unitRate, score, grade].map((c) => c.count),
  matched('budget_matched', 'budget', { zh: '预算数（同口径）', en: 'Budget (matched)' }, 'Sum of budgets'),
  matched(
    'executed_matched',
    'executed',
    { zh: '执行数（同口径）', en: 'Executed (matched)' },
    'Sum executed',
  ),
  ...[sangong, sangongBudget, sangongControl, sangongChange].map((c) => c.count),
  ...[projectBudget, projectExecuted, projectRate].map((c) => c.count),
];

/** Each measure's base, by measure id. Counts of rows (unit_count, finding_count …) have none. */
export const BASES = {
  budget: budget.base,
  executed: executed.base,
  execution_rate: rate.base,
  budget_matched: rate.base,
  executed_matched: rate.base,
  unit_rate_p10: unitRate.base,
  unit_rate_median: unitRate.base,
  unit_rate_p90: unitRate.base,
  units_below_threshold: unitRate.base,
  score_mean: score.base,
  score_median: score.base,
  grade_excellent: grade.base,
  grade_good: grade.base,
  grade_fair: grade.base,
  grade_poor: grade.base,
  sangong_total: sangong.base,
  ...(Object.fromEntries(SANGONG_PARTS.map((p) => [`sangong_${p}`, sangong.base])) as Record<
    `sangong_${SangongPart}`,
    MeasureBase
  >),
  sangong_budget: sangongBudget.base,
  sangong_control_rate: sangongControl.base,
  sangong_prev_total: sangongChange.base,
  sangong_change: sangongChange.base,
  sangong_change_pct: sangongChange.base,
  project_budget: projectBudget.base,
  project_executed: projectExecuted.base,
  project_execution_rate: projectRate.base,
  project_rate_p10: projectRate.base,
  project_rate_median: projectRate.base,
  project_rate_p90: projectRate.base,
} as const satisfies Readonly<Record<string, MeasureBase>>;
