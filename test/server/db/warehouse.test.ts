// The warehouse's parallel statements: results in the order given, the same rows as one by one,
// and no deadlock when every connection of the pool is taken (it falls back to the caller's own).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse } from '../../../server/db/warehouse';
import type { Statement } from '../../../server/query/sql';
import { buildWarehouse, fixtureRows, tempDir } from '../helpers/warehouse';

let file: string;
const opened: Warehouse[] = [];

beforeAll(async () => {
  file = join(tempDir(), 'w.duckdb');
  await buildWarehouse(file, fixtureRows());
});

afterAll(() => opened.forEach((w) => w.shutdown()));

function open(poolSize: number): Warehouse {
  const w = new Warehouse(file, poolSize);
  opened.push(w);
  return w;
}

const statements: Statement[] = [
  { sql: 'SELECT unit_id FROM units ORDER BY unit_id', params: {} },
  { sql: 'SELECT count(*) AS n FROM unit_years WHERE year = $y', params: { y: 2021 } },
  { sql: 'SELECT $x::INTEGER AS x', params: { x: 7 } },
  { sql: 'SELECT year, sum(budget) AS b FROM unit_years GROUP BY year ORDER BY year', params: {} },
  { sql: 'SELECT 1 AS one', params: {} },
];

describe('Warehouse.run parallel', () => {
  it('returns the rows of each statement in order, as running them one by one does', async () => {
    const w = open(3);
    const oneByOne = await w.query(...statements);
    const atOnce = await w.run((_exec, _info, parallel) => parallel(statements));
    expect(atOnce).toEqual(oneByOne);
    expect(atOnce[2]).toEqual([{ x: 7 }]);
  });

  it('finishes when every connection is busy: a pool of one, many requests at once', async () => {
    const w = open(1);
    const expected = await w.query(...statements);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => w.run((_exec, _info, parallel) => parallel(statements))),
    );
    for (const r of results) expect(r).toEqual(expected);
  });

  it('reports a failing statement and keeps the pool usable', async () => {
    const w = open(2);
    await expect(
      w.run((_exec, _info, parallel) =>
        parallel([statements[0]!, { sql: 'SELECT * FROM no_such_table', params: {} }]),
      ),
    ).rejects.toThrow(/no_such_table/);
    const again = await Promise.all([w.query(statements[4]!), w.query(statements[4]!)]);
    expect(again).toEqual([[[{ one: 1 }]], [[{ one: 1 }]]]);
  });
});
