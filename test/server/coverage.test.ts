// Same base, said plainly: every aggregate carries the coverage of its measures (unit-years that state
// the measure's inputs, of all unit-years), the same-base amounts agree with the rate, and the
// catalog declares each measure's base. Fixture: the shared one plus a unit-year stating only 执行数.

import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { MEASURES, findMeasure } from '../../server/catalog';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

beforeAll(async () => {
  const file = join(tempDir(), 'w.duckdb');
  const rows = fixtureRows();
  rows.unit_years!.push({ unit_id: '360723:教育局', year: 2020, executed: '60', score: '91' });
  await buildWarehouse(file, rows);
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, uploadDir: join(tempDir(), 'uploads'), logError: () => {} });
});

afterAll(() => warehouse.shutdown());

const KPIS = 'budget|executed|execution_rate|budget_matched|executed_matched|unit_year_count';

describe('coverage with every aggregate', () => {
  it('says over how many unit-years each figure is computed', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: KPIS, cut: 'year:2020' })
      .expect(200);
    const [cell] = res.body.cells;
    expect(cell).toMatchObject({ budget: '400.000000', executed: '447.000000', unit_year_count: 3 });
    expect(res.body.coverage.summary).toEqual({
      budget: { known: 2, of: 3 },
      executed: { known: 3, of: 3 },
      execution_rate: { known: 2, of: 3 },
      budget_matched: { known: 2, of: 3 },
      executed_matched: { known: 2, of: 3 },
    });
    // More executed than budgeted, next to a rate under 100 %: the same-base amounts explain it.
    expect(new Decimal(cell.executed).gt(cell.budget)).toBe(true);
    expect(new Decimal(cell.execution_rate).lt(100)).toBe(true);
    const ratio = new Decimal(cell.executed_matched).mul(100).div(cell.budget_matched);
    expect(ratio.toDecimalPlaces(4).toFixed(4)).toBe(cell.execution_rate);
  });

  it('gives each cell of a drilldown its own coverage, in the order of the cells', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|sangong_total', drilldown: 'year', order: 'year:desc' })
      .expect(200);
    expect(res.body.cells.map((c: { year: number }) => c.year)).toEqual([2021, 2020]);
    expect(res.body.coverage.cells).toEqual([
      { budget: { known: 3, of: 3 }, sangong_total: { known: 2, of: 3 } },
      { budget: { known: 2, of: 3 }, sangong_total: { known: 1, of: 3 } },
    ]);
    expect(res.body.coverage.summary).toEqual({
      budget: { known: 5, of: 6 },
      sangong_total: { known: 3, of: 6 },
    });
  });

  it('matches cells of a paged unit drilldown', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'execution_rate', drilldown: 'unit', order: 'execution_rate:asc', pagesize: 2 })
      .expect(200);
    expect(res.body.cells.map((c: { unit: string }) => c.unit)).toEqual(['360723:教育局', '430603:教育局']);
    expect(res.body.coverage.cells).toEqual([
      { execution_rate: { known: 1, of: 2 } },
      { execution_rate: { known: 2, of: 2 } },
    ]);
  });

  it('has no coverage for counts, which have no base', async () => {
    const res = await request(app).get('/api/aggregate').query({ measures: 'unit_count' }).expect(200);
    expect(res.body.coverage).toBeNull();
  });
});

describe('the catalog declares each base', () => {
  it('names count measures of the same facts for known and of', () => {
    for (const m of MEASURES.filter((x) => x.base)) {
      const known = findMeasure(m.base!.known);
      const of = findMeasure(m.base!.of);
      expect(known?.format, m.id).toBe('integer');
      expect(of?.format, m.id).toBe('integer');
      expect(m.base!.label.zh).not.toBe('');
    }
    expect(findMeasure('execution_rate')!.base!.known).toBe(findMeasure('budget_matched')!.base!.known);
    expect(findMeasure('unit_count')!.base).toBeUndefined();
  });

  it('serves the bases in /api/model', async () => {
    const res = await request(app).get('/api/model').expect(200);
    const rate = res.body.measures.find((m: { id: string }) => m.id === 'execution_rate');
    expect(rate.base).toEqual({
      known: 'rate_known',
      of: 'unit_year_count',
      label: { zh: '预算与执行数', en: 'Budget and executed' },
    });
  });
});
