// Bases and coverage: for each measure computed over only some rows of its fact, the count measure
// of the rows it uses (`known`) and of the rows it could use (`of`), and the same-base amounts
// (budget and executed over the unit-years that state both), so figures shown side by side agree.

import { SANGONG_PARTS, type SangongPart } from '../../scripts/model/fields';
import { agg, m, SCORE } from './measure-kit';
import type { FactId, MeasureBase, Text } from './types';

const BOTH = 'f.budget IS NOT NULL AND f.executed IS NOT NULL';
const SANGONG_BOTH = 'f.total IS NOT NULL AND f.budget IS NOT NULL';
const SANGONG_CHANGE = 'f.total IS NOT NULL AND f.prev_effective IS NOT NULL';

/** A coverage count: the rows where `expr` is known, or where a condition holds. */
function count<const I extends string>(
  id: I,
  fact: FactId,
  what: { known: string } | { where: string },
  zh: string,
  en: string,
) {
  const known = 'known' in what;
  return m(id, fact, 'integer', {
    label: { zh, en },
    agg: known ? agg.known(what.known) : agg.countWhere(what.where),
    description: { zh: `${zh}（覆盖面）`, en: `${en} (coverage)` },
    formula: (known ? `count(${what.known})` : `count where ${what.where}`).replace(/f\./g, ''),
  });
}

export const COVERAGE_MEASURES = [
  count(
    'budget_known',
    'unit_year',
    { known: 'f.budget' },
    '预算数已知的单位年度数',
    'Unit-years stating a budget',
  ),
  count(
    'executed_known',
    'unit_year',
    { known: 'f.executed' },
    '执行数已知的单位年度数',
    'Unit-years stating the amount executed',
  ),
  count(
    'rate_known',
    'unit_year',
    { where: BOTH },
    '预算与执行数均已知的单位年度数',
    'Unit-years stating both',
  ),
  count(
    'unit_rate_known',
    'unit_year',
    { known: 'f.execution_rate' },
    '执行率已知的单位年度数',
    'Unit-years with an execution rate',
  ),
  count(
    'score_known',
    'unit_year',
    { known: SCORE },
    '自评分已知的单位年度数',
    'Unit-years with a self-score',
  ),
  count(
    'grade_known',
    'unit_year',
    { known: 'f.grade' },
    '自评等级已知的单位年度数',
    'Unit-years with a grade',
  ),
  m('budget_matched', 'unit_year', 'amount', {
    label: { zh: '预算数（同口径）', en: 'Budget (matched)' },
    agg: agg.sumWhere('f.budget', BOTH),
    description: {
      zh: '预算数之和，只计预算与执行数都已知的单位年度（与执行率同口径）',
      en: 'Sum of budgets over unit-years stating both budget and executed (the base of the execution rate)',
    },
    formula: 'Σ budget where budget and executed are known',
  }),
  m('executed_matched', 'unit_year', 'amount', {
    label: { zh: '执行数（同口径）', en: 'Executed (matched)' },
    agg: agg.sumWhere('f.executed', BOTH),
    description: {
      zh: '执行数之和，只计预算与执行数都已知的单位年度（与执行率同口径）',
      en: 'Sum executed over unit-years stating both budget and executed (the base of the execution rate)',
    },
    formula: 'Σ executed where budget and executed are known',
  }),
  count(
    'sangong_known',
    'sangong',
    { known: 'f.total' },
    '三公经费已知的单位年度数',
    'Unit-years stating 三公',
  ),
  count(
    'sangong_budget_known',
    'sangong',
    { known: 'f.budget' },
    '三公预算已知的单位年度数',
    'Unit-years stating a 三公 budget',
  ),
  count(
    'sangong_control_known',
    'sangong',
    { where: SANGONG_BOTH },
    '三公支出与预算均已知的单位年度数',
    'Unit-years stating 三公 and its budget',
  ),
  count(
    'sangong_change_known',
    'sangong',
    { where: SANGONG_CHANGE },
    '三公本年与上年均已知的单位年度数',
    'Unit-years with 三公 this year and the year before',
  ),
  count(
    'project_budget_known',
    'project',
    { known: 'f.budget' },
    '预算数已知的项目数',
    'Projects stating a budget',
  ),
  count(
    'project_executed_known',
    'project',
    { known: 'f.executed' },
    '执行数已知的项目数',
    'Projects stating the amount executed',
  ),
  count(
    'project_rate_known',
    'project',
    { where: BOTH },
    '预算与执行数均已知的项目数',
    'Projects stating both',
  ),
];

function base(known: string, of: string, zh: string, en: string): MeasureBase {
  const label: Text = { zh, en };
  return { known, of, label };
}

const UNIT_YEARS = 'unit_year_count';
const budgetBase = base('budget_known', UNIT_YEARS, '预算数', 'Budget');
const executedBase = base('executed_known', UNIT_YEARS, '执行数', 'Executed');
const rateBase = base('rate_known', UNIT_YEARS, '预算与执行数', 'Budget and executed');
const unitRateBase = base('unit_rate_known', UNIT_YEARS, '执行率', 'Execution rate');
const scoreBase = base('score_known', UNIT_YEARS, '自评分', 'Self-score');
const gradeBase = base('grade_known', UNIT_YEARS, '自评等级', 'Grade');
const sangongBase = base('sangong_known', UNIT_YEARS, '三公经费', '三公');
const projectRate = base(
  'project_rate_known',
  'project_count',
  '项目预算与执行数',
  'Project budget and executed',
);

/** Each measure's base, by measure id. Counts of rows (unit_count, finding_count …) have none. */
export const BASES = {
  budget: budgetBase,
  executed: executedBase,
  execution_rate: rateBase,
  budget_matched: rateBase,
  executed_matched: rateBase,
  unit_rate_p10: unitRateBase,
  unit_rate_median: unitRateBase,
  unit_rate_p90: unitRateBase,
  units_below_threshold: unitRateBase,
  score_mean: scoreBase,
  score_median: scoreBase,
  grade_excellent: gradeBase,
  grade_good: gradeBase,
  grade_fair: gradeBase,
  grade_poor: gradeBase,
  sangong_total: sangongBase,
  ...(Object.fromEntries(SANGONG_PARTS.map((p) => [`sangong_${p}`, sangongBase])) as Record<
    `sangong_${SangongPart}`,
    MeasureBase
  >),
  sangong_budget: base('sangong_budget_known', UNIT_YEARS, '三公预算', '三公 budget'),
  sangong_control_rate: base('sangong_control_known', UNIT_YEARS, '三公支出与预算', '三公 and its budget'),
  sangong_prev_total: base('sangong_change_known', UNIT_YEARS, '三公本年与上年', '三公 both years'),
  sangong_change: base('sangong_change_known', UNIT_YEARS, '三公本年与上年', '三公 both years'),
  sangong_change_pct: base('sangong_change_known', UNIT_YEARS, '三公本年与上年', '三公 both years'),
  project_budget: base('project_budget_known', 'project_count', '项目预算数', 'Project budget'),
  project_executed: base('project_executed_known', 'project_count', '项目执行数', 'Project executed'),
  project_execution_rate: projectRate,
  project_rate_p10: projectRate,
  project_rate_median: projectRate,
  project_rate_p90: projectRate,
} as const satisfies Readonly<Record<string, MeasureBase>>;
