// Shapes of the catalog: facts (the tables a measure aggregates), measures and dimensions.
// Pure types, no I/O: imported by the API, the ETL scripts and the web app alike.

import type { Text } from '../../scripts/model/fields';
import type { Parameter } from '../../scripts/model/rules';

export type { Parameter, Text };

/** The grain a measure aggregates over. Each fact names its FROM clause with the aliases `f` and `u`. */
export type FactId = 'unit_year' | 'sangong' | 'project' | 'finding' | 'document';

export interface Fact {
  id: FactId;
  label: Text;
  /** FROM clause; `f` is the fact row, `u` the unit (where the fact has one). */
  from: string;
  /** The same rows sorted by unit: read instead of `from` when a query cuts on units. */
  fromByUnit?: string;
  /** Rollup table answering this fact's rollup-able measures at the grains it lists (see scripts/sql/post). */
  rollup?: string;
  /** Dimensions that identify one row: a query drilling down (or cut to one value) on all of them needs no GROUP BY. */
  grain?: string[];
}

/** How a value is shown: amounts in 万元, rates in %, scores in 分, counts as integers. */
export type Format = 'amount' | 'percent' | 'score' | 'integer';

/** How a value travels in JSON/Arrow: decimals as exact strings, counts as numbers. */
export type ValueType = 'decimal' | 'integer';

export interface Measure<I extends string = string> {
  id: I;
  label: Text;
  /** Display unit: 万元, %, 分, 个. */
  unit: string;
  format: Format;
  type: ValueType;
  fact: FactId;
  /** Aggregate SQL over the fact's aliases. `{threshold}` stands for the bound threshold parameter. */
  sql: string;
  /**
   * The same measure when each group lies within one year: unit-year rows of one year hold each unit
   * once, so a distinct count of units is a plain count (much cheaper over a million rows).
   */
  sqlWithinYear?: string;
  /** The measure over a group of exactly one row (no aggregate), used when a query is at the fact's grain. */
  rowSql: string;
  /** What one row adds to the measure, where it is a sum (a ratio can be composed from it). */
  summand?: string;
  /** Column of the fact's rollup table holding this measure, when the rollup can answer it. */
  rollupColumn?: string;
  description: Text;
  /** Human-readable formula, e.g. "Σ executed / Σ budget × 100". */
  formula: string;
  /** A peer percentile (see peers.ts): answered per unit-year only, never from a rollup. */
  peer?: boolean;
  /** The rows the measure is computed over, where not every row of its fact counts (see coverage.ts). */
  base?: MeasureBase;
}

/**
 * A measure's base: `known` counts the rows whose inputs are known (the rows it is computed over),
 * `of` counts every row it could have been computed over (unit-years, projects). The API returns
 * both with each aggregate, so that a figure can say "预算数：233/300 个单位年度".
 */
export interface MeasureBase {
  known: string;
  of: string;
  label: Text;
}

/** How a dimension is read from one fact: its key expression and, where keys are ids, a label expression. */
export interface DimensionBinding {
  key: string;
  label?: string;
}

export interface Dimension<I extends string = string> {
  id: I;
  label: Text;
  description: Text;
  /** Key type: integers accept ranges (`2020..2022`), booleans `true`/`false`. */
  type: 'integer' | 'string' | 'boolean';
  /** The facts this dimension can cut or drill down, and how. */
  facts: Partial<Record<FactId, DimensionBinding>>;
  /** The fact whose rows list this dimension's members. */
  membersFact: FactId;
  /** A dimension its member list must be cut by (projects: by unit; there are millions). */
  membersNeedCut?: string;
  /** Column name in the rollup tables, when rollups carry this dimension. */
  rollupColumn?: string;
  /** Coarser dimensions in the same hierarchy (province → city → county). */
  parent?: string;
}
