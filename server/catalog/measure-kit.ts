// Building blocks of the measure declarations. A measure is declared by ONE aggregate expression
// (`agg.sum('f.budget')`, `agg.countWhere(…)`, `agg.quantile(…)` …), from which its three SQL forms
// follow: over any group (`sql`), over a group lying within one year (`sqlWithinYear`, where that is
// cheaper) and over a group of one row (`rowSql`). A rate is composed from two sums by name
// (`'{executed} / {budget}'`): a ratio of the sums over the rows where both are known, never a mean
// of rates. A measure over a declared field takes the field's label and unit (scripts/model/fields.ts).

import { field, type FieldKey, type FieldKind } from '../../scripts/model/fields';
import { FACTS } from './facts';
import type { FactId, Format, Measure, Text, ValueType } from './types';

/** One aggregate expression in its forms. */
export interface Agg {
  sql: string;
  rowSql: string;
  sqlWithinYear?: string;
  /** What one row adds to the sum, for the sums a ratio can be composed from. */
  summand?: string;
}

const CASE = (condition: string, then: string, otherwise?: string) =>
  `CASE WHEN ${condition} THEN ${then}${otherwise === undefined ? '' : ` ELSE ${otherwise}`} END`;
const decimal = (expr: string, scale = 4) => `CAST(${expr} AS DECIMAL(18,${scale}))`;

/** The value of one row, as its measure's type. */
export const rowValue = decimal;

export const agg = {
  sum: (expr: string): Agg => ({ sql: `sum(${expr})`, rowSql: expr, summand: expr }),
  sumWhere: (expr: string, condition: string): Agg => ({
    sql: `sum(${expr}) FILTER (WHERE ${condition})`,
    rowSql: CASE(condition, expr),
    summand: CASE(condition, expr),
  }),
  rows: (): Agg => ({ sql: 'count(*)', rowSql: '1' }),
  /** Rows where a condition holds. */
  countWhere: (condition: string): Agg => ({
    sql: `count(*) FILTER (WHERE ${condition})`,
    rowSql: CASE(condition, '1', '0'),
  }),
  /** Rows where an expression is known. */
  known: (expr: string): Agg => ({ sql: `count(${expr})`, rowSql: CASE(`${expr} IS NOT NULL`, '1', '0') }),
  /** Distinct units (where a condition holds): within one year each unit has one row, so a plain count. */
  units: (condition?: string): Agg =>
    condition === undefined
      ? { sql: 'count(DISTINCT f.unit_id)', sqlWithinYear: 'count(*)', rowSql: '1' }
      : {
          sql: `count(DISTINCT f.unit_id) FILTER (WHERE ${condition})`,
          sqlWithinYear: `count(*) FILTER (WHERE ${condition})`,
          rowSql: CASE(condition, '1', '0'),
        },
  distinct: (expr: string): Agg => ({ sql: `count(DISTINCT ${expr})`, rowSql: '1' }),
  mean: (expr: string, scale: number): Agg => ({
    sql: decimal(`avg(${expr})`, scale),
    rowSql: decimal(expr, scale),
  }),
  quantile: (expr: string, q: number, scale = 4): Agg => ({
    sql: decimal(`quantile_cont(${expr}, ${q})`, scale),
    rowSql: decimal(expr, scale),
  }),
  /** Σ numerator / Σ denominator (× factor) over the rows where both are known. */
  ratio: (numerator: string, denominator: string, factor: number): Agg => {
    const both = `${denominator} IS NOT NULL AND ${numerator} IS NOT NULL`;
    const times = factor === 1 ? '' : ` * ${factor}`;
    return {
      sql: decimal(
        `sum(${numerator}) FILTER (WHERE ${both})${times} / nullif(sum(${denominator}) FILTER (WHERE ${both}), 0)`,
      ),
      rowSql: decimal(CASE(both, `(${numerator})${times} / nullif(${denominator}, 0)`)),
    };
  },
};

export interface Spec {
  label: Text;
  agg: Agg;
  description: Text;
  /** Human-readable formula, e.g. "Σ executed / Σ budget × 100". */
  formula: string;
  /** Display unit, where the format's own (万元, %, 分, 个) is not it. */
  unit?: string;
}

const KINDS: Record<Format, { unit: string; type: ValueType }> = {
  amount: { unit: '万元', type: 'decimal' },
  percent: { unit: '%', type: 'decimal' },
  score: { unit: '分', type: 'decimal' },
  integer: { unit: '个', type: 'integer' },
};

/** A measure; facts with a rollup table carry it there under its id, unless it takes a parameter. */
export function m<const I extends string>(id: I, fact: FactId, format: Format, spec: Spec): Measure<I> {
  const { agg: a, unit, ...rest } = spec;
  const rollup = FACTS[fact].rollup !== undefined && !a.sql.includes('{');
  return {
    id,
    fact,
    format,
    unit: unit ?? KINDS[format].unit,
    type: KINDS[format].type,
    ...rest,
    sql: a.sql,
    rowSql: a.rowSql,
    ...(a.sqlWithinYear ? { sqlWithinYear: a.sqlWithinYear } : {}),
    ...(a.summand ? { summand: a.summand } : {}),
    ...(rollup ? { rollupColumn: id } : {}),
  };
}

const FORMAT_OF: Record<FieldKind, Format> = {
  amount: 'amount',
  rate: 'percent',
  score: 'score',
  int: 'integer',
  text: 'integer',
};

/** Σ of a declared field's column over a fact: label and unit are the field's. */
export function fieldSum<const I extends string>(
  id: I,
  fact: FactId,
  key: FieldKey,
  description: Text,
  agg_: Agg = agg.sum(`f.${field(key).column}`),
): Measure<I> {
  const spec = field(key);
  return m(id, fact, FORMAT_OF[spec.kind], {
    label: spec.label,
    agg: agg_,
    description,
    formula: `Σ ${spec.column}`,
    unit: spec.unit,
  });
}

/** `{a} / {b}`: two sums of one fact by id. */
export type Composition<Id extends string> = `{${Id}} / {${Id}}`;

/**
 * A ratio composed from two declared sums: Σ a / Σ b over the rows stating both, × 100 for a
 * percentage. `sums` are the measures it may name.
 */
export function composer<S extends Measure>(sums: readonly S[]) {
  return function ratio<const I extends string>(
    id: I,
    composition: Composition<S['id']>,
    format: 'percent' | 'amount' | 'score',
    spec: Omit<Spec, 'agg' | 'formula'>,
  ): Measure<I> {
    const [a, b] = [...composition.matchAll(/\{(\w+)\}/g)].map(([, x]) => sums.find((s) => s.id === x));
    if (!a?.summand || !b?.summand || a.fact !== b.fact)
      throw new Error(`${id}: ${composition} needs two sums of one fact`);
    const factor = format === 'percent' ? 100 : 1;
    return m(id, a.fact, format, {
      ...spec,
      agg: agg.ratio(a.summand, b.summand, factor),
      formula: `${a.formula} / ${b.formula}${factor === 1 ? '' : ` × ${factor}`}`,
    });
  };
}

export const SCORE = 'coalesce(f.score, f.score_derived)';
