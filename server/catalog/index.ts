// The catalog: measures, dimensions, facts and parameters, declared once and looked up by id.
// Pure TypeScript without node imports, so the web app can import it as it is.

import { DIMENSIONS, UNIT_DIMENSIONS } from './dimensions';
import { FACTS } from './facts';
import { MEASURES } from './measures';
import { FINDING_CODES, SEVERITIES } from './findings';
import { FIELDS } from '../../scripts/model/fields';
import { EXPECTED_PROGRESS, GRADES, PARAMETERS, type ParameterId } from '../../scripts/model/rules';
import type { Dimension, Measure } from './types';

export * from './types';
export { DIMENSIONS, UNIT_DIMENSIONS, FACTS, MEASURES, PARAMETERS, EXPECTED_PROGRESS, GRADES };
export type { MeasureId } from './measures';
export type { DimensionId } from './dimensions';
export * from './findings';

const measureById = new Map<string, Measure>(MEASURES.map((x) => [x.id, x]));
const dimensionById = new Map<string, Dimension>(DIMENSIONS.map((x) => [x.id, x]));

export function findMeasure(id: string): Measure | undefined {
  return measureById.get(id);
}

export function findDimension(id: string): Dimension | undefined {
  return dimensionById.get(id);
}

export function parameterDefault(id: ParameterId): number {
  return PARAMETERS.find((x) => x.id === id)!.default;
}

/** A measure as clients see it: everything but its SQL and storage details. */
export function publicMeasure(m: Measure) {
  const { sql: _sql, rowSql: _row, sqlWithinYear: _within, summand: _s, rollupColumn: _r, ...rest } = m;
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
    grades: GRADES.map(({ grade, id, label }) => ({ grade, label, measure: `grade_${id}` })),
    fields: FIELDS.map(({ key, label, unit, kind, table, column, profile }) => ({
      key,
      label,
      unit,
      kind,
      ...(column ? { table, column } : {}),
      ...(profile ? { profile } : {}),
    })),
    demo_default: { dimension: 'demo', value: false },
    finding_codes: Object.entries(FINDING_CODES).map(([code, info]) => ({ code, label: info.label })),
    severities: SEVERITIES,
  };
}
