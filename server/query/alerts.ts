// The alert rules: each one a statement (thresholds and filters bound as parameters) and a function
// that says, from the figures of one row, why it is listed. Rules: units and projects below an
// execution threshold, quarterly progress behind 序时进度, 三公经费 that rose against the year
// before, a high self-score next to low execution, and the findings of the data checks.

import Decimal from 'decimal.js';
import {
  EXPECTED_PROGRESS,
  explainFinding,
  FACTS,
  findDimension,
  findingLabel,
  findingValues,
  severityLabel,
  type FactId,
  type Text,
  UNIT_DIMENSIONS,
} from '../catalog';
import { EXPECTED_PROGRESS_TEXT, HIGH_GRADE, HIGH_SCORE_LOW_EXECUTION } from '../../scripts/model/rules';
import { SCORE } from '../catalog/measure-kit';
import { invalid } from '../errors';
import type { Row } from '../db/warehouse';
import { parseCuts, withDemoDefault, type Cut } from './normalise';
import { cutCondition, Params, type Statement } from './sql';
import type { AlertsParams } from './schema';

/** Dimensions an alert can be cut by: the unit's columns, which every rule's table carries (`f`). */
const ALERT_CUT_DIMENSIONS: readonly string[] = UNIT_DIMENSIONS;

export interface AlertRule {
  id: string;
  /** Whose dimension bindings the rule's FROM clause follows (alias `f`). */
  fact: FactId;
  label: Text;
  description: Text;
  /** The rows the rule lists, when not its fact's (alias `f`); all carry the unit and the year. */
  from?: string;
  /**
   * What an entry shows besides its unit and year, the conditions besides the year and the order,
   * thresholds bound on `params`.
   */
  parts: (p: NormalAlerts, params: Params) => { select: string; where: string[]; order: string };
  why: (row: Row, p: NormalAlerts) => Text;
}

export interface NormalAlerts extends Omit<AlertsParams, 'cut' | 'format' | 'year'> {
  year: number;
  cuts: Cut[];
}

export function normaliseAlerts(input: AlertsParams, latestYear: number | null): NormalAlerts {
  const cuts = withDemoDefault(parseCuts(input.cut));
  for (const c of cuts) {
    if (!ALERT_CUT_DIMENSIONS.includes(c.dimension)) {
      throw invalid(
        'dimension_not_applicable',
        `alerts can be cut by ${ALERT_CUT_DIMENSIONS.join(', ')} only`,
        {
          dimension: c.dimension,
        },
      );
    }
  }
  if (input.rule !== undefined && !ALERT_RULES.some((r) => r.id === input.rule))
    throw invalid(
      'unknown_rule',
      `unknown alert rule "${input.rule}"; rules: ${ALERT_RULES.map((r) => r.id).join(', ')}`,
      {
        rule: input.rule,
      },
    );
  const year = input.year ?? latestYear;
  if (year === null) throw invalid('no_year', 'no year is loaded; give year=YYYY', {});
  const { cut: _c, format: _f, year: _y, ...rest } = input;
  return { ...rest, year, cuts };
}

/** The latest year with data under the demo default or the given cut. */
export function latestYearStatement(cut: string | undefined): Statement {
  const params = new Params();
  const cuts = withDemoDefault(parseCuts(cut)).filter((c) => ALERT_CUT_DIMENSIONS.includes(c.dimension));
  const where = cuts.map((c) => cutCondition(findDimension(c.dimension)!.facts.unit_year!.key, c, params));
  return {
    sql: `SELECT max(f.year) AS year FROM unit_year_facts f${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params: params.values,
  };
}

const two = (v: unknown) => (v === null || v === undefined ? '—' : new Decimal(String(v)).toFixed(2));
const pct = (v: unknown) => `${two(v)}%`;
const num = (v: unknown) => (v === null || v === undefined ? '—' : new Decimal(String(v)).toString());

/** What sets a low-execution rule apart: its rows, threshold, entry columns and reason's wording. */
interface LowExecution extends Pick<AlertRule, 'id' | 'fact' | 'label' | 'description'> {
  threshold: 'threshold' | 'project_threshold';
  /** What an entry names besides its unit and year, before its figures. */
  columns?: string;
  /** The order among equal rates. */
  key: string;
  /** What an entry's reason says before the rate, and in English before "below <threshold>%". */
  words: (r: Row) => { lead: Text; below: string };
}

/** Execution below a threshold, lowest rate first: of whole departments (unit-years) and of projects. */
const LOW_EXECUTION: readonly LowExecution[] = [
  {
    id: 'unit_low_execution',
    fact: 'unit_year',
    label: { zh: '单位预算执行率偏低', en: 'Units with low execution' },
    description: {
      zh: '部门整体预算执行率低于阈值',
      en: 'Department-wide execution rate below the threshold',
    },
    threshold: 'threshold',
    key: 'f.unit_id',
    words: () => ({ lead: { zh: '预算执行率', en: 'Execution rate' }, below: ' is below' }),
  },
  {
    id: 'project_low_execution',
    fact: 'project',
    label: { zh: '项目执行率偏低', en: 'Projects with low execution' },
    description: {
      zh: '项目预算执行率低于项目阈值',
      en: 'Project execution rate below the project threshold',
    },
    threshold: 'project_threshold',
    columns: 'f.project_id, f.name AS project_name',
    key: 'f.project_id',
    words: (r) => {
      const name = String(r.project_name);
      return { lead: { zh: `项目“${name}”执行率`, en: `Project "${name}" executed` }, below: ', below' };
    },
  },
];

/** A low-execution rule: its rows below its threshold, with their budget, spending and rate. */
function lowExecution({ threshold, columns, key, words, ...rule }: LowExecution): AlertRule {
  return {
    ...rule,
    parts: (p, params) => ({
      select: [columns, 'f.budget, f.executed, f.execution_rate'].filter(Boolean).join(', '),
      where: [`f.execution_rate < ${params.bind(p[threshold])}`],
      order: `f.execution_rate, ${key}`,
    }),
    why: (r, p) => {
      const { lead, below } = words(r);
      return {
        zh: `${lead.zh}${pct(r.execution_rate)}（执行${two(r.executed)}万元/预算${two(r.budget)}万元），低于阈值${p[threshold]}%`,
        en: `${lead.en} ${pct(r.execution_rate)} (${two(r.executed)} of ${two(r.budget)} 万元)${below} ${p[threshold]}%`,
      };
    },
  };
}

export const ALERT_RULES: readonly AlertRule[] = [
  ...LOW_EXECUTION.map(lowExecution),
  {
    id: 'quarterly_behind',
    fact: 'unit_year', // quarterly_facts carries the unit's columns as unit_year_facts does
    from: 'quarterly_facts f',
    label: { zh: '支出进度落后于序时进度', en: 'Spending behind schedule' },
    description: {
      zh: `季度累计支出进度低于序时进度（${EXPECTED_PROGRESS_TEXT}）`,
      en: `Cumulative quarterly progress behind ${EXPECTED_PROGRESS_TEXT}`,
    },
    parts: (p, params) => {
      const expected = `CASE f.quarter ${Object.entries(EXPECTED_PROGRESS)
        .map(([q, v]) => `WHEN ${params.bind(Number(q))} THEN ${params.bind(v)}`)
        .join(' ')} END`;
      return {
        select: `f.quarter, f.progress, ${expected} AS expected, ${expected} - f.progress AS gap`,
        where: [`f.progress < ${expected} - ${params.bind(p.progress_tolerance)}`],
        order: 'gap DESC, f.unit_id, f.quarter',
      };
    },
    why: (r) => ({
      zh: `第${String(r.quarter)}季度累计支出进度${pct(r.progress)}，低于序时进度${String(r.expected)}%（差${two(r.gap)}个百分点）`,
      en: `Q${String(r.quarter)} cumulative progress ${pct(r.progress)} is behind the expected ${String(r.expected)}% by ${two(r.gap)} points`,
    }),
  },
  {
    id: 'sangong_rise',
    fact: 'sangong',
    label: { zh: '三公经费同比上升', en: '三公 expenses rose' },
    description: {
      zh: '三公经费比上年增加（应只减不增）',
      en: '三公 spending rose against the year before (it should only fall)',
    },
    parts: (p, params) => ({
      select:
        'f.total, f.prev_effective AS prev_total, f.total - f.prev_effective AS change, ' +
        'CAST((f.total - f.prev_effective) * 100 / nullif(f.prev_effective, 0) AS DECIMAL(18,4)) AS change_pct',
      where: [
        'f.total > f.prev_effective',
        `(f.prev_effective = 0 OR (f.total - f.prev_effective) * 100 / f.prev_effective > ${params.bind(p.sangong_rise)})`,
      ],
      order: 'change DESC, f.unit_id',
    }),
    why: (r) => ({
      zh: `三公经费${two(r.total)}万元，上年${two(r.prev_total)}万元，增加${two(r.change)}万元${r.change_pct === null ? '' : `（+${pct(r.change_pct)}）`}`,
      en: `三公 spending ${two(r.total)} 万元 against ${two(r.prev_total)} the year before: +${two(r.change)}${r.change_pct === null ? '' : ` (+${pct(r.change_pct)})`}`,
    }),
  },
  {
    id: HIGH_SCORE_LOW_EXECUTION.id,
    fact: 'unit_year',
    label: HIGH_SCORE_LOW_EXECUTION.label,
    description: HIGH_SCORE_LOW_EXECUTION.description,
    parts: (p, params) => ({
      select: `${SCORE} AS score, f.grade, f.execution_rate`,
      where: [
        HIGH_SCORE_LOW_EXECUTION.sql({ score: SCORE, rate: 'f.execution_rate', grade: 'f.grade' }, p, (v) =>
          params.bind(v),
        ),
      ],
      order: 'f.execution_rate, f.unit_id',
    }),
    why: (r, p) => {
      const byScore = new Decimal(String(r.score)).gte(p.high_score);
      return {
        zh: `自评分${num(r.score)}分（${byScore ? `不低于${p.high_score}分` : `等级${HIGH_GRADE}`}），而预算执行率仅${pct(r.execution_rate)}（低于${p.threshold}%）`,
        en: `Self-score ${num(r.score)} (${byScore ? `≥ ${p.high_score}` : `graded ${HIGH_GRADE}`}) while execution is only ${pct(r.execution_rate)} (< ${p.threshold}%)`,
      };
    },
  },
  {
    id: 'findings',
    fact: 'finding',
    label: { zh: '数据核验问题', en: 'Data findings' },
    description: {
      zh: '数据核验发现的问题（错误与警告）',
      en: 'What the data checks found (errors and warnings)',
    },
    parts: () => ({
      select: 'f.finding_id, f.code, f.severity, f.message, f.details, f.file_name',
      where: ["f.severity IN ('error', 'warning')"],
      order: "CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, f.unit_id, f.code, f.finding_id",
    }),
    why: (r) => {
      const label = findingLabel(String(r.code));
      const text = explainFinding(String(r.code), findingValues(r.details), String(r.message));
      const severity = severityLabel(String(r.severity));
      return { zh: `${severity.zh}·${label.zh}：${text.zh}`, en: `${severity.en} · ${label.en}: ${text.en}` };
    },
  },
];

export interface CompiledAlert {
  rule: AlertRule;
  /** The first `limit` entries, most serious first. */
  entries: Statement;
  /** How many entries there are in all. */
  count: Statement;
}

/**
 * Two statements per rule: the entries (limited; each with its unit and year first) and their count,
 * the year, cuts and thresholds bound.
 */
export function compileAlerts(p: NormalAlerts): CompiledAlert[] {
  return ALERT_RULES.filter((rule) => p.rule === undefined || rule.id === p.rule).map((rule) => {
    const params = new Params();
    const year = `f.year = ${params.bind(p.year)}`;
    const parts = rule.parts(p, params);
    const from = rule.from ?? FACTS[rule.fact].from;
    const where = [
      year,
      ...parts.where,
      ...p.cuts.map((c) => cutCondition(findDimension(c.dimension)!.facts[rule.fact]!.key, c, params)),
    ].join(' AND ');
    const entries = `SELECT f.unit_id, f.unit_name, f.year, ${parts.select} FROM ${from} WHERE ${where} ORDER BY ${parts.order} LIMIT ${params.named('limit', p.limit)} OFFSET ${params.named('offset', p.offset)}`;
    const countParams = { ...params.values };
    delete countParams.limit;
    delete countParams.offset;
    return {
      rule,
      entries: { sql: entries, params: params.values },
      count: { sql: `SELECT count(*) AS n FROM ${from} WHERE ${where}`, params: countParams },
    };
  });
}
