// Builds small warehouses for the API tests: the real DDL, rows inserted with bound parameters,
// then the real post-load SQL. Also the fixture every API suite shares, with figures easy to check.

import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { applySchema, runPostSql } from '../../../scripts/sql/files';

export type Rows = Record<string, Record<string, DuckDBValue | string[] | null>[]>;

export function tempDir(prefix = 'jx-api-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a warehouse file from rows: beside the target, then renamed over it (as a load does). */
export async function buildWarehouse(file: string, rows: Rows): Promise<void> {
  const tmp = `${file}.building`;
  const db = await DuckDBInstance.create(tmp, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const c = await db.connect();
  await applySchema(c);
  for (const [table, list] of Object.entries(rows)) {
    for (const row of list) {
      // NULLs are left out (the column default applies); lists travel as JSON text and are cast.
      const cols = Object.keys(row).filter((k) => row[k] !== null && row[k] !== undefined);
      const placeholders = cols.map((k, i) =>
        Array.isArray(row[k]) ? `CAST(CAST($${i + 1} AS JSON) AS VARCHAR[])` : `$${i + 1}`,
      );
      await c.run(
        `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${placeholders.join(', ')})`,
        cols.map((k) => (Array.isArray(row[k]) ? JSON.stringify(row[k]) : row[k]!)),
      );
    }
  }
  await runPostSql(c);
  c.closeSync();
  db.closeSync();
  renameSync(tmp, file);
}

const LOADED = '2024-03-01 10:00:00';

function unit(
  unit_id: string,
  name: string,
  dept_type: string,
  province: string,
  city: string,
  county: string,
  is_demo = false,
) {
  return {
    unit_id,
    name,
    dept_type,
    province,
    city,
    county,
    division_code: unit_id.replace(/^demo:/, '').slice(0, 6),
    is_demo,
  };
}

/** The shared fixture. Real 2021: executed 150 + 380 + 20 over budget 200 + 400 + 50 = 84.6154 %. */
export function fixtureRows(): Rows {
  return {
    meta: [{ key: 'loaded_at', value: '2024-03-01T10:00:00' }],
    documents: [
      {
        doc_id: 'doc1',
        file_name: '云溪区教育局2021.txt',
        format: 'text',
        kinds: ['overall_self_eval'],
        status: 'ok',
        parser_version: 't/1',
        loaded_at: LOADED,
      },
      {
        doc_id: 'doc2',
        file_name: '大余县教育局2021.txt',
        format: 'text',
        kinds: ['overall_self_eval', 'final_accounts'],
        status: 'partial',
        reason: 'no score table',
        parser_version: 't/1',
        loaded_at: LOADED,
      },
      {
        doc_id: 'doc3',
        file_name: 'garbage.bin',
        format: null,
        kinds: [],
        status: 'quarantined',
        reason: 'binary garbage',
        parser_version: 't/1',
        loaded_at: LOADED,
      },
      {
        doc_id: 'docD',
        file_name: 'demo.txt',
        format: 'text',
        kinds: ['overall_self_eval'],
        status: 'ok',
        parser_version: 't/1',
        loaded_at: LOADED,
        is_demo: true,
      },
    ],
    units: [
      unit('430603:教育局', '岳阳市云溪区教育局', '教育局', '湖南省', '岳阳市', '云溪区'),
      unit('430603:财政局', '岳阳市云溪区财政局', '财政局', '湖南省', '岳阳市', '云溪区'),
      unit('360723:教育局', '大余县教育局', '教育局', '江西省', '赣州市', '大余县'),
      unit('demo:110101:教育局', '东城区教育局', '教育局', '北京市', '北京市', '东城区', true),
    ],
    unit_years: [
      {
        unit_id: '430603:教育局',
        year: 2020,
        budget: '100',
        executed: '90',
        execution_rate: '90',
        score: '95',
        grade: '优秀',
      },
      {
        unit_id: '430603:教育局',
        year: 2021,
        budget: '200',
        executed: '150',
        execution_rate: '75',
        score: '92',
        grade: '优秀',
      },
      {
        unit_id: '430603:财政局',
        year: 2020,
        budget: '300',
        executed: '297',
        execution_rate: '99',
        score: '88',
        grade: '良好',
      },
      {
        unit_id: '430603:财政局',
        year: 2021,
        budget: '400',
        executed: '380',
        execution_rate: '95',
        score: '85',
        grade: '良好',
      },
      {
        unit_id: '360723:教育局',
        year: 2021,
        budget: '50',
        executed: '20',
        execution_rate: '40',
        score_derived: '70',
        grade: '一般',
      },
      {
        unit_id: 'demo:110101:教育局',
        year: 2021,
        budget: '1000',
        executed: '10',
        execution_rate: '1',
        score: '99',
        grade: '优秀',
        is_demo: true,
      },
    ],
    sangong: [
      { unit_id: '430603:教育局', year: 2020, total: '10', reception: '10' },
      {
        unit_id: '430603:教育局',
        year: 2021,
        total: '12',
        reception: '7',
        vehicle_operation: '5',
        budget: '15',
      },
      { unit_id: '430603:财政局', year: 2021, total: '5', reception: '5', prev_total: '8' },
    ],
    projects: [
      {
        project_id: 'p1',
        unit_id: '430603:教育局',
        year: 2021,
        doc_id: 'doc1',
        name: '校舍维修',
        budget: '10',
        executed: '5',
        execution_rate: '50',
      },
      {
        project_id: 'p2',
        unit_id: '430603:教育局',
        year: 2021,
        doc_id: 'doc1',
        name: '教师培训',
        budget: '30',
        executed: '30',
        execution_rate: '100',
      },
      {
        project_id: 'p3',
        unit_id: '430603:财政局',
        year: 2021,
        doc_id: 'doc1',
        name: '财政信息化',
        budget: '20',
        executed: '19',
        execution_rate: '95',
      },
      {
        project_id: 'pD',
        unit_id: 'demo:110101:教育局',
        year: 2021,
        doc_id: 'docD',
        name: '演示项目',
        budget: '100',
        executed: '1',
        execution_rate: '1',
      },
    ],
    quarterly: [
      { unit_id: '430603:教育局', year: 2021, quarter: 1, progress: '10' },
      { unit_id: '430603:教育局', year: 2021, quarter: 2, progress: '60' },
      { unit_id: '430603:教育局', year: 2021, quarter: 3, progress: '70' },
      { unit_id: '430603:教育局', year: 2021, quarter: 4, progress: '75' },
    ],
    indicators: [
      {
        unit_id: '430603:教育局',
        year: 2021,
        doc_id: 'doc1',
        seq: 1,
        name: '预算执行率',
        path: ['过程', '预算执行率'],
        weight: '10',
        score: '8',
      },
    ],
    findings: [
      {
        finding_id: 'f1',
        doc_id: 'doc2',
        unit_id: '360723:教育局',
        year: 2021,
        code: 'score_sum_mismatch',
        severity: 'warning',
        message: '指标得分合计70，与总分不符',
      },
      {
        finding_id: 'fD',
        doc_id: 'docD',
        unit_id: 'demo:110101:教育局',
        year: 2021,
        code: 'rate_mismatch',
        severity: 'warning',
        message: 'demo',
      },
    ],
    facts: [
      {
        fact_id: 'fact-budget',
        doc_id: 'doc1',
        unit_id: '430603:教育局',
        year: 2021,
        subject: 'unit_year',
        key: 'overall.budget',
        value_num: '200',
        source_unit: '万元',
        line: 12,
        quote: '全年预算数200万元',
      },
    ],
  };
}
