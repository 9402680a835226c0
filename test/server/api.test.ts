// The API end to end over a real DuckDB file built from the fixture: figures, labels, the demo
// default, every endpoint, export formats (Arrow decoded with apache-arrow, XLSX opened with
// exceljs), ETags, and every error path answering {error: {code, message, details}}.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { tableFromIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;
const logged: unknown[] = [];

beforeAll(async () => {
  const file = join(tempDir(), 'w.duckdb');
  await buildWarehouse(file, fixtureRows());
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, uploadDir: join(tempDir(), 'uploads'), logError: (e) => logged.push(e) });
});

afterAll(() => {
  warehouse.shutdown();
  expect(logged).toEqual([]);
});

function expectError(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(typeof res.body.error.message).toBe('string');
  expect(res.body.error).toHaveProperty('details');
  expect(JSON.stringify(res.body)).not.toMatch(/SELECT|FROM |at .*\.ts:\d+/);
}

describe('health of a warehouse written by an earlier version', () => {
  it('says it is outdated (npm start rebuilds it)', async () => {
    const file = join(tempDir(), 'old.duckdb');
    await buildWarehouse(file, { ...fixtureRows(), meta: [{ key: 'schema_hash', value: 'earlier' }] });
    const old = new Warehouse(file, 1);
    try {
      const res = await request(createApp({ warehouse: old, logError: () => {} }))
        .get('/api/health')
        .expect(200);
      expect(res.body.status).toBe('outdated');
      expect(res.body.warehouse.outdated).toBe(true);
    } finally {
      old.shutdown();
    }
  });
});

describe('health, model, members', () => {
  it('reports what is loaded', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.warehouse).toMatchObject({
      loaded: true,
      units: 4,
      demo_units: 1,
      first_year: 2020,
      last_year: 2021,
      documents: 4,
      quarantined: 1,
    });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('serves the catalog without SQL', async () => {
    const res = await request(app).get('/api/model').expect(200);
    const ids = res.body.measures.map((m: { id: string }) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'budget',
        'executed',
        'execution_rate',
        'unit_rate_median',
        'sangong_change_pct',
        'project_rate_p90',
        'finding_count',
      ]),
    );
    expect(res.body.dimensions.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([
        'year',
        'province',
        'city',
        'county',
        'unit',
        'dept_type',
        'grade',
        'project',
        'finding_code',
        'kind',
        'demo',
      ]),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/sum\(|SELECT|"(sql|rowSql|sqlWithinYear|rollupColumn)"/);
    const rate = res.body.measures.find((m: { id: string }) => m.id === 'execution_rate');
    expect(rate).toMatchObject({
      unit: '%',
      format: 'percent',
      label: { zh: '预算执行率' },
      formula: 'Σ executed / Σ budget × 100',
    });
  });

  it('lists members with labels, real data only by default, cut and searched', async () => {
    const units = await request(app).get('/api/members/unit').expect(200);
    expect(units.body.members).toEqual([
      { key: '360723:教育局', label: '大余县教育局' },
      { key: '430603:教育局', label: '岳阳市云溪区教育局' },
      { key: '430603:财政局', label: '岳阳市云溪区财政局' },
    ]);
    const cities = await request(app).get('/api/members/city').query({ cut: 'province:湖南省' }).expect(200);
    expect(cities.body.members).toEqual([{ key: '岳阳市', label: null }]);
    const demo = await request(app).get('/api/members/province').query({ cut: 'demo:true' }).expect(200);
    expect(demo.body.members.map((m: { key: string }) => m.key)).toEqual(['北京市']);
    const search = await request(app).get('/api/members/unit').query({ q: '财政' }).expect(200);
    expect(search.body.total_member_count).toBe(1);
    const projects = await request(app)
      .get('/api/members/project')
      .query({ cut: 'unit:430603:教育局' })
      .expect(200);
    expect(projects.body.members).toEqual([
      { key: 'p1', label: '校舍维修' },
      { key: 'p2', label: '教师培训' },
    ]);
    const years = await request(app).get('/api/members/year').expect(200);
    expect(years.body.members.map((m: { key: number }) => m.key)).toEqual([2020, 2021]);
  });
});

describe('aggregate', () => {
  it('computes the execution rate as a ratio of sums, excluding demo data unless asked', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|executed|execution_rate|unit_count', cut: 'year:2021' })
      .expect(200);
    expect(res.body.cells).toEqual([
      { budget: '650.000000', executed: '550.000000', execution_rate: '84.6154', unit_count: 3 },
    ]);
    expect(res.body.query.cut).toBe('year:2021|demo:false');
    expect(res.body.total_cell_count).toBe(1);
    const withDemo = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|unit_count', cut: 'year:2021|demo:true;false' })
      .expect(200);
    expect(withDemo.body.cells[0]).toEqual({ budget: '1650.000000', unit_count: 4 });
  });

  it('drills down with labels, orders, pages, and gives a summary over all cells', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({
        measures: 'execution_rate|budget',
        drilldown: 'unit',
        cut: 'year:2021',
        order: 'execution_rate:asc',
        pagesize: 2,
      })
      .expect(200);
    expect(res.body.cells).toEqual([
      { unit: '360723:教育局', 'unit.label': '大余县教育局', execution_rate: '40.0000', budget: '50.000000' },
      {
        unit: '430603:教育局',
        'unit.label': '岳阳市云溪区教育局',
        execution_rate: '75.0000',
        budget: '200.000000',
      },
    ]);
    expect(res.body.total_cell_count).toBe(3);
    expect(res.body.summary).toEqual({ execution_rate: '84.6154', budget: '650.000000' });
    expect(res.body.measures[0]).toMatchObject({
      id: 'execution_rate',
      unit: '%',
      label: { zh: '预算执行率', en: 'Execution rate' },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/"(sql|rowSql|sqlWithinYear|rollupColumn)"|FROM |CAST\(/);
    const page2 = await request(app)
      .get('/api/aggregate')
      .query({
        measures: 'execution_rate',
        drilldown: 'unit',
        cut: 'year:2021',
        order: 'execution_rate:asc',
        pagesize: 2,
        page: 2,
      })
      .expect(200);
    expect(page2.body.cells.map((c: { unit: string }) => c.unit)).toEqual(['430603:财政局']);
    const past = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'execution_rate', drilldown: 'unit', cut: 'year:2021', pagesize: 2, page: 9 })
      .expect(200);
    expect(past.body.cells).toEqual([]);
    expect(past.body.total_cell_count).toBe(3);
  });

  it('normalises equivalent requests to one query string', async () => {
    const a = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget,executed', cut: 'province:江西省;湖南省|year:2020..2021' });
    const b = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget|executed|budget', cut: 'year:2020..2021|province:湖南省;江西省' });
    expect(a.body.query_string).toBe(b.body.query_string);
    expect(a.body.query_string).toBe(
      'measures=budget|executed&cut=year:2020..2021|province:江西省;湖南省|demo:false&order=&page=1&pagesize=100',
    );
    expect(a.headers.etag).toBe(b.headers.etag);
  });

  it('mixes facts: region × year with unit-year and 三公 measures joined on the keys', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({
        measures: 'budget|sangong_total|sangong_change|sangong_change_pct|project_count',
        drilldown: 'province|year',
      })
      .expect(200);
    expect(res.body.cells).toEqual([
      {
        province: '江西省',
        year: 2021,
        budget: '50.000000',
        sangong_total: null,
        sangong_change: null,
        sangong_change_pct: null,
        project_count: null,
      },
      {
        province: '湖南省',
        year: 2020,
        budget: '400.000000',
        sangong_total: '10.000000',
        sangong_change: null,
        sangong_change_pct: null,
        project_count: null,
      },
      // 教育局 12 against its own 10 of 2020, 财政局 5 against the stated 8: (2 − 3) / 18 = −5.5556 %
      {
        province: '湖南省',
        year: 2021,
        budget: '600.000000',
        sangong_total: '17.000000',
        sangong_change: '-1.000000',
        sangong_change_pct: '-5.5556',
        project_count: 3,
      },
    ]);
  });

  it('answers distributions, grades, thresholds and control rates', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({
        measures:
          'unit_rate_median|score_median|grade_excellent|grade_good|grade_fair|units_below_threshold|sangong_control_rate|project_rate_median|project_execution_rate',
        cut: 'year:2021',
        threshold: 80,
      })
      .expect(200);
    expect(res.body.cells[0]).toEqual({
      unit_rate_median: '75.0000',
      score_median: '85.000',
      grade_excellent: 1,
      grade_good: 1,
      grade_fair: 1,
      units_below_threshold: 2,
      sangong_control_rate: '80.0000',
      project_rate_median: '95.0000',
      project_execution_rate: '90.0000',
    });
  });

  it('counts findings and documents by their own dimensions', async () => {
    const f = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'finding_count', drilldown: 'finding_code' })
      .expect(200);
    expect(f.body.cells).toEqual([{ finding_code: 'score_sum_mismatch', finding_count: 1 }]);
    const d = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'document_count', drilldown: 'kind' })
      .expect(200);
    expect(d.body.cells).toEqual([
      { kind: 'final_accounts', document_count: 1 },
      { kind: 'overall_self_eval', document_count: 2 },
      { kind: null, document_count: 1 },
    ]);
  });
});

describe('export formats', () => {
  const query = {
    measures: 'budget|execution_rate|unit_count',
    drilldown: 'unit|year',
    order: 'budget:desc',
  };

  it('CSV with a BOM and a header', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ ...query, format: 'csv' })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Coverage follows the measures: of the unit-years in the cell, how many state each measure's inputs.
    expect(lines[0]).toBe(
      'unit,unit.label,year,budget,execution_rate,unit_count,budget.known,budget.of,execution_rate.known,execution_rate.of',
    );
    expect(lines[1]).toBe('430603:财政局,岳阳市云溪区财政局,2021,400.000000,95.0000,1,1,1,1,1');
    expect(lines).toHaveLength(6);
  });

  it('Arrow that apache-arrow decodes, decimals as exact strings', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query(query)
      .set('Accept', 'application/vnd.apache.arrow.stream')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
    const table = tableFromIPC(res.body as Buffer);
    expect(table.numRows).toBe(5);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      'unit',
      'unit.label',
      'year',
      'budget',
      'execution_rate',
      'unit_count',
      'budget.known',
      'budget.of',
      'execution_rate.known',
      'execution_rate.of',
    ]);
    const first = table.get(0)!.toJSON();
    expect(first).toMatchObject({
      unit: '430603:财政局',
      'unit.label': '岳阳市云溪区财政局',
      year: 2021,
      budget: '400.000000',
      execution_rate: '95.0000',
      unit_count: 1,
    });
  });

  it('XLSX that exceljs opens', async () => {
    const res = await request(app)
      .get('/api/aggregate')
      .query({ ...query, format: 'xlsx' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'unit',
      'unit.label',
      'year',
      'budget',
      'execution_rate',
      'unit_count',
      'budget.known',
      'budget.of',
      'execution_rate.known',
      'execution_rate.of',
    ]);
    expect(ws.getRow(2).getCell(4).value).toBe(400);
    expect(ws.rowCount).toBe(6);
  });

  it('exports members, alerts and documents too', async () => {
    for (const url of [
      '/api/members/unit?format=csv',
      '/api/alerts?format=csv&year=2021',
      '/api/documents?format=csv',
    ]) {
      const res = await request(app).get(url).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.split('\r\n').length).toBeGreaterThan(2);
    }
  });
});

describe('ETag and cache', () => {
  it('answers a matching If-None-Match with 304', async () => {
    const first = await request(app).get('/api/aggregate').query({ measures: 'budget' }).expect(200);
    expect(first.headers.etag).toMatch(/^W\/"/);
    await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget' })
      .set('If-None-Match', first.headers.etag!)
      .expect(304);
    const csv = await request(app)
      .get('/api/aggregate')
      .query({ measures: 'budget', format: 'csv' })
      .expect(200);
    expect(csv.headers.etag).not.toBe(first.headers.etag);
  });
});

describe('concurrency', () => {
  it('answers identical concurrent requests alike, from one run', async () => {
    let runs = 0;
    const counting = Object.create(warehouse) as Warehouse;
    counting.run = (fn) => {
      runs++;
      return warehouse.run(fn);
    };
    const uncached = createApp({ warehouse: counting, cache: false });
    const q = { measures: 'budget|execution_rate', drilldown: 'province|year' };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(uncached)
          .get('/api/aggregate')
          .query(q)
          .then((r) => r),
      ),
    );
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((r) => r.text)).size).toBe(1);
    expect(runs).toBeLessThan(8);
  });
});

describe('records', () => {
  it('profiles a unit over all years, with facts for every clickable figure', async () => {
    const res = await request(app)
      .get(`/api/units/${encodeURIComponent('430603:教育局')}`)
      .expect(200);
    expect(res.body.unit).toMatchObject({ name: '岳阳市云溪区教育局', province: '湖南省' });
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([2020, 2021]);
    expect(res.body.sangong[1]).toMatchObject({
      year: 2021,
      total: '12.000000',
      prev_effective: '10.000000',
    });
    expect(res.body.projects).toHaveLength(2);
    expect(res.body.quarterly).toHaveLength(4);
    expect(res.body.indicators[0]).toMatchObject({ name: '预算执行率', score: '8.000' });
    expect(res.body.documents.map((d: { doc_id: string }) => d.doc_id)).toEqual(['doc1']);
    expect(res.body.facts[0]).toMatchObject({ fact_id: 'fact-budget', key: 'overall.budget', year: 2021 });
  });

  it('gives a fact with its provenance', async () => {
    const res = await request(app).get('/api/facts/fact-budget').expect(200);
    expect(res.body).toMatchObject({
      quote: '全年预算数200万元',
      location: { line: 12 },
      document: { doc_id: 'doc1', file_name: '云溪区教育局2021.txt' },
      fact: { value_num: '200.000000', source_unit: '万元' },
    });
  });

  it('lists documents with status, reasons and findings', async () => {
    const res = await request(app).get('/api/documents').expect(200);
    expect(res.body.total_document_count).toBe(4);
    const partial = res.body.documents.find((d: { doc_id: string }) => d.doc_id === 'doc2');
    expect(partial).toMatchObject({ status: 'partial', reason: 'no score table', findings: 1 });
    expect(partial.finding_list[0]).toMatchObject({ code: 'score_sum_mismatch' });
    const quarantined = await request(app).get('/api/documents').query({ status: 'quarantined' }).expect(200);
    expect(quarantined.body.documents.map((d: { reason: string }) => d.reason)).toEqual(['binary garbage']);
    const real = await request(app).get('/api/documents').query({ demo: 'false' }).expect(200);
    expect(real.body.total_document_count).toBe(3);
  });

  it('serves an OpenAPI document generated from the request schemas', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const params = res.body.paths['/api/aggregate'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['measures', 'drilldown', 'cut', 'order', 'page', 'pagesize', 'format']),
    );
    const pagesize = res.body.paths['/api/aggregate'].get.parameters.find(
      (p: { name: string }) => p.name === 'pagesize',
    );
    expect(pagesize.schema).toMatchObject({ maximum: 1000 });
  });
});

describe('alerts', () => {
  it('lists each rule with the figures behind every entry', async () => {
    const res = await request(app).get('/api/alerts').expect(200);
    expect(res.body.query).toMatchObject({ year: 2021, threshold: 80, high_score: 90, cut: 'demo:false' });
    const rule = (id: string) => res.body.rules.find((r: { id: string }) => r.id === id);
    expect(rule('unit_low_execution').entries.map((e: { unit_id: string }) => e.unit_id)).toEqual([
      '360723:教育局',
      '430603:教育局',
    ]);
    expect(rule('unit_low_execution').entries[1].why.zh).toBe(
      '预算执行率75.00%（执行150.00万元/预算200.00万元），低于阈值80%',
    );
    expect(rule('project_low_execution').entries[0].why.zh).toBe(
      '项目“校舍维修”执行率50.00%（执行5.00万元/预算10.00万元），低于阈值80%',
    );
    expect(rule('quarterly_behind').entries.map((e: { quarter: number }) => e.quarter)).toEqual([4, 1, 3]);
    expect(rule('quarterly_behind').entries[1].why.zh).toBe(
      '第1季度累计支出进度10.00%，低于序时进度25%（差15.00个百分点）',
    );
    expect(rule('sangong_rise').entries[0].why.zh).toBe(
      '三公经费12.00万元，上年10.00万元，增加2.00万元（+20.00%）',
    );
    expect(rule('high_score_low_execution').entries[0].why.zh).toBe(
      '自评分92分（不低于90分），而预算执行率仅75.00%（低于80%）',
    );
    expect(rule('findings').entries[0]).toMatchObject({
      code: 'score_sum_mismatch',
      unit_name: '大余县教育局',
    });
  });

  it('counts every entry of a rule when it lists only the first `limit`', async () => {
    const res = await request(app).get('/api/alerts').query({ year: 2021, limit: 1 }).expect(200);
    const rule = (id: string) => res.body.rules.find((r: { id: string }) => r.id === id);
    expect(rule('quarterly_behind').entries).toHaveLength(1);
    expect(rule('quarterly_behind').entries[0].quarter).toBe(4);
    expect(rule('quarterly_behind').total).toBe(3);
    expect(rule('unit_low_execution').entries).toHaveLength(1);
    expect(rule('unit_low_execution').total).toBe(2);
  });

  it('takes thresholds as parameters', async () => {
    const res = await request(app)
      .get('/api/alerts')
      .query({ threshold: 50, project_threshold: 40, year: 2021 })
      .expect(200);
    const rule = (id: string) => res.body.rules.find((r: { id: string }) => r.id === id);
    expect(rule('unit_low_execution').total).toBe(1);
    expect(rule('project_low_execution').total).toBe(0);
    expect(rule('high_score_low_execution').total).toBe(0);
  });
});

describe('errors', () => {
  const cases: [string, number, string][] = [
    ['/api/aggregate', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=', 400, 'no_measures'],
    ['/api/aggregate?measures=nope', 400, 'unknown_measure'],
    ['/api/aggregate?measures=budget&drilldown=nope', 400, 'unknown_dimension'],
    ['/api/aggregate?measures=budget&cut=year', 400, 'bad_cut'],
    ['/api/aggregate?measures=budget&cut=year:abc', 400, 'bad_cut_value'],
    ['/api/aggregate?measures=budget&cut=year:2022..2020', 400, 'bad_cut'],
    ['/api/aggregate?measures=budget&cut=year:2020|year:2021', 400, 'bad_cut'],
    ['/api/aggregate?measures=budget&cut=demo:maybe', 400, 'bad_cut_value'],
    ['/api/aggregate?measures=budget&drilldown=project', 400, 'dimension_not_applicable'],
    ['/api/aggregate?measures=budget&order=executed:desc', 400, 'bad_order'],
    ['/api/aggregate?measures=budget&order=budget:sideways', 400, 'bad_order'],
    ['/api/aggregate?measures=budget&pagesize=100000', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=budget&page=0', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=budget&format=pdf', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=budget&unknown=1', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=budget&measures=executed', 400, 'invalid_parameters'],
    ['/api/aggregate?measures=budget&threshold=-5', 400, 'invalid_parameters'],
    ['/api/members/nope', 400, 'unknown_dimension'],
    ['/api/members/unit?cut=finding_code:x', 400, 'dimension_not_applicable'],
    ['/api/members/project', 400, 'cut_required'],
    ['/api/alerts?threshold=abc', 400, 'invalid_parameters'],
    ['/api/alerts?cut=year:2020', 400, 'dimension_not_applicable'],
    ['/api/documents?status=lost', 400, 'invalid_parameters'],
    ['/api/health?format=csv', 400, 'format_unsupported'],
    ['/api/units/nope', 404, 'unit_not_found'],
    ['/api/facts/nope', 404, 'fact_not_found'],
    ['/api/nothing-here', 404, 'not_found'],
  ];
  it.each(cases)('%s → %i %s', async (url, status, code) => {
    expectError(await request(app).get(url), status, code);
  });

  it('refuses an over-long URL and an upload without files', async () => {
    expectError(
      await request(app).get(`/api/aggregate?measures=${'budget|'.repeat(2000)}`),
      413,
      'uri_too_long',
    );
    expectError(await request(app).post('/api/uploads'), 400, 'no_files');
  });

  it('refuses oversized JSON bodies', async () => {
    const res = await request(app)
      .post('/api/uploads')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ x: 'x'.repeat(200_000) }));
    expectError(res, 413, 'payload_too_large');
  });

  it('answers 503 with a reason when no warehouse exists', async () => {
    const empty = createApp({ warehouse: new Warehouse(join(tempDir(), 'none.duckdb')) });
    expectError(await request(empty).get('/api/aggregate?measures=budget'), 503, 'no_warehouse');
    const health = await request(empty).get('/api/health').expect(200);
    expect(health.body.warehouse.loaded).toBe(false);
  });
});
