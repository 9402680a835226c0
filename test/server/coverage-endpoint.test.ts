// /api/coverage on the shared fixture: 岳阳 education and finance report 2020 and 2021, 大余
// education only 2021 (score derived, no 三公). Which unit-years exist, which figures they state, the
// counts per region and year, and the warning that 2021 has more units reporting than 2020.

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

describe('GET /api/coverage', () => {
  it('lists each unit with the years it reported and the figures each states', async () => {
    const res = await request(app).get('/api/coverage').expect(200);
    expect(res.body.years).toEqual([2020, 2021]);
    expect(res.body.total_unit_count).toBe(3);
    const dayu = res.body.units.find((u: { unit_id: string }) => u.unit_id === '360723:教育局');
    expect(dayu.years.map((y: { year: number }) => y.year)).toEqual([2021]);
    expect(dayu.years[0]).toMatchObject({ budget: true, executed: true, score: true, sangong: false });
    const finance = res.body.units.find((u: { unit_id: string }) => u.unit_id === '430603:财政局');
    expect(finance.years.map((y: { year: number; sangong: boolean }) => [y.year, y.sangong])).toEqual([
      [2020, false],
      [2021, true],
    ]);
    expect(res.body.figures.map((f: { label: { zh: string } }) => f.label.zh)).toEqual([
      '预算数',
      '执行数',
      '自评分',
      '自评等级',
      '三公经费',
    ]);
  });

  it('counts per year and region, and warns where the units reporting change', async () => {
    const res = await request(app).get('/api/coverage').expect(200);
    expect(res.body.by_year).toEqual([
      { year: 2020, units: 3, reported: 2, budget: 2, executed: 2, score: 2, grade: 2, sangong: 1 },
      { year: 2021, units: 3, reported: 3, budget: 3, executed: 3, score: 3, grade: 3, sangong: 2 },
    ]);
    expect(res.body.query.level).toBe('province');
    expect(res.body.regions).toContainEqual({
      region: '江西省',
      year: 2021,
      units: 1,
      reported: 1,
      budget: 1,
      executed: 1,
      score: 1,
      grade: 1,
      sangong: 0,
    });
    expect(res.body.warnings).toHaveLength(1);
    expect(res.body.warnings[0].text.zh).toBe(
      '2021年报告单位3家，2020年2家：两年之间的变化含报告单位数的变化',
    );
  });

  it('follows the cut: a province counts by city, and the warning goes where coverage is steady', async () => {
    const res = await request(app).get('/api/coverage').query({ cut: 'province:湖南省' }).expect(200);
    expect(res.body.query.level).toBe('city');
    expect(res.body.total_unit_count).toBe(2);
    expect(res.body.warnings).toEqual([]);
  });

  it('exports unit × year, a missing year as not reported', async () => {
    const res = await request(app).get('/api/coverage').query({ format: 'csv' }).expect(200);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'unit,unit.label,province,county,year,reported,kinds,budget,executed,score,grade,sangong,documents,partial_documents',
    );
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines.find((l) => l.startsWith('360723:教育局') && l.includes(',2020,'))).toContain(
      ',2020,false,',
    );
  });

  it('answers a cut it cannot apply with a 400', async () => {
    const res = await request(app).get('/api/coverage').query({ cut: 'grade:优秀' }).expect(400);
    expect(res.body.error.code).toBe('dimension_not_applicable');
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT/);
  });
});
