// Findings and alerts in words: every finding code and severity has Chinese and English labels and a
// one-line explanation with its figures; /api/units and /api/alerts carry them; a rule pages and
// exports on its own.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { explainFinding, FINDING_CODES, findingLabel, SEVERITIES } from '../../server/catalog';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

beforeAll(async () => {
  const file = join(tempDir(), 'w.duckdb');
  const rows = fixtureRows();
  rows.findings![0]!.details = JSON.stringify({
    keys: ['overall.score'],
    values: { sum: '96', stated: '97' },
  });
  await buildWarehouse(file, rows);
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, uploadDir: join(tempDir(), 'uploads'), logError: () => {} });
});

afterAll(() => warehouse.shutdown());

describe('finding codes in words', () => {
  it('labels every code the checks record, in both languages', () => {
    for (const code of [
      'balance_mismatch',
      'value_conflict',
      'score_missing',
      'score_sum_mismatch',
      'unit_suspect',
      'rate_mismatch',
      'high_score_low_execution',
      'score_derived',
      'parts_exceed_total',
      'grade_mismatch',
      'year_missing',
      'unit_missing',
    ]) {
      expect(FINDING_CODES[code]?.label.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(FINDING_CODES[code]?.label.en, code).toMatch(/[A-Za-z]/);
    }
    for (const s of ['error', 'warning', 'info']) expect(SEVERITIES[s]!.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(findingLabel('something_new').zh).toBe('其他问题（something_new）');
  });

  it('explains a finding with its own figures, falling back to the message', () => {
    expect(explainFinding('score_sum_mismatch', { sum: '96', stated: '97' }).zh).toBe(
      '指标得分合计96分，报告总分97分',
    );
    expect(explainFinding('value_conflict', { kept: '10', other: '12' }).zh).toBe('入库取10，另一文件填报12');
    expect(explainFinding('score_sum_mismatch', null, '评分表合计不符').zh).toBe('评分表合计不符');
  });

  it('words the findings of a unit profile', async () => {
    const res = await request(app)
      .get(`/api/units/${encodeURIComponent('360723:教育局')}`)
      .expect(200);
    expect(res.body.findings[0]).toMatchObject({
      code: 'score_sum_mismatch',
      label: { zh: '指标得分与总分不符' },
      severity_label: { zh: '警告', en: 'Warning' },
      explanation: { zh: '指标得分合计96分，报告总分97分' },
    });
  });

  it('serves the labels in /api/model', async () => {
    const res = await request(app).get('/api/model').expect(200);
    expect(res.body.severities.warning).toEqual({ zh: '警告', en: 'Warning' });
    expect(res.body.finding_codes).toContainEqual({
      code: 'high_score_low_execution',
      label: { zh: '高自评分低执行率', en: 'High self-score, low execution' },
    });
  });

  it('words the findings rule of the alerts, never with the bare code', async () => {
    const res = await request(app).get('/api/alerts').query({ year: 2021 }).expect(200);
    const findings = res.body.rules.find((r: { id: string }) => r.id === 'findings');
    expect(findings.entries[0].why.zh).toBe('警告·指标得分与总分不符：指标得分合计96分，报告总分97分');
    expect(findings.entries[0].why.zh).not.toContain('score_sum_mismatch');
  });
});

describe('a rule on its own: pages and exports', () => {
  it('pages one rule with offset, keeping its total', async () => {
    const first = await request(app)
      .get('/api/alerts')
      .query({ year: 2021, rule: 'quarterly_behind', limit: 2 })
      .expect(200);
    expect(first.body.rules.map((r: { id: string }) => r.id)).toEqual(['quarterly_behind']);
    expect(first.body.rules[0]).toMatchObject({ total: 3, offset: 0 });
    expect(first.body.rules[0].entries.map((e: { quarter: number }) => e.quarter)).toEqual([4, 1]);
    const second = await request(app)
      .get('/api/alerts')
      .query({ year: 2021, rule: 'quarterly_behind', limit: 2, offset: 2 })
      .expect(200);
    expect(second.body.rules[0]).toMatchObject({ total: 3, offset: 2 });
    expect(second.body.rules[0].entries.map((e: { quarter: number }) => e.quarter)).toEqual([3]);
  });

  it('exports one rule as CSV', async () => {
    const res = await request(app)
      .get('/api/alerts')
      .query({ year: 2021, rule: 'unit_low_execution', format: 'csv' })
      .expect(200);
    expect(res.headers['content-disposition']).toContain('alerts_2021_unit_low_execution.csv');
    const lines = res.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.startsWith('unit_low_execution,'))).toBe(true);
  });

  it('answers an unknown rule with a 400 naming the rules', async () => {
    const res = await request(app).get('/api/alerts').query({ rule: 'nope' }).expect(400);
    expect(res.body.error.code).toBe('unknown_rule');
    expect(res.body.error.message).toContain('unit_low_execution');
  });
});
