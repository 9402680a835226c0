// The catalog: measures, dimensions, facts and parameters, declared once and looked up by id.
// Pure TypeScript without node imports, so the web app can import it as it is.

import { DIMENSIONS } from './dimensions';
import { FACTS } from './facts';
import { MEASURES } from './measures';
import { FINDING_CODES, SEVERITIES } from './findings';
import type { Dimension, Measure, Parameter } from './types';

export * from './types';
export { DIMENSIONS, FACTS, MEASURES };
export * from './findings';

/** Thresholds the alerts and the threshold measures take; every one is bound as a parameter. */
export const PARAMETERS: readonly Parameter[] = [
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
      zh: '自评分不低于此值而执行率低于阈值的，列为“高分低执行”',
      en: 'A self-score at least this high next to an execution rate below the threshold is flagged',
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
      zh: '季度累计支出进度低于序时进度（25/50/75/100%）超过此值的列入预警',
      en: 'Quarterly progress more than this many points behind 25/50/75/100 % is flagged',
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
];

/** 序时进度: where cumulative spending should stand at the end of each quarter, %. */
export const EXPECTED_PROGRESS: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 25, 2: 50, 3: 75, 4: 100 };

const measureById = new Map(MEASURES.map((x) => [x.id, x]));
const dimensionById = new Map(DIMENSIONS.map((x) => [x.id, x]));

export function findMeasure(id: string): Measure | undefined {
  return measureById.get(id);
}

export function findDimension(id: string): Dimension | undefined {
  return dimensionById.get(id);
}

export function parameterDefault(id: string): number {
  const p = PARAMETERS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown parameter ${id}`);
  return p.default;
}

/** A measure as clients see it: everything but its SQL and storage details. */
export function publicMeasure(m: Measure) {
  const { sql: _sql, rowSql: _row, sqlWithinYear: _within, rollupColumn: _r, ...rest } = m;
  return rest;
}

/** The catalog as served at /api/model: everything but the SQL. */
export function publicModel() {
  return {
    measures: MEASURES.map(publicMeasure),
    dimensions: DIMENSIONS.map(({ facts, rollupColumn: _r, ...rest }) => ({
      ...rest,
      facts: Object.keys(facts),
      has_label: Object.values(facts).some((b) => b?.label !== undefined),
    })),
    facts: Object.values(FACTS).map(({ id, label }) => ({ id, label })),
    parameters: PARAMETERS,
    expected_progress: EXPECTED_PROGRESS,
    demo_default: { dimension: 'demo', value: false },
    finding_codes: Object.entries(FINDING_CODES).map(([code, info]) => ({ code, label: info.label })),
    severities: SEVERITIES,
  };
}
