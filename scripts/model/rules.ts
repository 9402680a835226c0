// Business rules declared once: the self-evaluation grades and their score bands, the thresholds
// (with their defaults) that the checks, the catalog's threshold measures, the alerts and the
// charts take, 序时进度, and the "high self-score, low execution" rule in its two forms (a test
// of one record's figures, and a SQL condition over a fact's columns). Pure data and functions,
// no imports: the ETL, the API and the web app share it.

import type { Text } from './fields';

/**
 * The grades of a self-evaluation, best first: the score band each can have (bands differ by
 * province, so they overlap), and the score from which the demo generator gives it.
 */
export const GRADES = [
  { grade: '优秀', id: 'excellent', label: { zh: '优秀', en: 'Excellent' }, band: [85, 100], from: 90 },
  { grade: '良好', id: 'good', label: { zh: '良好', en: 'Good' }, band: [70, 90], from: 80 },
  { grade: '一般', id: 'fair', label: { zh: '一般', en: 'Fair' }, band: [60, 80], from: 60 },
  { grade: '较差', id: 'poor', label: { zh: '较差', en: 'Poor' }, band: [0, 60], from: 0 },
] as const satisfies readonly {
  grade: string;
  id: string;
  label: Text;
  band: readonly [number, number];
  from: number;
}[];

export type Grade = (typeof GRADES)[number]['grade'];
export const GRADE_NAMES: readonly Grade[] = GRADES.map((g) => g.grade);

/** A grade that counts as a high self-evaluation whatever the score says. */
export const HIGH_GRADE: Grade = '优秀';

/** 序时进度: where cumulative spending should stand at the end of each quarter, %. */
export const EXPECTED_PROGRESS: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 25, 2: 50, 3: 75, 4: 100 };

/** The quarters' 序时进度 in words: "25/50/75/100%". */
export const EXPECTED_PROGRESS_TEXT = `${Object.values(EXPECTED_PROGRESS).join('/')}%`;

/** An execution rate at or above this (%) is well executed: the top colour band of the unit × year heatmap. */
export const WELL_EXECUTED = 95;

/** A 三公 control rate (spending ÷ budget, %) above this is over budget: flagged in 三公经费's chart. */
export const CONTROL_LIMIT = 100;

/** A threshold the checks, alerts, threshold measures and charts take, bound as a parameter. */
export interface Parameter {
  id: string;
  label: Text;
  unit: string;
  min: number;
  max: number;
  default: number;
  description: Text;
}

export const PARAMETERS = [
  {
    id: 'threshold',
    label: { zh: '执行率阈值', en: 'Execution threshold' },
    unit: '%',
    min: 0,
    max: 1000,
    default: 80,
    description: {
      zh: '执行率低于此值的单位或项目列入预警',
      en: 'Units or projects below this execution rate are flagged',
    },
  },
  {
    id: 'project_threshold',
    label: { zh: '项目执行率阈值', en: 'Project threshold' },
    unit: '%',
    min: 0,
    max: 1000,
    default: 80,
    description: { zh: '执行率低于此值的项目列入预警', en: 'Projects below this execution rate are flagged' },
  },
  {
    id: 'high_score',
    label: { zh: '高自评分', en: 'High self-score' },
    unit: '分',
    min: 0,
    max: 100,
    default: 90,
    description: {
      zh: `自评分不低于此值（或等级为${HIGH_GRADE}）而执行率低于阈值的，列为“高分低执行”`,
      en: `A self-score at least this high (or graded ${HIGH_GRADE}) next to an execution rate below the threshold is flagged`,
    },
  },
  {
    id: 'progress_tolerance',
    label: { zh: '序时进度容差', en: 'Progress tolerance' },
    unit: '个百分点',
    min: 0,
    max: 100,
    default: 0,
    description: {
      zh: `季度累计支出进度低于序时进度（${EXPECTED_PROGRESS_TEXT}）超过此值的列入预警`,
      en: `Quarterly progress more than this many points behind ${EXPECTED_PROGRESS_TEXT} is flagged`,
    },
  },
  {
    id: 'sangong_rise',
    label: { zh: '三公经费增幅', en: '三公 rise' },
    unit: '%',
    min: 0,
    max: 100000,
    default: 0,
    description: {
      zh: '三公经费比上年增长超过此百分比的列入预警',
      en: '三公 spending that rose by more than this % is flagged',
    },
  },
] as const satisfies readonly Parameter[];

export type ParameterId = (typeof PARAMETERS)[number]['id'];

/** Each parameter's default, by id. */
export const DEFAULTS = Object.fromEntries(PARAMETERS.map((p) => [p.id, p.default])) as Record<
  ParameterId,
  number
>;

/** Amounts may differ by this much (万元) and still agree (rounding to 元 in sources). */
export const AMOUNT_TOLERANCE = 0.01;

/** A number compared with a threshold: decimal strings compare exactly enough at these magnitudes. */
type Figure = number | string | null | undefined;

const known = (v: Figure): v is number | string => v !== null && v !== undefined && v !== '';

/**
 * "High self-score, low execution": a known score at or above `high_score` (or the high grade) next
 * to a known execution rate below `threshold`. The self-evaluation may be too kind.
 */
export const HIGH_SCORE_LOW_EXECUTION = {
  id: 'high_score_low_execution',
  label: { zh: '高自评分低执行率', en: 'High self-score, low execution' } satisfies Text,
  description: {
    zh: `自评分不低于高分线（或等级为${HIGH_GRADE}），而预算执行率低于阈值`,
    en: `A self-score at or above the high mark (or graded ${HIGH_GRADE}) next to an execution rate below the threshold`,
  } satisfies Text,
  /** Does one unit-year's score, grade and rate fall under the rule? */
  test(
    v: { score: Figure; rate: Figure; grade?: string | null | undefined },
    p: { high_score: number; threshold: number } = DEFAULTS,
  ): boolean {
    if (!known(v.score) || !known(v.rate)) return false;
    const high = Number(v.score) >= p.high_score || v.grade === HIGH_GRADE;
    return high && Number(v.rate) < p.threshold;
  },
  /** The same as a SQL condition; `bind` turns a value into a bound parameter. */
  sql(
    columns: { score: string; rate: string; grade: string },
    p: { high_score: number; threshold: number },
    bind: (value: number | string) => string,
  ): string {
    const { score, rate, grade } = columns;
    return (
      `${score} IS NOT NULL AND (${score} >= ${bind(p.high_score)} OR ${grade} = ${bind(HIGH_GRADE)}) ` +
      `AND ${rate} < ${bind(p.threshold)}`
    );
  },
};
