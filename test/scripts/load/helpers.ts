// Test helpers for the ETL pipeline and loader: evaluation records built by hand, a stand-in
// recogniser that reads records written into a text file as `RECORDS <json>` (so that tests control
// exactly what the pipeline receives, through the real readers), and table dumps for comparisons.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentModel } from '../../../scripts/model/document';
import { emptyRecord, type EvaluationRecord } from '../../../scripts/model/record';
import { openDuckDB, queryRows } from '../../../scripts/load/duckdb';
import { TABLES } from '../../../scripts/load/types';

export type RecordInput = Partial<EvaluationRecord>;

export function makeRecord(r: RecordInput = {}): EvaluationRecord {
  return { ...emptyRecord(), ...r };
}

/** The stand-in recogniser: records from a paragraph "RECORDS [...]"; nothing otherwise. */
/** As recogniseReadings: the marker's records, with no statements behind them. */
export function readingsFromMarker(doc: DocumentModel): { record: EvaluationRecord; reading: undefined }[] {
  return recogniseFromMarker(doc).map((record) => ({ record, reading: undefined }));
}

export function recogniseFromMarker(doc: DocumentModel): EvaluationRecord[] {
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph' && b.text.startsWith('RECORDS ')) {
      return (JSON.parse(b.text.slice('RECORDS '.length)) as RecordInput[]).map(makeRecord);
    }
  }
  return [];
}

/** Text of a report file carrying the given records for the stand-in recogniser. */
export function reportText(records: RecordInput[], title = '部门整体支出绩效自评报告'): string {
  return `${title}\n\nRECORDS ${JSON.stringify(records)}\n\n以上为自评结果。\n`;
}

export function tempDir(prefix = 'etl-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeReport(dir: string, name: string, records: RecordInput[]): string {
  const p = path.join(dir, name);
  writeFileSync(p, reportText(records));
  return p;
}

/** A 高邑县-like unit-year with a budget, execution and a scoring table. */
export function sampleRecord(over: RecordInput = {}): RecordInput {
  return {
    unit: {
      name: '高邑县人民政府办公室',
      dept_type: '人民政府办公室',
      province: '河北省',
      city: '石家庄市',
      county: '高邑县',
      division_code: '130127',
    },
    year: 2021,
    report_kinds: ['overall_self_eval'],
    overall: { budget: '1308.05', executed: '906.09', execution_rate: '69', score: '92.5', grade: '优秀' },
    finance: { basic: '326.08', project: '580.01' },
    sangong: { total: '0.5', reception: '0.5' },
    staff: { quota: '21', in_service: '23' },
    quarterly: [{ quarter: 1, progress: '20.5', source: { line: 40, text: '一季度支出进度20.5%' } }],
    projects: [
      {
        name: '大气办经费',
        budget: '11.784',
        executed: '11.784',
        score: '94',
        indicators: [{ name: '完成率', target: '100', actual: '100', weight: '10', score: '9' }],
        source: { budget: { line: 80, text: '21\t大气办经费\t11.784\t11.784\t0\t94', unit: '万元' } },
      },
    ],
    indicators: [
      {
        name: '预算执行率',
        path: ['过程', '预算执行', '预算执行率'],
        weight: '20',
        score: '19',
        source: { line: 60, text: '预算执行率 20 19' },
      },
    ],
    source: {
      'overall.budget': { line: 12, text: '本年度收入 1308.05 万元', unit: '万元' },
      'overall.executed': { line: 12, text: '本年支出 906.09 万元', unit: '万元' },
    },
    ...over,
  };
}

/** Every table's rows (sorted), for comparing two warehouses. */
export async function dumpWarehouse(db: string): Promise<Record<string, unknown[]>> {
  const { conn, close } = await openDuckDB(db, 'read_only');
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of [...TABLES, 'meta']) {
      out[t] = await queryRows(conn, `SELECT * FROM "${t}" ORDER BY ALL`);
    }
    return out;
  } finally {
    close();
  }
}

export async function query(
  db: string,
  sql: string,
  values: (string | number)[] = [],
): Promise<Record<string, unknown>[]> {
  const { conn, close } = await openDuckDB(db, 'read_only');
  try {
    return await queryRows(conn, sql, values);
  } finally {
    close();
  }
}
