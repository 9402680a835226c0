// A load swaps a new warehouse file in by rename: the server answers from it on the next request,
// drops its cache (new ETags), and requests in flight during the swap do not fail.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

const dir = tempDir();
const file = join(dir, 'w.duckdb');
let warehouse: Warehouse;

afterAll(() => warehouse?.shutdown());

function withBudget(budget: string) {
  const rows = fixtureRows();
  rows.unit_years = rows.unit_years!.map((r) => (r.unit_id === '360723:教育局' ? { ...r, budget } : r));
  return rows;
}

describe('warehouse swap', () => {
  it('picks up a swapped-in warehouse without a restart, with fresh ETags and no failed request', async () => {
    await buildWarehouse(file, withBudget('50'));
    warehouse = new Warehouse(file, 2);
    const app = createApp({ warehouse });
    const q = { measures: 'budget', cut: 'year:2021' };
    const before = await request(app).get('/api/aggregate').query(q).expect(200);
    expect(before.body.cells[0].budget).toBe('650.000000');

    // Requests keep flowing while a new file is built beside the old one and renamed over it.
    const inFlight = Array.from(
      { length: 40 },
      (_, i) =>
        request(app)
          .get('/api/aggregate')
          .query({ ...q, drilldown: 'unit', page: (i % 3) + 1, pagesize: 1 })
          .then((r) => r), // sent now, not when awaited
    );
    await buildWarehouse(file, withBudget('150'));
    const answers = await Promise.all(inFlight);
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));

    const after = await request(app).get('/api/aggregate').query(q).expect(200);
    expect(after.body.cells[0].budget).toBe('750.000000');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await request(app).get('/api/aggregate').query(q).set('If-None-Match', before.headers.etag!).expect(200);
  });
});
