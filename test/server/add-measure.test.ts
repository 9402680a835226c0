// Adding a measure takes one declaration: budget per staff member (人均预算数, 预算数 / 在职人数,
// 万元/人) is one `ratio(...)` line in server/catalog/measures.ts composed from two declared sums
// (the second, 在职人数, a declared field), plus its rollup column regenerated into
// scripts/sql/post/30_unit_year_rollup.sql. Nothing else names it: /api/model lists it with its
// label and unit, /api/aggregate answers it (from rows and from the rollup alike), and the 趋势 page
// offers and draws it with its unit (test/e2e/dashboard.test.ts).
import { join } from 'node:path';
import Decimal from 'decimal.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

beforeAll(async () => {
  const db = join(tempDir('jx-add-measure-'), 'warehouse.duckdb');
  await loadIntoWarehouse([join(__dirname, '..', '..', 'data', 'samples')], { db });
  warehouse = new Warehouse(db, 2);
  app = createApp({ warehouse });
});

afterAll(() => warehouse.shutdown());

describe('a measure declared once: budget per staff member', () => {
  it('is listed by /api/model with its label, unit, format and formula', async () => {
    const res = await request(app).get('/api/model').expect(200);
    const measure = res.body.measures.find((m: { id: string }) => m.id === 'budget_per_staff');
    expect(measure).toMatchObject({
      label: { zh: '人均预算数', en: 'Budget per staff member' },
      unit: '万元/人',
      format: 'amount',
      fact: 'unit_year',
      formula: 'Σ budget / Σ staff_in_service',
    });
    expect(measure.sql).toBeUndefined();
    // The staff count it divides by is the declared field's: one label for 在职人数 everywhere.
    const field = res.body.fields.find((f: { key: string }) => f.key === 'staff.in_service');
    expect(field).toMatchObject({ label: { zh: '在职人数' }, unit: '人', column: 'staff_in_service' });
    const staff = res.body.measures.find((m: { id: string }) => m.id === 'staff_in_service');
    expect(staff).toMatchObject({ label: field.label, unit: '人' });
  });

  it('is answered by /api/aggregate as Σ budget / Σ staff over the unit-years stating both', async () => {
    const cells = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|staff_in_service|budget_per_staff', drilldown: 'unit|year' })
      .expect(200);
    const both = cells.body.cells.filter(
      (c: { budget: string | null; staff_in_service: number | null }) =>
        c.budget !== null && c.staff_in_service !== null,
    );
    expect(both.length).toBeGreaterThan(0);
    for (const c of both)
      expect(new Decimal(c.budget_per_staff).toFixed(4)).toBe(
        new Decimal(c.budget).div(c.staff_in_service).toFixed(4),
      );
    const sum = (key: 'budget' | 'staff_in_service') =>
      both.reduce((s: Decimal, c: Record<string, string>) => s.plus(c[key]!), new Decimal(0));
    // Over all years: the rollup (no drilldown) and the rows agree on the ratio of sums.
    const total = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget_per_staff' })
      .expect(200);
    expect(total.body.answered_from_rollup).toEqual(['unit_year']);
    expect(new Decimal(total.body.cells[0].budget_per_staff).toFixed(4)).toBe(
      sum('budget').div(sum('staff_in_service')).toFixed(4),
    );
  });
});
