// Known values through the whole road: the bundled samples extracted and loaded by the real ETL
// (loadIntoWarehouse) into a temporary warehouse, then read back through the API.

import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

beforeAll(async () => {
  const db = join(tempDir('jx-samples-'), 'warehouse.duckdb');
  await loadIntoWarehouse([join(__dirname, '..', '..', 'data', 'samples')], { db });
  warehouse = new Warehouse(db, 2);
  app = createApp({ warehouse });
});

afterAll(() => warehouse.shutdown());

async function unitIdOf(county: string): Promise<string> {
  const res = await request(app)
    .get('/api/members/unit')
    .query({ cut: `county:${county}` })
    .expect(200);
  expect(res.body.members).toHaveLength(1);
  return res.body.members[0].key as string;
}

describe('the samples through the API', () => {
  it('loads all five reports', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body.warehouse).toMatchObject({ documents: 5, units: 5, demo_units: 0, quarantined: 0 });
  });

  it('高邑县 2021: execution rate 69.27 % recomputed from 906.09 / 1308.05, next to the stated 69 %', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|executed|execution_rate', cut: 'county:高邑县|year:2021' })
      .expect(200);
    const cell = res.body.cells[0];
    expect(cell).toMatchObject({ budget: '1308.050000', executed: '906.090000' });
    const recomputed = new Decimal('906.09').div('1308.05').times(100);
    expect(new Decimal(cell.execution_rate).toFixed(2)).toBe('69.27');
    expect(new Decimal(cell.execution_rate).minus(recomputed).abs().lessThan('0.0001')).toBe(true);

    const profile = await request(app)
      .get(`/api/units/${encodeURIComponent(await unitIdOf('高邑县'))}`)
      .expect(200);
    const year = profile.body.years.find((y: { year: number }) => y.year === 2021);
    expect(year).toMatchObject({ execution_rate_stated: '69.0000', execution_rate: '69.2703' });
    const budgetFact = profile.body.facts.find(
      (f: { key: string; year: number; value_num: string }) => f.key === 'overall.budget' && f.year === 2021,
    );
    expect(budgetFact.value_num).toBe('1308.050000');
    // Each shown figure names the fact behind it: the one the load chose, by the declared record keys.
    expect(year.sources.budget).toBe(budgetFact.fact_id);
    const rateFact = profile.body.facts.find(
      (f: { fact_id: string }) => f.fact_id === year.sources.execution_rate,
    );
    expect(rateFact).toMatchObject({ key: 'overall.execution_rate', value_num: '69.000000', chosen: true });
    const fact = await request(app)
      .get(`/api/facts/${encodeURIComponent(budgetFact.fact_id)}`)
      .expect(200);
    expect(fact.body.quote).toContain('1308.05');
    expect(fact.body.document.file_name).toBe('002_1bad547aa81023f8.txt');
  });

  it('盐边县 2020: 三公经费 0.5 against 0.25 the year before, +100 %', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({
        measures: 'sangong_total|sangong_prev_total|sangong_change|sangong_change_pct',
        cut: 'county:盐边县|year:2020',
      })
      .expect(200);
    expect(res.body.cells[0]).toEqual({
      sangong_total: '0.500000',
      sangong_prev_total: '0.250000',
      sangong_change: '0.250000',
      sangong_change_pct: '100.0000',
    });
    const alerts = await request(app).get('/api/alerts').query({ year: 2020 }).expect(200);
    const rise = alerts.body.rules.find((r: { id: string }) => r.id === 'sangong_rise');
    const entry = rise.entries.find((e: { unit_name: string }) => e.unit_name === '盐边县人民政府办公室');
    expect(entry.why.zh).toBe('三公经费0.50万元，上年0.25万元，增加0.25万元（+100.00%）');
  });

  it('云溪区 2020: the stated score 97 next to a scoring table that adds up to 96, with a score-sum finding', async () => {
    const profile = await request(app)
      .get(`/api/units/${encodeURIComponent(await unitIdOf('云溪区'))}`)
      .expect(200);
    const year = profile.body.years.find((y: { year: number }) => y.year === 2020);
    expect(year).toMatchObject({ score: '97.000', grade: '优秀' });
    const rows = profile.body.indicators.filter((i: { year: number }) => i.year === 2020);
    const sum = rows.reduce(
      (acc: Decimal, i: { score: string | null }) => (i.score === null ? acc : acc.plus(i.score)),
      new Decimal(0),
    );
    expect(sum.toString()).toBe('96');
    expect(
      rows.every(
        (i: { score: string | null; sources: Record<string, string> }) => i.score === null || i.sources.score,
      ),
    ).toBe(true);
    expect(profile.body.findings.map((f: { code: string }) => f.code)).toContain('score_sum_mismatch');

    const findings = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'finding_count', drilldown: 'finding_code', cut: 'county:云溪区|year:2020' })
      .expect(200);
    expect(findings.body.cells).toContainEqual({ finding_code: 'score_sum_mismatch', finding_count: 1 });
  });

  it('lists every document as loaded', async () => {
    const res = await request(app).get('/api/documents').expect(200);
    expect(res.body.documents.map((d: { file_name: string }) => d.file_name).sort()).toEqual([
      '000_2dd6b408c019dd07.txt',
      '001_52e340726955bf78.txt',
      '002_1bad547aa81023f8.txt',
      '003_798f32ec58fd837a.txt',
      '004_a5aa38cac94662cb.txt',
    ]);
    expect(res.body.documents.every((d: { status: string }) => d.status === 'ok')).toBe(true);
  });
});
