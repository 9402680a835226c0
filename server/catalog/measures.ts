// This module is a data table: every measure once, with its label, unit, format, one aggregate
// expression (measure-kit.ts derives its SQL forms), description and formula; the API, the rollups
// and the dashboard read it. Measures over a declared field take its label and unit; rates are
// composed from two sums (`{executed} / {budget}`: a ratio of sums over the rows where both are
// known, never a mean of rates); the distribution of per-unit rates is a measure of its own.
// `MeasureId` is the union of the ids: a page naming a measure that is not here fails to compile.

import { field, SANGONG_PARTS } from '../../scripts/model/fields';
import { GRADES } from '../../scripts/model/rules';
import { agg, composer, fieldSum, m, SCORE } from './measure-kit';
import { BASES, COVERAGE_MEASURES } from './coverage';
import { PEER_MEASURES } from './peers';
import type { Measure, Text } from './types';

const THRESHOLD = '{threshold}';

/** The sums rates are composed from. */
const SUMS = [
  fieldSum('budget', 'unit_year', 'overall.budget', {
    zh: '部门整体全年预算数（调整后）',
    en: 'Department-wide budget for the year (adjusted)',
  }),
  fieldSum('executed', 'unit_year', 'overall.executed', {
    zh: '部门整体全年执行数',
    en: 'Amount executed in the year',
  }),
  fieldSum('staff_in_service', 'unit_year', 'staff.in_service', {
    zh: '在职人数之和',
    en: 'Sum of staff in service',
  }),
  fieldSum('sangong_total', 'sangong', 'sangong.total', {
    zh: '三公经费财政拨款支出合计',
    en: 'Spending on travel abroad, vehicles and reception',
  }),
  ...SANGONG_PARTS.map((id) => {
    const { label } = field(`sangong.${id}`);
    return fieldSum(`sangong_${id}`, 'sangong', `sangong.${id}`, {
      zh: `三公经费中的${label.zh}`,
      en: `三公 spending on ${label.en.toLowerCase()}`,
    });
  }),
  fieldSum('sangong_budget', 'sangong', 'sangong.budget', {
    zh: '三公经费预算数',
    en: 'Budget for 三公 spending',
  }),
  m('sangong_prev_total', 'sangong', 'amount', {
    label: { zh: '上年三公经费', en: '三公 previous year' },
    agg: agg.sumWhere('f.prev_effective', 'f.total IS NOT NULL'),
    description: {
      zh: '上年三公经费：报告写明的上年数，否则由写明的增减额推算，否则取该单位上一年度的数据',
      en: "Previous year's total: as stated, else derived from a stated change, else the unit's own row of the year before",
    },
    formula: 'Σ prev_total (where this year is known)',
  }),
  m('sangong_change', 'sangong', 'amount', {
    label: { zh: '三公经费同比增减', en: '三公 change' },
    agg: agg.sum('f.total - f.prev_effective'),
    description: { zh: '三公经费比上年增减额', en: 'Change of 三公 spending against the year before' },
    formula: 'Σ (total − prev_total)',
  }),
  fieldSum('project_budget', 'project', 'project.budget', {
    zh: '项目全年预算数之和',
    en: 'Sum of project budgets',
  }),
  fieldSum('project_executed', 'project', 'project.executed', {
    zh: '项目全年执行数之和',
    en: 'Sum of project amounts executed',
  }),
];

const ratio = composer(SUMS);

/** P10, median and P90 of the execution rates of a fact's rows (units or projects): the distribution. */
function rateQuantiles<const P extends string>(prefix: P, fact: 'unit_year' | 'project', who: Text) {
  const Who = `${who.en[0]!.toUpperCase()}${who.en.slice(1)}`;
  return (
    [
      ['p10', 0.1, 'P10', '10th percentile'],
      ['median', 0.5, '中位数', 'median'],
      ['p90', 0.9, 'P90', '90th percentile'],
    ] as const
  ).map(([id, q, zh, en]) =>
    m(`${prefix}_${id}`, fact, 'percent', {
      label: { zh: `${who.zh}执行率${zh}`, en: `${Who} rate ${en}` },
      agg: agg.quantile('f.execution_rate', q),
      description: { zh: `各${who.zh}执行率分布的${zh}`, en: `The ${en} of per-${who.en} execution rates` },
      formula: `quantile_cont(${fact === 'project' ? 'project ' : ''}execution_rate, ${q})`,
    }),
  );
}

const CORE = [
  // — unit-years —
  m('unit_count', 'unit_year', 'integer', {
    label: { zh: '单位数', en: 'Units' },
    agg: agg.units(),
    description: { zh: '有年度数据的单位个数', en: 'Units with data for the year(s)' },
    formula: 'count distinct unit',
    unit: '家',
  }),
  m('unit_year_count', 'unit_year', 'integer', {
    label: { zh: '单位年度数', en: 'Unit-years' },
    agg: agg.rows(),
    description: { zh: '单位×年度记录数', en: 'Unit-year records' },
    formula: 'count unit-year rows',
  }),
  ...SUMS,
  ratio('execution_rate', '{executed} / {budget}', 'percent', {
    label: { zh: '预算执行率', en: 'Execution rate' },
    description: {
      zh: '执行数之和除以预算数之和（只计两者都已知的单位年度）',
      en: 'Sum executed over sum budgeted, over unit-years where both are known',
    },
  }),
  ratio('budget_per_staff', '{budget} / {staff_in_service}', 'amount', {
    label: { zh: '人均预算数', en: 'Budget per staff member' },
    unit: '万元/人',
    description: {
      zh: '预算数之和除以在职人数之和（只计两者都已知的单位年度）',
      en: 'Sum of budgets over sum of staff in service, over unit-years stating both',
    },
  }),
  ...rateQuantiles('unit_rate', 'unit_year', { zh: '单位', en: 'unit' }),
  m('units_below_threshold', 'unit_year', 'integer', {
    label: { zh: '执行率低于阈值的单位数', en: 'Units below threshold' },
    agg: agg.units(`f.execution_rate < ${THRESHOLD}`),
    description: {
      zh: '执行率低于阈值（参数 threshold）的单位个数',
      en: 'Units whose execution rate is below the threshold (parameter threshold)',
    },
    formula: 'count distinct unit where execution_rate < threshold',
    unit: '家',
  }),
  m('score_mean', 'unit_year', 'score', {
    label: { zh: '平均自评分', en: 'Mean self-score' },
    agg: agg.mean(SCORE, 3),
    description: {
      zh: '自评总分的平均值（未写明总分时取评分表合计）',
      en: 'Mean stated total score (the scoring table sum where none is stated)',
    },
    formula: 'mean(coalesce(score, score_derived))',
  }),
  m('score_median', 'unit_year', 'score', {
    label: { zh: '自评分中位数', en: 'Median self-score' },
    agg: agg.quantile(SCORE, 0.5, 3),
    description: { zh: '自评总分的中位数', en: 'Median of the total self-scores' },
    formula: 'quantile_cont(coalesce(score, score_derived), 0.5)',
  }),
  ...GRADES.map(({ grade, id }) =>
    m(`grade_${id}`, 'unit_year', 'integer', {
      label: { zh: `${grade}单位年度数`, en: `Graded ${id}` },
      agg: agg.countWhere(`f.grade = '${grade}'`),
      description: { zh: `自评等级为${grade}的单位年度数`, en: `Unit-years graded ${grade} (${id})` },
      formula: `count where grade = ${grade}`,
    }),
  ),
  // — 三公经费 —
  ratio('sangong_control_rate', '{sangong_total} / {sangong_budget}', 'percent', {
    label: { zh: '三公经费控制率', en: '三公 control rate' },
    description: {
      zh: '三公经费支出之和除以其预算之和（两者都已知的单位年度）',
      en: 'Sum of 三公 spending over its budget, where both are known',
    },
  }),
  ratio('sangong_change_pct', '{sangong_change} / {sangong_prev_total}', 'percent', {
    label: { zh: '三公经费同比增减率', en: '三公 change %' },
    description: {
      zh: '三公经费增减额之和除以上年数之和（两年都已知的单位）',
      en: 'Sum of changes over sum of previous-year totals, where both years are known',
    },
  }),
  m('sangong_rise_count', 'sangong', 'integer', {
    label: { zh: '三公经费上升单位数', en: 'Units with 三公 rising' },
    agg: agg.countWhere('f.total > f.prev_effective'),
    description: {
      zh: '三公经费比上年上升的单位年度数',
      en: 'Unit-years whose 三公 spending rose against the year before',
    },
    formula: 'count where total > prev_total',
  }),
  // — projects —
  m('project_count', 'project', 'integer', {
    label: { zh: '项目数', en: 'Projects' },
    agg: agg.rows(),
    description: { zh: '项目支出个数', en: 'Number of projects' },
    formula: 'count projects',
  }),
  ratio('project_execution_rate', '{project_executed} / {project_budget}', 'percent', {
    label: { zh: '项目执行率', en: 'Project execution rate' },
    description: {
      zh: '项目执行数之和除以预算数之和（两者都已知的项目）',
      en: 'Sum executed over sum budgeted, over projects where both are known',
    },
  }),
  ...rateQuantiles('project_rate', 'project', { zh: '项目', en: 'project' }),
  m('projects_below_threshold', 'project', 'integer', {
    label: { zh: '执行率低于阈值的项目数', en: 'Projects below threshold' },
    agg: agg.countWhere(`f.execution_rate < ${THRESHOLD}`),
    description: {
      zh: '执行率低于阈值（参数 threshold）的项目个数',
      en: 'Projects whose execution rate is below the threshold',
    },
    formula: 'count where execution_rate < threshold',
  }),
  // — findings and documents —
  m('finding_count', 'finding', 'integer', {
    label: { zh: '数据问题数', en: 'Findings' },
    agg: agg.rows(),
    description: { zh: '数据核验发现的问题条数', en: 'Findings recorded by the data checks' },
    formula: 'count findings',
    unit: '条',
  }),
  m('document_count', 'document', 'integer', {
    label: { zh: '文档数', en: 'Documents' },
    agg: agg.distinct('f.doc_id'),
    description: { zh: '入库的文档个数', en: 'Ingested documents' },
    formula: 'count distinct document',
    unit: '份',
  }),
];

const FACT_ORDER = ['unit_year', 'sangong', 'project', 'finding', 'document'];
const byFact = (a: Measure, b: Measure) => FACT_ORDER.indexOf(a.fact) - FACT_ORDER.indexOf(b.fact);
const ALL = [...CORE.sort(byFact), ...COVERAGE_MEASURES, ...PEER_MEASURES];

/** Every measure id: a union, so that naming a missing measure fails to compile. */
export type MeasureId = (typeof ALL)[number]['id'];

/** Every measure, each with the base (rows it is computed over) the catalog declares for it. */
export const MEASURES: readonly Measure<MeasureId>[] = ALL.map((x) => {
  const base = BASES[x.id as keyof typeof BASES];
  return base ? { ...x, base } : x;
});
