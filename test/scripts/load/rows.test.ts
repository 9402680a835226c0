// Table rows from documents (pure): unit ids, merge priority and conflicts, exact computed rates,
// facts with provenance for every stated and derived value, demo separation, unusable values.

import { describe, expect, it } from 'vitest';
import type { ExtractedFile } from '../../../scripts/model/record';
import { buildRows } from '../../../scripts/load/rows';
import type { Row, WarehouseDocument } from '../../../scripts/load/types';
import { makeRecord, sampleRecord, type RecordInput } from './helpers';

let seq = 0;
function doc(
  records: RecordInput[],
  over: Partial<WarehouseDocument> = {},
  ex: Partial<ExtractedFile> = {},
): WarehouseDocument {
  seq++;
  const docId = (over.docId ?? String(seq).padStart(4, '0')).padEnd(64, 'a');
  return {
    docId,
    path: `data/${seq}.txt`,
    loadedAt: '2026-01-01T00:00:00.000Z',
    parserVersion: 'test',
    demo: false,
    ...over,
    extract: {
      file: `${seq}.txt`,
      sha256: docId,
      size_bytes: 100,
      status: 'ok',
      records: records.map(makeRecord),
      errors: [],
      ...ex,
    },
  };
}

const fact = (rows: Row[], key: string, extra: Partial<Row> = {}) =>
  rows.filter((r) => r.key === key && Object.entries(extra).every(([k, v]) => r[k] === v));

describe('buildRows', () => {
  it('fills every table from one document, with the exact computed execution rate next to the stated one', () => {
    const rows = buildRows([doc([sampleRecord()])]);
    expect(rows.documents).toHaveLength(1);
    expect(rows.document_extracts).toHaveLength(1);
    expect(rows.units).toEqual([
      expect.objectContaining({
        unit_id: '130127:人民政府办公室',
        name: '高邑县人民政府办公室',
        division_code: '130127',
      }),
    ]);
    const uy = rows.unit_years[0]!;
    expect(uy).toMatchObject({
      unit_id: '130127:人民政府办公室',
      year: 2021,
      budget: '1308.050000',
      executed: '906.090000',
      execution_rate_stated: '69.0000',
      execution_rate: '69.2703', // 906.09 / 1308.05 × 100 = 69.27029…, exact decimal, rounded half-up
      score: '92.500',
      grade: '优秀',
      basic: '326.080000',
      staff_quota: 21,
      report_kinds: ['overall_self_eval'],
      is_demo: false,
    });
    expect(rows.sangong[0]).toMatchObject({ total: '0.500000', reception: '0.500000', abroad: null });
    expect(rows.quarterly).toEqual([
      { unit_id: '130127:人民政府办公室', year: 2021, quarter: 1, progress: '20.5000' },
    ]);
    expect(rows.projects[0]).toMatchObject({
      project_id: '130127:人民政府办公室/2021/大气办经费',
      budget: '11.784000',
      execution_rate: '100.0000',
      score: '94.000',
    });
    expect(rows.project_indicators[0]).toMatchObject({
      seq: 1,
      name: '完成率',
      target: '100',
      weight: '10.000',
    });
    expect(rows.indicators[0]).toMatchObject({
      seq: 1,
      level1: '过程',
      path: ['过程', '预算执行', '预算执行率'],
      score: '19.000',
    });
  });

  it('keeps every stated and derived value as a fact with its provenance', () => {
    const rows = buildRows([
      doc([
        sampleRecord({
          overall: { budget: '1308.05', executed: '906.09', derived_score: '91', grade: '优秀' },
        }),
      ]),
    ]);
    expect(fact(rows.facts, 'overall.budget')[0]).toMatchObject({
      subject: 'unit_year',
      value_num: '1308.050000',
      line: 12,
      quote: '本年度收入 1308.05 万元',
      source_unit: '万元',
      derived: false,
      chosen: true,
    });
    expect(fact(rows.facts, 'overall.derived_score')[0]).toMatchObject({
      derived: true,
      value_num: '91.000000',
    });
    expect(fact(rows.facts, 'overall.execution_rate_computed')[0]).toMatchObject({
      derived: true,
      value_num: '69.270300',
    });
    expect(fact(rows.facts, 'project.budget')[0]).toMatchObject({
      subject: 'project',
      subject_id: '130127:人民政府办公室/2021/大气办经费',
      line: 80,
      source_unit: '万元',
    });
    expect(fact(rows.facts, 'project_indicator.target')[0]).toMatchObject({ value_num: '100.000000' });
    expect(fact(rows.facts, 'indicator.score')[0]).toMatchObject({
      subject: 'indicator',
      subject_id: '1',
      line: 60,
    });
    expect(fact(rows.facts, 'quarterly.progress')[0]).toMatchObject({
      subject_id: 'Q1',
      source_unit: '%',
      line: 40,
    });
    expect(fact(rows.facts, 'unit.county')[0]).toMatchObject({ value_text: '高邑县', value_num: null });
    expect(fact(rows.facts, 'overall.grade')[0]).toMatchObject({ value_text: '优秀' });
    expect(new Set(rows.facts.map((f) => f.fact_id)).size).toBe(rows.facts.length);
  });

  it('merges two documents about one unit-year: the first by priority wins, the other value is a conflict, both stay in facts', () => {
    const projectEval = doc([
      sampleRecord({ report_kinds: ['project_self_eval'], overall: { budget: '1300' } }),
    ]);
    const overall = doc([
      sampleRecord({ overall: { budget: '1308.05', executed: '906.09' }, finance: { basic: '326.08' } }),
    ]);
    const rows = buildRows([projectEval, overall]);
    expect(rows.unit_years).toHaveLength(1);
    expect(rows.unit_years[0]).toMatchObject({
      budget: '1308.050000',
      report_kinds: ['overall_self_eval', 'project_self_eval'],
    });
    const conflict = rows.findings.filter((f) => f.code === 'value_conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ doc_id: projectEval.docId, year: 2021 });
    expect(String(conflict[0]!.message)).toMatch(/budget .*states 1308\.050000.*states 1300\.000000/);
    const budgets = fact(rows.facts, 'overall.budget');
    expect(budgets.map((f) => [f.value_num, f.chosen]).sort()).toEqual([
      ['1300.000000', false],
      ['1308.050000', true],
    ]);
    // The project both documents list is one row, and equal values are no conflict.
    expect(rows.projects).toHaveLength(1);
  });

  it('orders documents of equal kind by load time, and ok before partial', () => {
    const later = doc([sampleRecord({ overall: { budget: '2' } })], { loadedAt: '2026-02-01T00:00:00.000Z' });
    const earlier = doc([sampleRecord({ overall: { budget: '1' } })], {
      loadedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(buildRows([later, earlier]).unit_years[0]!.budget).toBe('1.000000');
    const partial = doc(
      [sampleRecord({ overall: { budget: '3' } })],
      { loadedAt: '2025-01-01T00:00:00.000Z' },
      { status: 'partial', errors: [{ code: 'truncated', message: 'x: looks truncated' }] },
    );
    const rows = buildRows([partial, later]);
    expect(rows.unit_years[0]!.budget).toBe('2.000000');
    expect(rows.findings.find((f) => f.code === 'truncated')).toMatchObject({
      doc_id: partial.docId,
      severity: 'warning',
    });
  });

  it('joins a record naming its unit only by name to the coded unit of the same name', () => {
    const coded = doc([sampleRecord()]);
    const named = doc([sampleRecord({ unit: { name: '高邑县人民政府办公室' }, year: 2022 })]);
    const rows = buildRows([coded, named]);
    expect(rows.units).toHaveLength(1);
    expect(rows.unit_years.map((u) => [u.unit_id, u.year])).toEqual([
      ['130127:人民政府办公室', 2021],
      ['130127:人民政府办公室', 2022],
    ]);
    const alone = buildRows([doc([sampleRecord({ unit: { name: ' 某县 财政局 ' } })])]);
    expect(alone.units[0]!.unit_id).toBe('name:某县财政局');
  });

  it('never merges demo documents with real ones', () => {
    const rows = buildRows([doc([sampleRecord()]), doc([sampleRecord()], { demo: true })]);
    expect(rows.units.map((u) => [u.unit_id, u.is_demo]).sort()).toEqual([
      ['130127:人民政府办公室', false],
      ['demo:130127:人民政府办公室', true],
    ]);
    expect(rows.findings.filter((f) => f.code === 'value_conflict')).toEqual([]);
  });

  it('keeps a value that does not fit its column out of the typed table, with a finding, and in facts', () => {
    const rows = buildRows([
      doc([
        sampleRecord({ overall: { budget: '100', execution_rate: '123456789' }, staff: { quota: '4.5' } }),
      ]),
    ]);
    expect(rows.unit_years[0]).toMatchObject({
      execution_rate_stated: null,
      staff_quota: null,
      execution_rate: null,
    });
    expect(
      rows.findings.filter((f) => f.code === 'value_unusable').map((f) => JSON.parse(String(f.details)).keys),
    ).toEqual([['overall.execution_rate'], ['staff.quota']]);
    expect(fact(rows.facts, 'overall.execution_rate')[0]).toMatchObject({ value_num: '123456789.000000' });
  });

  it('stores records without a unit or year as facts only', () => {
    const { year: _y, ...noYear } = sampleRecord();
    const rows = buildRows([
      doc([noYear], {}, { status: 'partial', errors: [{ code: 'year_missing', message: 'no year' }] }),
    ]);
    expect(rows.unit_years).toEqual([]);
    expect(rows.projects).toEqual([]);
    expect(fact(rows.facts, 'overall.budget')[0]).toMatchObject({
      year: null,
      unit_id: '130127:人民政府办公室',
    });
  });

  it('records quarantined documents with their reason and nothing else', () => {
    const rows = buildRows([
      doc(
        [],
        {},
        { status: 'quarantined', errors: [{ code: 'empty', message: 'e.txt: the file is empty' }] },
      ),
    ]);
    expect(rows.documents[0]).toMatchObject({
      status: 'quarantined',
      reason: 'e.txt: the file is empty',
      kinds: [],
    });
    expect(rows.facts).toEqual([]);
    expect(rows.findings).toEqual([]);
  });

  it('gives the same rows for the same documents in any order', () => {
    const a = doc([sampleRecord()]);
    const b = doc([sampleRecord({ report_kinds: ['final_accounts'], overall: { budget: '9' } })]);
    expect(buildRows([b, a])).toEqual(buildRows([a, b]));
  });
});

describe('fitDecimal', () => {
  it('keeps exact decimals, rounds half-up past the scale and refuses what does not fit', async () => {
    const { fitDecimal } = await import('../../../scripts/load/decimal');
    const cases: [unknown, string | undefined][] = [
      ['1308.05', '1308.050000'],
      ['0.0001', '0.000100'],
      ['-0', '0.000000'],
      ['-12.5', '-12.500000'],
      ['007.5', '7.500000'],
      [42, '42.000000'],
      ['1,308.05', '1308.050000'],
      ['95.74%', '95.740000'],
      ['0.0000005', '0.000001'],
      ['0.00000049', '0.000000'],
      ['1e3', '1000.000000'],
      ['99999999999999.9999994', '99999999999999.999999'],
      ['100000000000000', undefined],
      ['#DIV/0!', undefined],
      ['', undefined],
    ];
    for (const [input, expected] of cases) expect(fitDecimal(input, 20, 6), String(input)).toBe(expected);
    expect(fitDecimal('99999.99994', 9, 4)).toBe('99999.9999');
    expect(fitDecimal('99999.99995', 9, 4)).toBeUndefined();
  });
});
