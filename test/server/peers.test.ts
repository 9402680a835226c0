// Peer percentiles as catalog measures: a unit-year among units of the same department type in the
// same year, within the region the query cuts to. Fixture 2021 (real units): 岳阳 教育局 75 %,
// 大余 教育局 40 %, 岳阳 财政局 95 % (no peer of its type).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

beforeAll(async () => {
  const file = join(tempDir(), 'w.duckdb');
  await buildWarehouse(file, fixtureRows());
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, uploadDir: join(tempDir(), 'uploads'), logError: () => {} });
});

afterAll(() => warehouse.shutdown());

const byUnit = (cells: Record<string, unknown>[], measure: string) =>
  Object.fromEntries(cells.map((c) => [c.unit, c[measure]]));

describe('peer percentiles', () => {
  it('rank each unit-year among its department type in the year', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'execution_rate_peer_pct|score_peer_pct', drilldown: 'unit|year', cut: 'year:2021' })
      .expect(200);
    expect(byUnit(res.body.cells, 'execution_rate_peer_pct')).toEqual({
      '360723:教育局': '0.00',
      '430603:教育局': '100.00',
      '430603:财政局': null,
    });
    // 大余 has a derived score (70), 岳阳 a stated one (92).
    expect(byUnit(res.body.cells, 'score_peer_pct')['430603:教育局']).toBe('100.00');
  });

  it('compare within the region cut only', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({
        measures: 'execution_rate_peer_pct',
        drilldown: 'unit|year',
        cut: 'year:2021|province:湖南省',
      })
      .expect(200);
    expect(byUnit(res.body.cells, 'execution_rate_peer_pct')['430603:教育局']).toBeNull();
  });

  it('ask for a unit-year drilldown and refuse a unit cut, with readable 400s', async () => {
    const a = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget_peer_pct', drilldown: 'year' });
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe('peer_needs_unit_year');
    const b = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget_peer_pct', drilldown: 'unit|year', cut: 'unit:430603:教育局' });
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe('peer_unit_cut');
  });

  it('are catalog measures served by /api/model', async () => {
    const res = await request(app).get('/api/model').expect(200);
    const ids = res.body.measures.map((m: { id: string }) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'budget_peer_pct',
        'executed_peer_pct',
        'execution_rate_peer_pct',
        'score_peer_pct',
      ]),
    );
  });
});
