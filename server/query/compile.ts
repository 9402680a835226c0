// The aggregate compiler: a normalised query → SQL statements. Identifiers come only from the catalog;
// every value is bound as a parameter. Measures of several facts are aggregated per fact and joined
// on the drilldown keys. A fact with a rollup table answers from it when one of its grains matches.

import { FACTS, findDimension, type FactId, type Measure } from '../catalog';
import { factsOf, measuresOf, type Cut, type NormalQuery } from './normalise';
import { cutCondition, ident, Params, withThreshold, type Statement } from './sql';
import type { Column } from '../table';

/** Grains present in each rollup table, e.g. {project_rollup: {"year,is_demo", …}}; read from the warehouse. */
export type RollupGrains = Readonly<Record<string, ReadonlySet<string>>>;

export interface CompiledAggregate {
  cells: Statement;
  /** The measures over everything the cuts select; absent when there is no drilldown (the cell is the summary). */
  summary?: Statement;
  columns: Column[];
  /** Which facts were answered from a rollup. */
  rollups: string[];
}

export function labelColumn(dimension: string): string {
  return `${dimension}.label`;
}

export function outputColumns(q: NormalQuery): Column[] {
  const columns: Column[] = [];
  for (const id of q.drilldown) {
    const d = findDimension(id)!;
    columns.push({ name: id, role: 'dimension', type: d.type });
    if (Object.values(d.facts).some((b) => b?.label))
      columns.push({ name: labelColumn(id), role: 'label', type: 'string' });
  }
  for (const m of measuresOf(q.measures)) columns.push({ name: m.id, role: 'measure', type: m.type });
  return columns;
}

/** The grain key of a rollup: rollup columns of the dimensions, in catalog order. */
export function grainKey(dimensions: string[]): string {
  return dimensions
    .map((id) => findDimension(id)!)
    .map((d) => d.rollupColumn!)
    .sort()
    .join(',');
}

function singleValued(c: Cut): boolean {
  return c.op === 'in' && c.values.length === 1;
}

/** The rollup grain that answers this fact's part of the query exactly, if any. */
function rollupFor(
  fact: FactId,
  measures: Measure[],
  drilldown: string[],
  cuts: Cut[],
  grains: RollupGrains,
): string | null {
  const table = FACTS[fact].rollup;
  if (!table || !grains[table]) return null;
  if (measures.some((m) => !m.rollupColumn)) return null;
  const dims = new Set([...drilldown, ...cuts.map((c) => c.dimension)]);
  for (const id of dims) if (!findDimension(id)!.rollupColumn) return null;
  if (cuts.some((c) => !drilldown.includes(c.dimension) && !singleValued(c))) return null;
  const key = grainKey([...dims]);
  return grains[table]!.has(key) ? key : null;
}

interface Part {
  alias: string;
  sql: string;
  rollup: boolean;
}

function factPart(
  fact: FactId,
  measures: Measure[],
  q: NormalQuery,
  drilldown: string[],
  grains: RollupGrains,
  params: Params,
  alias: string,
): Part {
  const rollupGrain = rollupFor(fact, measures, drilldown, q.cuts, grains);
  const select: string[] = [];
  const group: string[] = [];
  const where: string[] = [];
  if (rollupGrain !== null) {
    for (const id of drilldown) select.push(`f.${findDimension(id)!.rollupColumn} AS ${ident(id)}`);
    for (const m of measures) select.push(`f.${m.rollupColumn} AS ${ident(m.id)}`);
    where.push(`f.grain = ${params.bind(rollupGrain)}`);
    for (const c of q.cuts)
      where.push(cutCondition(`f.${findDimension(c.dimension)!.rollupColumn}`, c, params));
    const sql = `SELECT ${select.join(', ')} FROM ${FACTS[fact].rollup} f WHERE ${where.join(' AND ')}`;
    return { alias, sql, rollup: true };
  }
  // At the fact's grain (every identifying dimension drilled down or cut to one value) each group is
  // one row: the measures' row forms answer it without a GROUP BY.
  const grain = FACTS[fact].grain;
  const atGrain =
    grain !== undefined &&
    grain.every((d) => drilldown.includes(d) || q.cuts.some((c) => c.dimension === d && singleValued(c)));
  for (const id of drilldown) {
    const b = findDimension(id)!.facts[fact]!;
    select.push(`${b.key} AS ${ident(id)}`);
    group.push(b.key);
    if (b.label) {
      select.push(`${b.label} AS ${ident(labelColumn(id))}`);
      group.push(b.label);
    } else if (Object.values(findDimension(id)!.facts).some((x) => x?.label)) {
      select.push(`NULL::VARCHAR AS ${ident(labelColumn(id))}`);
    }
  }
  const withinYear =
    drilldown.includes('year') || q.cuts.some((c) => c.dimension === 'year' && singleValued(c));
  for (const m of measures) {
    const expr = atGrain ? m.rowSql : withinYear && m.sqlWithinYear ? m.sqlWithinYear : m.sql;
    select.push(`${withThreshold(expr, q.threshold, params)} AS ${ident(m.id)}`);
  }
  for (const c of q.cuts) where.push(cutCondition(findDimension(c.dimension)!.facts[fact]!.key, c, params));
  const sql =
    `SELECT ${select.join(', ')} FROM ${factSource(fact, q.cuts)}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    (group.length && !atGrain ? ` GROUP BY ${group.join(', ')}` : '');
  return { alias, sql, rollup: false };
}

/** One statement over all facts for the given drilldown (empty: a single row). */
function combined(q: NormalQuery, drilldown: string[], grains: RollupGrains, params: Params, paged: boolean) {
  const measures = measuresOf(q.measures);
  const facts = factsOf(measures);
  const parts = facts.map((fact, i) =>
    factPart(
      fact,
      measures.filter((m) => m.fact === fact),
      q,
      drilldown,
      grains,
      params,
      `q${i}`,
    ),
  );
  const columns = outputColumns({ ...q, drilldown });
  const pagedRows = paged && drilldown.length > 0;
  const tail = pagedRows
    ? ` ORDER BY ${q.order
        .filter((o) => drilldown.includes(o.key) || q.measures.includes(o.key))
        .map((o) => `${ident(o.key)} ${o.direction.toUpperCase()} NULLS LAST`)
        .join(
          ', ',
        )} LIMIT ${params.named('limit', q.pagesize)} OFFSET ${params.named('offset', (q.page - 1) * q.pagesize)}`
    : '';
  const total = ', count(*) OVER () AS "__total"';
  if (parts.length === 1) {
    const only = parts[0]!;
    const sql = pagedRows ? `SELECT *${total} FROM (${only.sql}) q0${tail}` : only.sql;
    return { sql, columns, rollups: only.rollup ? [facts[0]!] : [] };
  }
  // Several facts: aggregate each, then join on the drilldown keys (NULL keys match NULL keys).
  const keyOf = (name: string, upto: number) =>
    upto === 0
      ? `q0.${ident(name)}`
      : `coalesce(${parts
          .slice(0, upto + 1)
          .map((p) => `${p.alias}.${ident(name)}`)
          .join(', ')})`;
  const select = columns.map((c) => {
    if (c.role === 'measure') {
      const i = facts.indexOf(measures.find((m) => m.id === c.name)!.fact);
      return `${parts[i]!.alias}.${ident(c.name)} AS ${ident(c.name)}`;
    }
    return `${keyOf(c.name, parts.length - 1)} AS ${ident(c.name)}`;
  });
  let from = `(${parts[0]!.sql}) q0`;
  for (let i = 1; i < parts.length; i++) {
    const on = drilldown.length
      ? drilldown
          .map((d) => `${keyOf(d, i - 1)} IS NOT DISTINCT FROM ${parts[i]!.alias}.${ident(d)}`)
          .join(' AND ')
      : 'true';
    from += ` FULL OUTER JOIN (${parts[i]!.sql}) ${parts[i]!.alias} ON ${on}`;
  }
  const inner = `SELECT ${select.join(', ')} FROM ${from}`;
  const sql = pagedRows ? `SELECT *${total} FROM (${inner}) j${tail}` : inner;
  return { sql, columns, rollups: facts.filter((_, i) => parts[i]!.rollup) };
}

export function compileAggregate(q: NormalQuery, grains: RollupGrains = {}): CompiledAggregate {
  const params = new Params();
  const main = combined(q, q.drilldown, grains, params, true);
  const result: CompiledAggregate = {
    cells: { sql: main.sql, params: params.values },
    columns: main.columns,
    rollups: main.rollups,
  };
  if (q.drilldown.length) {
    const sp = new Params();
    const summary = combined(q, [], grains, sp, false);
    result.summary = { sql: summary.sql, params: sp.values };
  }
  return result;
}

/** The FROM clause of a fact: a cut on units reads the unit-sorted copy, where zone maps skip the row groups of other units. */
export function factSource(fact: FactId, cuts: readonly Cut[]): string {
  const byUnit = cuts.some((c) => c.dimension === 'unit') ? FACTS[fact].fromByUnit : undefined;
  return byUnit ?? FACTS[fact].from;
}
