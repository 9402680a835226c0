// Writing warehouse files: a new one (the DDL of scripts/sql/schema.sql, every table's rows) or an
// update of a copy (the rows of the affected documents replaced). Rows go in bulk through DuckDB
// appenders (values converted by the column types the DDL declares, decimals as exact scaled
// integers); then scripts/sql/post/*.sql in lexical order (rollups), then meta, then a checkpoint.

import { DuckDBDataChunkWriter, JSToDuckDBValueConverter } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { fitDecimal, scaledBigInt } from './decimal';
import { openDuckDB, queryRows } from './duckdb';
import { applySchema, runPostSql, schemaHash } from '../sql/files';
import { TABLES } from './types';
import type { LoadSummary, Row, WarehouseRows } from './types';

type WarehouseTotals = LoadSummary['totals'];

type OnTable = (done: number, total: number, table: string) => void;

/** What a write puts in a warehouse file, and whom it tells of each table written. */
export interface WarehouseContents {
  rows: WarehouseRows;
  meta: Record<string, string>;
  /** Upload log entries: all of them for a new file, the new ones for an update. */
  uploadLog?: Row[];
  onTable?: OnTable;
}

/** Write a new warehouse file: the DDL, every table's rows, post-load SQL, meta, a checkpoint. */
export async function writeWarehouse(file: string, contents: WarehouseContents): Promise<WarehouseTotals> {
  const { conn, close } = await openDuckDB(file, 'read_write');
  try {
    await applySchema(conn);
    return await fill(conn, contents);
  } finally {
    close();
  }
}

/**
 * Update a copy of the warehouse in place of a rebuild: delete every row that comes from the
 * `affected` documents (or from the units they are about), then append `rows`, which must have been
 * built from exactly those documents (all the documents about those units, see incremental.ts).
 * The result is the same as a rebuild from every document; only the affected rows are touched.
 */
export async function updateWarehouse(
  file: string,
  contents: WarehouseContents,
  affected: string[],
): Promise<WarehouseTotals> {
  const { conn, close } = await openDuckDB(file, 'read_write');
  try {
    await conn.run('CREATE TABLE load_affected_docs (doc_id VARCHAR PRIMARY KEY)');
    await conn.run('CREATE TABLE load_affected_units (unit_id VARCHAR PRIMARY KEY)');
    await appendRows(
      conn,
      'load_affected_docs',
      affected.map((doc_id) => ({ doc_id })),
    );
    // The units the affected documents were about before (from their facts) and are about now.
    const units = new Set(contents.rows.units.map((u) => String(u.unit_id)));
    const before = await queryRows(
      conn,
      'SELECT DISTINCT unit_id FROM facts WHERE unit_id IS NOT NULL AND doc_id IN (SELECT doc_id FROM load_affected_docs)',
    );
    for (const r of before) units.add(String(r.unit_id));
    await appendRows(
      conn,
      'load_affected_units',
      [...units].map((unit_id) => ({ unit_id })),
    );
    for (const sql of [
      'DELETE FROM project_indicators WHERE project_id IN (SELECT project_id FROM projects WHERE unit_id IN (SELECT unit_id FROM load_affected_units))',
      ...['projects', 'units', 'unit_years', 'sangong', 'quarterly'].map(
        (t) => `DELETE FROM ${t} WHERE unit_id IN (SELECT unit_id FROM load_affected_units)`,
      ),
      ...['documents', 'document_extracts', 'facts', 'findings', 'indicators'].map(
        (t) => `DELETE FROM ${t} WHERE doc_id IN (SELECT doc_id FROM load_affected_docs)`,
      ),
      'DELETE FROM meta',
      'DROP TABLE load_affected_docs',
      'DROP TABLE load_affected_units',
    ]) {
      await conn.run(sql);
    }
    return await fill(conn, contents);
  } finally {
    close();
  }
}

/**
 * Append every table's rows and the upload log, then run the post-load SQL in lexical order, write
 * meta and checkpoint (so that no WAL is left beside the file). Returns the warehouse's totals.
 */
async function fill(
  conn: DuckDBConnection,
  { rows, meta, uploadLog = [], onTable }: WarehouseContents,
): Promise<WarehouseTotals> {
  for (const [i, table] of TABLES.entries()) {
    await appendRows(conn, table, rows[table]);
    onTable?.(i + 1, TABLES.length + 1, table);
  }
  await appendRows(conn, 'upload_log', uploadLog);
  await runPostSql(conn);
  await appendRows(
    conn,
    'meta',
    Object.entries({ ...meta, schema_hash: schemaHash() }).map(([key, value]) => ({ key, value })),
  );
  await conn.run('CHECKPOINT');
  const count = async (table: string) =>
    Number((await queryRows(conn, `SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0);
  const totals = {
    documents: await count('documents'),
    units: await count('units'),
    unitYears: await count('unit_years'),
    facts: await count('facts'),
    findings: await count('findings'),
  };
  onTable?.(TABLES.length + 1, TABLES.length + 1, 'meta');
  return totals;
}

type Convert = (v: unknown) => unknown;

/** Append rows to a table in bulk; columns and their conversions come from the table's declared types. */
export async function appendRows(conn: DuckDBConnection, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = (await queryRows(conn, `DESCRIBE "${table}"`)).map((c) => ({
    name: String(c.column_name),
    convert: converterFor(table, String(c.column_name), String(c.column_type)),
  }));
  const appender = await conn.createAppender(table);
  try {
    const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: JSToDuckDBValueConverter });
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = columns[i]!.convert(row[columns[i]!.name]);
      writer.appendRow(values as never);
    }
    writer.flush();
  } finally {
    appender.closeSync();
  }
}

function converterFor(table: string, column: string, type: string): Convert {
  const decimal = /^DECIMAL\((\d+),(\d+)\)$/.exec(type);
  if (decimal) {
    const width = Number(decimal[1]);
    const scale = Number(decimal[2]);
    const exact = new RegExp(`^-?\\d+\\.\\d{${scale}}$`);
    const maxDigits = width;
    return (v) => {
      if (v === undefined || v === null) return null;
      const s = String(v);
      if (exact.test(s) && s.replace(/[-.]/g, '').length <= maxDigits) return BigInt(s.replace('.', ''));
      const fitted = fitDecimal(s, width, scale);
      if (fitted === undefined) throw new Error(`${table}.${column}: "${s}" is not a ${type}`);
      return scaledBigInt(fitted, scale);
    };
  }
  if (type === 'TIMESTAMP')
    return (v) => (v === undefined || v === null ? null : v instanceof Date ? v : new Date(String(v)));
  if (type === 'INTEGER' || type === 'BIGINT') {
    return (v) => {
      if (v === undefined || v === null) return null;
      const n = Number(v);
      if (!Number.isInteger(n)) throw new Error(`${table}.${column}: "${String(v)}" is not an integer`);
      return type === 'BIGINT' ? BigInt(n) : n;
    };
  }
  if (type === 'BOOLEAN') return (v) => (v === undefined || v === null ? null : Boolean(v));
  if (type.endsWith('[]'))
    return (v) => (v === undefined || v === null ? null : (v as unknown[]).map(String));
  return (v) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
}
