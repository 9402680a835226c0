// URL state of the dashboard: filters round-trip through the query string, the region cascade
// clears what lies below a changed level, and filters become the API's cut.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  applyFilterChange,
  DEFAULT_FILTERS,
  parseFilters,
  serializeFilters,
} from '../../web/src/state/filters';
import { rangeCut, yearCut, withUnits } from '../../web/src/state/cut';
import { aggregateSearch, serializeCut } from '../../web/src/api/client';

describe('filters in the URL', () => {
  it('round-trips every filter', () => {
    const search =
      '?view=trends&lang=en&from=2019&to=2021&province=%E6%B9%96%E5%8D%97%E7%9C%81&city=%E5%B2%B3%E9%98%B3%E5%B8%82&dept=%E6%95%99%E8%82%B2%E5%B1%80&units=a%2Cb&measure=budget&demo=hide&t.threshold=70';
    const filters = parseFilters(search);
    expect(filters).toMatchObject({
      view: 'trends',
      lang: 'en',
      from: 2019,
      to: 2021,
      province: '湖南省',
      city: '岳阳市',
      dept: ['教育局'],
      units: ['a', 'b'],
      measure: 'budget',
      hideDemo: true,
      thresholds: { threshold: '70' },
    });
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
  });

  it('leaves defaults out and ignores junk', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
    const filters = parseFilters('?view=nope&year=20x1&from=1');
    expect(filters.view).toBe('overview');
    expect(filters.year).toBeUndefined();
    expect(filters.from).toBeUndefined();
  });

  it('a new province clears city and county; a new city clears the county', () => {
    const base = { ...DEFAULT_FILTERS, province: '湖南省', city: '岳阳市', county: '云溪区' };
    expect(applyFilterChange(base, { province: '江西省' })).toEqual({
      ...DEFAULT_FILTERS,
      province: '江西省',
    });
    expect(applyFilterChange(base, { city: '长沙市' })).toEqual({
      ...DEFAULT_FILTERS,
      province: '湖南省',
      city: '长沙市',
    });
    expect(applyFilterChange(base, { year: 2021 })).toEqual({ ...base, year: 2021 });
  });
});

describe('filters → cut', () => {
  it('builds the babbage-style cut with region, department, demo and years', () => {
    const filters = { ...parseFilters('?province=湖南省&dept=教育局,财政局&demo=hide') };
    expect(serializeCut(yearCut(filters, 2021))).toBe(
      'province:湖南省|dept_type:教育局;财政局|demo:false|year:2021',
    );
    expect(serializeCut(rangeCut({ ...filters, from: 2019 }))).toBe(
      'province:湖南省|dept_type:教育局;财政局|demo:false|year:2019..',
    );
    expect(serializeCut(withUnits(rangeCut(DEFAULT_FILTERS), ['u1', 'u2']))).toBe(
      'demo:false;true|unit:u1;u2',
    );
  });

  it('serialises an aggregate request', () => {
    const search = aggregateSearch({
      measures: ['budget', 'execution_rate'],
      drilldown: ['year', 'unit'],
      cut: { year: { from: 2020, to: 2021 } },
      order: ['execution_rate:asc'],
      pagesize: 10,
      threshold: 70,
    });
    expect(new URLSearchParams(search).get('cut')).toBe('year:2020..2021');
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      measures: 'budget,execution_rate',
      drilldown: 'year|unit',
      cut: 'year:2020..2021',
      order: 'execution_rate:asc',
      pagesize: '10',
      threshold: '70',
    });
  });
});

describe('demo units', () => {
  it('drill down by demo while demo data is shown, and mark demo units', async () => {
    const { unitDrilldown } = await import('../../web/src/state/cut');
    const { unitLabel } = await import('../../web/src/api/cells');
    expect(unitDrilldown(DEFAULT_FILTERS, 'year')).toEqual(['unit', 'year', 'demo']);
    expect(unitDrilldown({ ...DEFAULT_FILTERS, hideDemo: true })).toEqual(['unit']);
    expect(unitLabel({ unit: 'demo:1', 'unit.label': '曲沃县人民政府办公室', demo: true }, '〔演示〕')).toBe(
      '曲沃县人民政府办公室 〔演示〕',
    );
    expect(unitLabel({ unit: 'u', 'unit.label': '高邑县人民政府办公室', demo: false }, '〔演示〕')).toBe(
      '高邑县人民政府办公室',
    );
  });
});

describe('truncated answers', () => {
  it('counts the cells beyond the first page', async () => {
    const { cellsLeftOut } = await import('../../web/src/api/cells');
    expect(cellsLeftOut({ cells: [{ unit: 'a' }, { unit: 'b' }], total_cell_count: 5 })).toBe(3);
    expect(cellsLeftOut({ cells: [{ unit: 'a' }], total_cell_count: 1 })).toBe(0);
    expect(cellsLeftOut(undefined)).toBe(0);
  });
});
