// The rollup tables' SQL, generated from the catalog so that a rollup computes each measure with
// exactly the catalog's expression. The generated statements are kept in scripts/sql/post/ (run
// after every load): first rollup_rows, which hands every rollup its fact rows once per grain with
// the grain's key beside them (the grains stated once), then one rollup table per fact, grouped by
// that key. A test checks the files equal what this module generates.
// Regenerate with: npx tsx scripts/synth/rollups.ts

import { DIMENSIONS, FACTS, MEASURES, type FactId } from '../catalog';

/** The grains every rollup carries, as dimension ids; the demo flag is in every grain. */
export const ROLLUP_GRAINS: readonly string[][] = [
  [],
  ['year'],
  ['province'],
  ['province', 'year'],
  ['province', 'city', 'year'],
  ['province', 'city', 'county', 'year'],
  ['dept_type', 'year'],
  ['province', 'dept_type', 'year'],
];

export const ROLLUP_FACTS: readonly FactId[] = ['unit_year', 'sangong', 'project'];

/** The post-load file declaring rollup_rows; it runs before the rollups (30–32). */
export const ROLLUP_ROWS_FILE = '20_rollup_rows.sql';

const GENERATED = `-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.`;

interface RollupDimension {
  id: string;
  /** The rollup tables' column. */
  column: string;
  /** The fact rows' column, read alike by every rollup fact (`f.<column>`). */
  key: string;
}

/** The dimensions the rollups keep, in catalog order (the rollup tables' column order). */
function rollupDimensions(): RollupDimension[] {
  return DIMENSIONS.filter((d) => d.rollupColumn).map((d) => {
    const keys = new Set(ROLLUP_FACTS.map((fact) => d.facts[fact]?.key));
    const key = [...keys][0];
    if (keys.size !== 1 || !key)
      throw new Error(`rollup dimension ${d.id}: every rollup fact must read it alike`);
    return { id: d.id, column: d.rollupColumn!, key };
  });
}

/** A grain's name: its columns, the demo flag's included, in alphabetical order. */
function grainName(grain: readonly string[], dims: RollupDimension[]): string {
  return dims
    .filter((d) => d.id === 'demo' || grain.includes(d.id))
    .map((d) => d.column)
    .sort()
    .join(',');
}

/**
 * The macro rollup_rows(facts): each row of the fact table `facts` (aliased `f`) once per grain,
 * with `rollup_key` beside it: the grain's name and the grain's columns, NULL where the grain does
 * not group by them. Grouping these rows by the key is grouping the facts by every grain at once.
 */
export function rollupRowsSql(): string {
  const dims = rollupDimensions();
  const flag = (d: RollupDimension) => `by_${d.column}`;
  const grains = ROLLUP_GRAINS.map((g) => {
    const flags = dims.map((d) => String(d.id === 'demo' || g.includes(d.id)));
    return `('${grainName(g, dims)}', ${flags.join(', ')})`;
  });
  const key = [
    `'grain': g.grain`,
    ...dims.map((d) => `'${d.column}': CASE WHEN g.${flag(d)} THEN ${d.key} END`),
  ];
  return [
    GENERATED,
    `-- rollup_rows(facts): the rows of the fact table \`facts\` once per grain the rollups (30–32) are`,
    `-- pre-aggregated at, each with \`rollup_key\`: the grain's name (its grouped columns in alphabetical`,
    `-- order) and its columns, NULL where the grain does not group by them. A rollup grouped by the key`,
    `-- is the fact grouped by every grain at once. A temporary macro: it is kept by the connection that`,
    `-- runs the post-load SQL, not in the warehouse.`,
    `CREATE OR REPLACE TEMP MACRO rollup_rows(facts) AS TABLE`,
    `SELECT`,
    `  {`,
    key.map((k) => `    ${k}`).join(',\n'),
    `  } AS rollup_key,`,
    `  f.*`,
    `FROM query_table(facts) f`,
    `CROSS JOIN (VALUES`,
    grains.map((g) => `  ${g}`).join(',\n'),
    `) g(grain, ${dims.map(flag).join(', ')});`,
    '',
  ].join('\n');
}

export function rollupSql(fact: FactId): string {
  const table = FACTS[fact].rollup!;
  const facts = /^(\w+) f$/.exec(FACTS[fact].from)?.[1];
  if (!facts) throw new Error(`rollup fact ${fact}: its rows must be a table read as f`);
  const measures = MEASURES.filter((m) => m.fact === fact && m.rollupColumn);
  return [
    GENERATED,
    `-- ${FACTS[fact].label.en} measures pre-aggregated at the grains dashboards ask for: the fact's rows once per`,
    `-- grain (rollup_rows, ${ROLLUP_ROWS_FILE}), grouped by the grain's key. \`grain\` lists the grouped`,
    `-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown`,
    `-- plus single-valued cuts, so every figure equals the raw answer.`,
    `CREATE OR REPLACE TABLE ${table} AS`,
    `SELECT`,
    `  rollup_key.*,`,
    ...measures.map((m, i) => `  ${m.sql} AS ${m.rollupColumn}${i < measures.length - 1 ? ',' : ''}`),
    `FROM rollup_rows('${facts}') f`,
    `GROUP BY ALL`,
    `ORDER BY ALL;`,
    '',
  ].join('\n');
}

/** The post-load file name of a fact's rollup. */
export function rollupFile(fact: FactId): string {
  return `${30 + ROLLUP_FACTS.indexOf(fact)}_${FACTS[fact].rollup}.sql`;
}
