// Building blocks of the measure declarations: ratio of sums, quantiles, row forms and `m()`, which
// fills in a measure's unit, value type and rollup column. Shared by measures.ts and coverage.ts.

import { FACTS } from './facts';
import type { Format, Measure, Text, ValueType, FactId } from './types';

/** A rate in % from two sums, over rows where both parts are known, exact to four places. */
export function ratioOfSums(numerator: string, denominator: string): string {
  return (
    `CAST(sum(${numerator}) FILTER (WHERE ${denominator} IS NOT NULL AND ${numerator} IS NOT NULL) * 100 / ` +
    `nullif(sum(${denominator}) FILTER (WHERE ${denominator} IS NOT NULL AND ${numerator} IS NOT NULL), 0) AS DECIMAL(18,4))`
  );
}

/** The same rate for one row. */
export function rowRatio(numerator: string, denominator: string): string {
  return (
    `CAST(CASE WHEN ${denominator} IS NOT NULL AND ${numerator} IS NOT NULL ` +
    `THEN (${numerator}) * 100 / nullif(${denominator}, 0) END AS DECIMAL(18,4))`
  );
}

export function quantile(expr: string, q: number, scale = 4): string {
  return `CAST(quantile_cont(${expr}, ${q}) AS DECIMAL(18,${scale}))`;
}

export function rowValue(expr: string, scale = 4): string {
  return `CAST(${expr} AS DECIMAL(18,${scale}))`;
}

export interface Spec {
  label: Text;
  sql: string;
  rowSql: string;
  sqlWithinYear?: string;
  description: Text;
  formula: string;
}

const KINDS: Record<Format, { unit: string; type: ValueType }> = {
  amount: { unit: '万元', type: 'decimal' },
  percent: { unit: '%', type: 'decimal' },
  score: { unit: '分', type: 'decimal' },
  integer: { unit: '个', type: 'integer' },
};

/** A measure; facts with a rollup table carry it there under its id, unless it takes a parameter. */
export function m(id: string, fact: FactId, format: Format, spec: Spec, unit?: string): Measure {
  const rollup = FACTS[fact].rollup !== undefined && !spec.sql.includes('{');
  return {
    id,
    fact,
    format,
    unit: unit ?? KINDS[format].unit,
    type: KINDS[format].type,
    ...spec,
    ...(rollup ? { rollupColumn: id } : {}),
  };
}

export const SCORE = 'coalesce(f.score, f.score_derived)';
export const SANGONG_PARTS = [
  ['abroad', '因公出国（境）费', 'travel abroad'],
  ['vehicle_purchase', '公务用车购置费', 'vehicle purchase'],
  ['vehicle_operation', '公务用车运行维护费', 'vehicle operation'],
  ['reception', '公务接待费', 'official reception'],
] as const;
