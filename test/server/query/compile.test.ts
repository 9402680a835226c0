// The query compiler as pure functions: normalisation of babbage-style requests, and the SQL it
// produces pinned by snapshots. Values never appear in the SQL; they are bound parameters.

import { describe, expect, it } from 'vitest';
import { compileAggregate, grainKey } from '../../../server/query/compile';
import { normaliseAggregate, parseCuts, queryString } from '../../../server/query/normalise';
import { compileMembers, normaliseMembers } from '../../../server/query/members';
import { compileAlerts, normaliseAlerts } from '../../../server/query/alerts';
import { AggregateQuery, AlertsQuery } from '../../../server/query/schema';
import { DomainError } from '../../../server/errors';
import { MEASURES, DIMENSIONS, FACTS } from '../../../server/catalog';

const normal = (q: Record<string, unknown>) => normaliseAggregate(AggregateQuery.parse(q));

describe('normalise', () => {
  it('parses cuts: lists, ranges, open ranges, sorted by catalog order', () => {
    expect(parseCuts('province:湖南省;江西省|year:2020..2021|grade:优秀')).toEqual([
      { dimension: 'year', op: 'range', from: 2020, to: 2021 },
      { dimension: 'province', op: 'in', values: ['江西省', '湖南省'] },
      { dimension: 'grade', op: 'in', values: ['优秀'] },
    ]);
    expect(parseCuts('year:2019..')).toEqual([{ dimension: 'year', op: 'range', from: 2019, to: null }]);
    expect(parseCuts('year:2020..2020|demo:1')).toEqual([
      { dimension: 'year', op: 'in', values: [2020] },
      { dimension: 'demo', op: 'in', values: [true] },
    ]);
    expect(parseCuts('unit:430603:教育局')).toEqual([
      { dimension: 'unit', op: 'in', values: ['430603:教育局'] },
    ]);
  });

  it('makes the demo filter explicit and orders by drilldown after the requested keys', () => {
    const q = normal({
      measures: 'budget|execution_rate',
      drilldown: 'year|province',
      order: 'execution_rate:DESC',
    });
    expect(q.cuts).toEqual([{ dimension: 'demo', op: 'in', values: [false] }]);
    expect(q.order).toEqual([
      { key: 'execution_rate', direction: 'desc' },
      { key: 'year', direction: 'asc' },
      { key: 'province', direction: 'asc' },
    ]);
    expect(queryString(q)).toBe(
      'measures=budget|execution_rate&drilldown=year|province&cut=demo:false&order=execution_rate:desc|year:asc|province:asc&page=1&pagesize=100',
    );
  });

  it('names the reason for every refusal', () => {
    const code = (q: Record<string, unknown>) => {
      try {
        normal(q);
        return 'accepted';
      } catch (e) {
        return e instanceof DomainError ? `${e.kind} ${e.code}` : 'crash';
      }
    };
    expect(code({ measures: 'budget', cut: 'year:1..2..3' })).toBe('invalid bad_cut_value');
    expect(code({ measures: 'budget', cut: 'year:..' })).toBe('invalid bad_cut');
    expect(code({ measures: 'budget', cut: ':x' })).toBe('invalid bad_cut');
    expect(code({ measures: 'budget', cut: 'nope:x' })).toBe('invalid unknown_dimension');
    expect(code({ measures: 'budget', cut: `province:${'x'.repeat(201)}` })).toBe('invalid bad_cut_value');
    expect(code({ measures: 'budget|finding_count', drilldown: 'grade' })).toBe(
      'invalid dimension_not_applicable',
    );
    expect(code({ measures: 'budget', order: 'year:asc' })).toBe('invalid bad_order');
    expect(code({ measures: 'budget|sangong_total|project_count', drilldown: 'province|year' })).toBe(
      'accepted',
    );
  });
});

describe('compile', () => {
  it('binds every value and takes identifiers from the catalog only', () => {
    const c = compileAggregate(
      normal({
        measures: 'execution_rate',
        drilldown: 'unit',
        cut: "province:湖南省'; DROP TABLE units;--|year:2021",
        order: 'execution_rate:asc',
        pagesize: 20,
      }),
    );
    expect(c.cells.sql).not.toContain('湖南省');
    expect(c.cells.sql).not.toContain('DROP');
    expect(Object.values(c.cells.params)).toEqual(expect.arrayContaining(["湖南省'", 2021, false, 20, 0]));
    expect(c.cells.sql).toMatchSnapshot();
    expect(c.summary!.sql).toMatchSnapshot();
  });

  it('skips GROUP BY at the fact grain and counts units plainly within a year', () => {
    const atGrain = compileAggregate(normal({ measures: 'budget|unit_count', drilldown: 'unit|year' }));
    expect(atGrain.cells.sql).not.toContain('GROUP BY');
    expect(atGrain.cells.sql).toMatchSnapshot();
    const withinYear = compileAggregate(
      normal({ measures: 'unit_count', drilldown: 'province', cut: 'year:2021' }),
    );
    expect(withinYear.cells.sql).toContain('count(*) AS "unit_count"');
    const overYears = compileAggregate(normal({ measures: 'unit_count', drilldown: 'province' }));
    expect(overYears.cells.sql).toContain('count(DISTINCT f.unit_id)');
  });

  it('joins facts on the drilldown keys', () => {
    const c = compileAggregate(
      normal({ measures: 'budget|sangong_total|project_rate_median', drilldown: 'province|year' }),
    );
    expect(c.cells.sql).toMatchSnapshot();
  });

  it('answers from a rollup only when a grain matches exactly', () => {
    const grains = {
      project_rollup: new Set([grainKey(['year', 'demo']), grainKey(['province', 'year', 'demo'])]),
    };
    expect(grainKey(['year', 'demo'])).toBe('is_demo,year');
    const byYear = compileAggregate(
      normal({ measures: 'project_rate_median|project_count', drilldown: 'year' }),
      grains,
    );
    expect(byYear.rollups).toEqual(['project']);
    expect(byYear.cells.sql).toMatchSnapshot();
    const oneProvince = compileAggregate(
      normal({ measures: 'project_rate_median', drilldown: 'year', cut: 'province:湖南省' }),
      grains,
    );
    expect(oneProvince.rollups).toEqual(['project']);
    const twoProvinces = compileAggregate(
      normal({ measures: 'project_rate_median', drilldown: 'year', cut: 'province:湖南省;江西省' }),
      grains,
    );
    expect(twoProvinces.rollups).toEqual([]);
    const range = compileAggregate(
      normal({ measures: 'project_rate_median', cut: 'year:2020..2021' }),
      grains,
    );
    expect(range.rollups).toEqual([]);
    const threshold = compileAggregate(
      normal({ measures: 'projects_below_threshold', drilldown: 'year' }),
      grains,
    );
    expect(threshold.rollups).toEqual([]);
  });

  it('compiles members and alerts with bound values', () => {
    const m = compileMembers(
      normaliseMembers('city', { cut: 'province:湖南省', q: '岳%', page: 1, pagesize: 50 }),
    );
    expect(m.sql).toMatchSnapshot();
    expect(m.params).toMatchObject({ p1: '湖南省', p2: false, p3: '%岳\\%%' });
    const alerts = compileAlerts(normaliseAlerts(AlertsQuery.parse({ cut: 'province:湖南省' }), 2021));
    for (const { entries, count } of alerts) {
      for (const statement of [entries, count]) {
        expect(statement.sql).not.toContain('湖南省');
        expect(statement.sql).not.toContain('2021');
      }
    }
  });
});

describe('catalog', () => {
  it('declares every measure and dimension once, with labels, unit, format and formula', () => {
    for (const list of [MEASURES, DIMENSIONS]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const m of MEASURES) {
      expect(
        m.label.zh && m.label.en && m.unit && m.formula && m.description.zh && m.sql && m.rowSql,
      ).toBeTruthy();
      expect(FACTS[m.fact]).toBeDefined();
    }
    for (const d of DIMENSIONS) expect(d.facts[d.membersFact]).toBeDefined();
  });
});
