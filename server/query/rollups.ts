// The rollup tables' SQL, generated from the catalog so that a rollup computes each measure with
// exactly the catalog's expression. The generated statements are kept in scripts/sql/post/ (run
// after every load); a test checks the files equal what this module generates.
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

export function rollupSql(fact: FactId): string {
  const table = FACTS[fact].rollup!;
  const dims = DIMENSIONS.filter((d) => d.rollupColumn && d.facts[fact]);
  const col = (id: string) => dims.find((d) => d.id === id)!.rollupColumn!;
  const key = (id: string) => dims.find((d) => d.id === id)!.facts[fact]!.key;
  const sorted = [...dims].sort((a, b) => (a.rollupColumn! < b.rollupColumn! ? -1 : 1));
  const grain = `concat_ws(',', ${sorted
    .map((d) =>
      d.id === 'demo'
        ? `'${d.rollupColumn}'`
        : `CASE WHEN grouping(${key(d.id)}) = 0 THEN '${d.rollupColumn}' END`,
    )
    .join(', ')})`;
  const measures = MEASURES.filter((m) => m.fact === fact && m.rollupColumn);
  const sets = ROLLUP_GRAINS.map((g) => `(${[...g, 'demo'].map(key).join(', ')})`);
  return [
    `-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.`,
    `-- ${FACTS[fact].label.en} measures pre-aggregated at the grains dashboards ask for. \`grain\` lists the grouped`,
    `-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown`,
    `-- plus single-valued cuts, so every figure equals the raw answer.`,
    `DROP TABLE IF EXISTS ${table};`,
    `CREATE TABLE ${table} AS`,
    `SELECT`,
    `  ${grain} AS grain,`,
    ...dims.map((d) => `  ${key(d.id)} AS ${col(d.id)},`),
    ...measures.map((m, i) => `  ${m.sql} AS ${m.rollupColumn}${i < measures.length - 1 ? ',' : ''}`),
    `FROM ${FACTS[fact].from}`,
    `GROUP BY GROUPING SETS (`,
    sets.map((s) => `  ${s}`).join(',\n'),
    `)`,
    `ORDER BY grain, ${dims.map((d) => col(d.id)).join(', ')};`,
    '',
  ].join('\n');
}

/** The post-load file name of a fact's rollup. */
export function rollupFile(fact: FactId): string {
  return `${30 + ROLLUP_FACTS.indexOf(fact)}_${FACTS[fact].rollup}.sql`;
}
