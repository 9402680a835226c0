// The shortcuts the compiler takes must not change a single figure: rollup rows against the raw
// projects, the row form of each measure against its aggregate over one-row groups, and the
// within-a-year count against the distinct count. Checked on a small synthetic warehouse.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Warehouse, type Row } from '../../server/db/warehouse';
import { FACTS, MEASURES } from '../../server/catalog';
import { compileAggregate } from '../../server/query/compile';
import { normaliseAggregate } from '../../server/query/normalise';
import { AggregateQuery } from '../../server/query/schema';
import { synthWarehouse } from '../../scripts/synth/warehouse';
import { tempDir } from './helpers/warehouse';

let warehouse: Warehouse;

beforeAll(async () => {
  const db = join(tempDir(), 'synth.duckdb');
  await synthWarehouse({ units: 400, years: 3, firstYear: 2021, projectsPerUnit: 6, db, seed: 7 });
  warehouse = new Warehouse(db, 2);
});

afterAll(() => warehouse.shutdown());

const strip = (rows: Row[]) => rows.map(({ __total: _t, ...rest }) => rest);

describe('rollups', () => {
  const queries: Record<string, string>[] = [
    {
      measures:
        'project_rate_p10|project_rate_median|project_rate_p90|project_count|project_budget|project_executed|project_execution_rate',
      cut: 'demo:true',
    },
    {
      measures: 'project_rate_median|project_count|project_execution_rate',
      drilldown: 'year',
      cut: 'demo:true',
    },
    {
      measures: 'project_rate_p90|project_budget',
      drilldown: 'province|year',
      cut: 'demo:true',
      pagesize: '1000',
    },
    { measures: 'project_rate_p10|project_count', drilldown: 'year', cut: 'province:湖南省|demo:true' },
    {
      measures: 'project_rate_median',
      drilldown: 'city|year',
      cut: 'province:广东省|demo:true',
      pagesize: '1000',
    },
    {
      measures: 'project_rate_median|project_executed',
      drilldown: 'dept_type|year',
      cut: 'demo:true',
      pagesize: '1000',
    },
  ];
  it.each(queries.map((q) => [q]))(
    '%o gives the same cells from the rollup as from the raw projects',
    async (params) => {
      const info = await warehouse.info();
      const q = normaliseAggregate(AggregateQuery.parse(params));
      const fromRollup = compileAggregate(q, info.rollups);
      expect(fromRollup.rollups).toEqual(['project']);
      const raw = compileAggregate(q, {});
      expect(raw.rollups).toEqual([]);
      const [a, b] = await warehouse.query(fromRollup.cells, raw.cells);
      expect(a!.length).toBeGreaterThan(0);
      expect(strip(a!)).toEqual(strip(b!));
    },
  );
});

describe('row forms and within-year counts', () => {
  // Peer percentiles rank a row against the other rows, so they have a row form only (test/server/peers.test.ts).
  const atUnitYear = MEASURES.filter((m) => (m.fact === 'unit_year' || m.fact === 'sangong') && !m.peer);
  it.each(atUnitYear.map((m) => [m.id, m]))('%s over one unit-year equals its aggregate', async (_id, m) => {
    const expr = (sql: string) => sql.replaceAll('{threshold}', '80');
    const from = FACTS[m.fact].from;
    const [grouped, row] = await warehouse.query(
      {
        sql: `SELECT f.unit_id, f.year, ${expr(m.sql)} AS v FROM ${from} GROUP BY f.unit_id, f.year ORDER BY 1, 2`,
        params: {},
      },
      { sql: `SELECT f.unit_id, f.year, ${expr(m.rowSql)} AS v FROM ${from} ORDER BY 1, 2`, params: {} },
    );
    const asNumbers = (rows: Row[]) => rows.map((r) => (r.v === null ? null : Number(r.v)));
    expect(asNumbers(row!)).toEqual(asNumbers(grouped!));
    if (m.sqlWithinYear) {
      const [distinct, plain] = await warehouse.query(
        {
          sql: `SELECT f.year, f.province, ${expr(m.sql)} AS v FROM ${from} GROUP BY ALL ORDER BY 1, 2`,
          params: {},
        },
        {
          sql: `SELECT f.year, f.province, ${expr(m.sqlWithinYear)} AS v FROM ${from} GROUP BY ALL ORDER BY 1, 2`,
          params: {},
        },
      );
      expect(plain).toEqual(distinct);
    }
  });
});

describe('unit-year and 三公 rollups', () => {
  const queries: Record<string, string>[] = [
    {
      measures:
        'unit_count|budget|executed|execution_rate|unit_rate_p10|unit_rate_median|unit_rate_p90|score_mean|score_median|grade_excellent|grade_good|grade_fair|grade_poor|unit_year_count',
      cut: 'year:2022|demo:true',
    },
    {
      measures: 'budget|execution_rate|unit_count',
      drilldown: 'province|year',
      cut: 'demo:true',
      pagesize: '1000',
    },
    {
      measures:
        'sangong_total|sangong_abroad|sangong_vehicle_purchase|sangong_vehicle_operation|sangong_reception|sangong_change_pct|sangong_control_rate|sangong_prev_total|sangong_change|sangong_rise_count',
      drilldown: 'year',
      cut: 'demo:true',
    },
    {
      measures: 'execution_rate|sangong_change_pct',
      drilldown: 'dept_type|year',
      cut: 'province:广东省|demo:true',
      pagesize: '1000',
    },
    {
      measures: 'unit_rate_median|budget',
      drilldown: 'city|county',
      cut: 'year:2023|province:湖南省|demo:true',
      pagesize: '1000',
    },
  ];
  it.each(queries.map((q) => [q]))(
    '%o gives the same cells from the rollups as from the raw rows',
    async (params) => {
      const info = await warehouse.info();
      const q = normaliseAggregate(AggregateQuery.parse(params));
      const fromRollup = compileAggregate(q, info.rollups);
      expect(fromRollup.rollups.length).toBeGreaterThan(0);
      const raw = compileAggregate(q, {});
      const [a, b] = await warehouse.query(fromRollup.cells, raw.cells);
      expect(a!.length).toBeGreaterThan(0);
      expect(strip(a!)).toEqual(strip(b!));
    },
  );
});

describe('unit-sorted copies', () => {
  it('a cut on units (read from the unit-sorted tables) gives the cells of the same units unfiltered', async () => {
    const [units] = await warehouse.query({
      sql: 'SELECT unit_id FROM units ORDER BY unit_id LIMIT 5 OFFSET 100',
      params: {},
    });
    const ids = units!.map((r) => String(r.unit_id));
    const measures =
      'budget|execution_rate|sangong_total|sangong_change_pct|project_budget|project_execution_rate';
    const cut = normaliseAggregate(
      AggregateQuery.parse({
        measures,
        drilldown: 'unit|year',
        cut: `unit:${ids.join(';')}|demo:true`,
        pagesize: '1000',
      }),
    );
    const compiled = compileAggregate(cut, {});
    expect(compiled.cells.sql).toContain('unit_year_facts_by_unit');
    expect(compiled.cells.sql).toContain('project_facts_by_unit');
    const all = compileAggregate(
      normaliseAggregate(
        AggregateQuery.parse({ measures, drilldown: 'unit|year', cut: 'demo:true', pagesize: '1000' }),
      ),
      {},
    );
    const [a, b] = await warehouse.query(compiled.cells, {
      ...all.cells,
      params: { ...all.cells.params, limit: 100000 },
    });
    expect(a!.length).toBe(15);
    expect(strip(a!)).toEqual(strip(b!).filter((r) => ids.includes(String(r.unit))));
  });
});

describe('year-sorted fact tables', () => {
  // Built by scripts/sql/post from the base tables; each must hold the base rows, no more, no fewer.
  it.each([
    ['project_facts', 'projects', 'project_id, unit_id, year, name, budget, executed, execution_rate'],
    [
      'project_facts_by_unit',
      'projects',
      'project_id, unit_id, year, name, budget, executed, execution_rate',
    ],
    ['quarterly_facts', 'quarterly', 'unit_id, year, quarter, progress'],
  ])("%s holds exactly the rows of %s, with their unit's columns", async (table, base, columns) => {
    const [counts, missing, extra, units] = await warehouse.query(
      { sql: `SELECT (SELECT count(*) FROM ${table}) AS a, (SELECT count(*) FROM ${base}) AS b`, params: {} },
      {
        sql: `SELECT count(*) AS n FROM (SELECT ${columns} FROM ${base} EXCEPT ALL SELECT ${columns} FROM ${table})`,
        params: {},
      },
      {
        sql: `SELECT count(*) AS n FROM (SELECT ${columns} FROM ${table} EXCEPT ALL SELECT ${columns} FROM ${base})`,
        params: {},
      },
      {
        sql: `SELECT count(*) AS n FROM ${table} f JOIN units u ON u.unit_id = f.unit_id
              WHERE f.unit_name IS DISTINCT FROM u.name OR f.province IS DISTINCT FROM u.province
                 OR f.county IS DISTINCT FROM u.county OR f.is_demo IS DISTINCT FROM u.is_demo`,
        params: {},
      },
    );
    expect(Number(counts![0]!.a)).toBeGreaterThan(0);
    expect(Number(counts![0]!.a)).toBe(Number(counts![0]!.b));
    expect(Number(missing![0]!.n)).toBe(0);
    expect(Number(extra![0]!.n)).toBe(0);
    expect(Number(units![0]!.n)).toBe(0);
  });
});
