// Every measure once: label, unit, format, aggregate SQL, description and formula.
// Rates are ratios of sums (Σ executed / Σ budget over rows where both are known), never means of
// rates; the distribution of per-unit rates is a measure of its own (median, p10, p90).

import { m, quantile, ratioOfSums, rowRatio, rowValue, SANGONG_PARTS, SCORE } from './measure-kit';
import { BASES, COVERAGE_MEASURES } from './coverage';
import { PEER_MEASURES } from './peers';
import type { Measure } from './types';

const CORE: readonly Measure[] = [
  // — unit-years —
  m(
    'unit_count',
    'unit_year',
    'integer',
    {
      label: { zh: '单位数', en: 'Units' },
      sql: 'count(DISTINCT f.unit_id)',
      sqlWithinYear: 'count(*)',
      rowSql: '1',
      description: { zh: '有年度数据的单位个数', en: 'Units with data for the year(s)' },
      formula: 'count distinct unit',
    },
    '家',
  ),
  m('unit_year_count', 'unit_year', 'integer', {
    label: { zh: '单位年度数', en: 'Unit-years' },
    sql: 'count(*)',
    rowSql: '1',
    description: { zh: '单位×年度记录数', en: 'Unit-year records' },
    formula: 'count unit-year rows',
  }),
  m('budget', 'unit_year', 'amount', {
    label: { zh: '预算数', en: 'Budget' },
    sql: 'sum(f.budget)',
    rowSql: 'f.budget',
    description: { zh: '部门整体全年预算数（调整后）', en: 'Department-wide budget for the year (adjusted)' },
    formula: 'Σ budget',
  }),
  m('executed', 'unit_year', 'amount', {
    label: { zh: '执行数', en: 'Executed' },
    sql: 'sum(f.executed)',
    rowSql: 'f.executed',
    description: { zh: '部门整体全年执行数', en: 'Amount executed in the year' },
    formula: 'Σ executed',
  }),
  m('execution_rate', 'unit_year', 'percent', {
    label: { zh: '预算执行率', en: 'Execution rate' },
    sql: ratioOfSums('f.executed', 'f.budget'),
    rowSql: rowRatio('f.executed', 'f.budget'),
    description: {
      zh: '执行数之和除以预算数之和（只计两者都已知的单位年度）',
      en: 'Sum executed over sum budgeted, over unit-years where both are known',
    },
    formula: 'Σ executed / Σ budget × 100',
  }),
  m('unit_rate_p10', 'unit_year', 'percent', {
    label: { zh: '单位执行率P10', en: 'Unit rate p10' },
    sql: quantile('f.execution_rate', 0.1),
    rowSql: rowValue('f.execution_rate'),
    description: { zh: '各单位执行率分布的第10百分位', en: '10th percentile of per-unit execution rates' },
    formula: 'quantile_cont(execution_rate, 0.1)',
  }),
  m('unit_rate_median', 'unit_year', 'percent', {
    label: { zh: '单位执行率中位数', en: 'Median unit rate' },
    sql: quantile('f.execution_rate', 0.5),
    rowSql: rowValue('f.execution_rate'),
    description: { zh: '各单位执行率的中位数', en: 'Median of per-unit execution rates' },
    formula: 'quantile_cont(execution_rate, 0.5)',
  }),
  m('unit_rate_p90', 'unit_year', 'percent', {
    label: { zh: '单位执行率P90', en: 'Unit rate p90' },
    sql: quantile('f.execution_rate', 0.9),
    rowSql: rowValue('f.execution_rate'),
    description: { zh: '各单位执行率分布的第90百分位', en: '90th percentile of per-unit execution rates' },
    formula: 'quantile_cont(execution_rate, 0.9)',
  }),
  m(
    'units_below_threshold',
    'unit_year',
    'integer',
    {
      label: { zh: '执行率低于阈值的单位数', en: 'Units below threshold' },
      sql: 'count(DISTINCT f.unit_id) FILTER (WHERE f.execution_rate < {threshold})',
      sqlWithinYear: 'count(*) FILTER (WHERE f.execution_rate < {threshold})',
      rowSql: 'CASE WHEN f.execution_rate < {threshold} THEN 1 ELSE 0 END',
      description: {
        zh: '执行率低于阈值（参数 threshold，默认80%）的单位个数',
        en: 'Units whose execution rate is below the threshold (parameter threshold, default 80 %)',
      },
      formula: 'count distinct unit where execution_rate < threshold',
    },
    '家',
  ),
  m('score_mean', 'unit_year', 'score', {
    label: { zh: '平均自评分', en: 'Mean self-score' },
    sql: `CAST(avg(${SCORE}) AS DECIMAL(18,3))`,
    rowSql: rowValue(SCORE, 3),
    description: {
      zh: '自评总分的平均值（未写明总分时取评分表合计）',
      en: 'Mean stated total score (the scoring table sum where none is stated)',
    },
    formula: 'mean(coalesce(score, score_derived))',
  }),
  m('score_median', 'unit_year', 'score', {
    label: { zh: '自评分中位数', en: 'Median self-score' },
    sql: quantile(SCORE, 0.5, 3),
    rowSql: rowValue(SCORE, 3),
    description: { zh: '自评总分的中位数', en: 'Median of the total self-scores' },
    formula: 'quantile_cont(coalesce(score, score_derived), 0.5)',
  }),
  ...(
    [
      ['grade_excellent', '优秀', 'excellent'],
      ['grade_good', '良好', 'good'],
      ['grade_fair', '一般', 'fair'],
      ['grade_poor', '较差', 'poor'],
    ] as const
  ).map(([id, zh, en]) =>
    m(id, 'unit_year', 'integer', {
      label: { zh: `${zh}单位年度数`, en: `Graded ${en}` },
      sql: `count(*) FILTER (WHERE f.grade = '${zh}')`,
      rowSql: `CASE WHEN f.grade = '${zh}' THEN 1 ELSE 0 END`,
      description: { zh: `自评等级为${zh}的单位年度数`, en: `Unit-years graded ${zh} (${en})` },
      formula: `count where grade = ${zh}`,
    }),
  ),
  // — 三公经费 —
  m('sangong_total', 'sangong', 'amount', {
    label: { zh: '三公经费', en: '三公 total' },
    sql: 'sum(f.total)',
    rowSql: 'f.total',
    description: { zh: '三公经费财政拨款支出合计', en: 'Spending on travel abroad, vehicles and reception' },
    formula: 'Σ total',
  }),
  ...SANGONG_PARTS.map(([id, zh, en]) =>
    m(`sangong_${id}`, 'sangong', 'amount', {
      label: { zh, en: `三公: ${en}` },
      sql: `sum(f.${id})`,
      rowSql: `f.${id}`,
      description: { zh: `三公经费中的${zh}`, en: `三公 spending on ${en}` },
      formula: `Σ ${id}`,
    }),
  ),
  m('sangong_budget', 'sangong', 'amount', {
    label: { zh: '三公经费预算', en: '三公 budget' },
    sql: 'sum(f.budget)',
    rowSql: 'f.budget',
    description: { zh: '三公经费预算数', en: 'Budget for 三公 spending' },
    formula: 'Σ budget',
  }),
  m('sangong_control_rate', 'sangong', 'percent', {
    label: { zh: '三公经费控制率', en: '三公 control rate' },
    sql: ratioOfSums('f.total', 'f.budget'),
    rowSql: rowRatio('f.total', 'f.budget'),
    description: {
      zh: '三公经费支出之和除以其预算之和（两者都已知的单位年度）',
      en: 'Sum of 三公 spending over its budget, where both are known',
    },
    formula: 'Σ total / Σ budget × 100',
  }),
  m('sangong_prev_total', 'sangong', 'amount', {
    label: { zh: '上年三公经费', en: '三公 previous year' },
    sql: 'sum(f.prev_effective) FILTER (WHERE f.total IS NOT NULL)',
    rowSql: 'CASE WHEN f.total IS NOT NULL THEN f.prev_effective END',
    description: {
      zh: '上年三公经费：报告写明的上年数，否则由写明的增减额推算，否则取该单位上一年度的数据',
      en: "Previous year's total: as stated, else derived from a stated change, else the unit's own row of the year before",
    },
    formula: 'Σ prev_total (where this year is known)',
  }),
  m('sangong_change', 'sangong', 'amount', {
    label: { zh: '三公经费同比增减', en: '三公 change' },
    sql: 'sum(f.total - f.prev_effective)',
    rowSql: 'f.total - f.prev_effective',
    description: { zh: '三公经费比上年增减额', en: 'Change of 三公 spending against the year before' },
    formula: 'Σ (total − prev_total)',
  }),
  m('sangong_change_pct', 'sangong', 'percent', {
    label: { zh: '三公经费同比增减率', en: '三公 change %' },
    sql:
      'CAST(sum(f.total - f.prev_effective) * 100 / ' +
      'nullif(sum(f.prev_effective) FILTER (WHERE f.total IS NOT NULL), 0) AS DECIMAL(18,4))',
    rowSql: rowRatio('f.total - f.prev_effective', 'f.prev_effective'),
    description: {
      zh: '三公经费增减额之和除以上年数之和（两年都已知的单位）',
      en: 'Sum of changes over sum of previous-year totals, where both years are known',
    },
    formula: 'Σ (total − prev_total) / Σ prev_total × 100',
  }),
  m('sangong_rise_count', 'sangong', 'integer', {
    label: { zh: '三公经费上升单位数', en: 'Units with 三公 rising' },
    sql: 'count(*) FILTER (WHERE f.total > f.prev_effective)',
    rowSql: 'CASE WHEN f.total > f.prev_effective THEN 1 ELSE 0 END',
    description: {
      zh: '三公经费比上年上升的单位年度数',
      en: 'Unit-years whose 三公 spending rose against the year before',
    },
    formula: 'count where total > prev_total',
  }),
  // — projects —
  m('project_count', 'project', 'integer', {
    label: { zh: '项目数', en: 'Projects' },
    sql: 'count(*)',
    rowSql: '1',
    description: { zh: '项目支出个数', en: 'Number of projects' },
    formula: 'count projects',
  }),
  m('project_budget', 'project', 'amount', {
    label: { zh: '项目预算数', en: 'Project budget' },
    sql: 'sum(f.budget)',
    rowSql: 'f.budget',
    description: { zh: '项目全年预算数之和', en: 'Sum of project budgets' },
    formula: 'Σ project budget',
  }),
  m('project_executed', 'project', 'amount', {
    label: { zh: '项目执行数', en: 'Project executed' },
    sql: 'sum(f.executed)',
    rowSql: 'f.executed',
    description: { zh: '项目全年执行数之和', en: 'Sum of project amounts executed' },
    formula: 'Σ project executed',
  }),
  m('project_execution_rate', 'project', 'percent', {
    label: { zh: '项目执行率', en: 'Project execution rate' },
    sql: ratioOfSums('f.executed', 'f.budget'),
    rowSql: rowRatio('f.executed', 'f.budget'),
    description: {
      zh: '项目执行数之和除以预算数之和（两者都已知的项目）',
      en: 'Sum executed over sum budgeted, over projects where both are known',
    },
    formula: 'Σ executed / Σ budget × 100',
  }),
  ...(
    [
      ['p10', 0.1, 'P10', '10th percentile'],
      ['median', 0.5, '中位数', 'median'],
      ['p90', 0.9, 'P90', '90th percentile'],
    ] as const
  ).map(([id, q, zh, en]) =>
    m(`project_rate_${id}`, 'project', 'percent', {
      label: { zh: `项目执行率${zh}`, en: `Project rate ${en}` },
      sql: quantile('f.execution_rate', q),
      rowSql: rowValue('f.execution_rate'),
      description: { zh: `各项目执行率分布的${zh}`, en: `The ${en} of per-project execution rates` },
      formula: `quantile_cont(project execution_rate, ${q})`,
    }),
  ),
  m('projects_below_threshold', 'project', 'integer', {
    label: { zh: '执行率低于阈值的项目数', en: 'Projects below threshold' },
    sql: 'count(*) FILTER (WHERE f.execution_rate < {threshold})',
    rowSql: 'CASE WHEN f.execution_rate < {threshold} THEN 1 ELSE 0 END',
    description: {
      zh: '执行率低于阈值（参数 threshold）的项目个数',
      en: 'Projects whose execution rate is below the threshold',
    },
    formula: 'count where execution_rate < threshold',
  }),
  // — findings and documents —
  m(
    'finding_count',
    'finding',
    'integer',
    {
      label: { zh: '数据问题数', en: 'Findings' },
      sql: 'count(*)',
      rowSql: '1',
      description: { zh: '数据核验发现的问题条数', en: 'Findings recorded by the data checks' },
      formula: 'count findings',
    },
    '条',
  ),
  m(
    'document_count',
    'document',
    'integer',
    {
      label: { zh: '文档数', en: 'Documents' },
      sql: 'count(DISTINCT f.doc_id)',
      rowSql: '1',
      description: { zh: '入库的文档个数', en: 'Ingested documents' },
      formula: 'count distinct document',
    },
    '份',
  ),
];

/** Every measure, each with the base (rows it is computed over) the catalog declares for it. */
export const MEASURES: readonly Measure[] = [...CORE, ...COVERAGE_MEASURES, ...PEER_MEASURES].map((x) =>
  BASES[x.id] ? { ...x, base: BASES[x.id] } : x,
);
