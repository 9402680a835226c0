// Writing a new warehouse file: the DDL of scripts/sql/schema.sql, every table's rows in bulk through
// DuckDB appenders (values converted by the column types the DDL declares, decimals as exact scaled
// integers), then scripts/sql/post/*.sql in lexical order (rollups), then meta, then a checkpoint.

import { DuckDBDataChunkWriter, JSToDuckDBValueConverter } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitDecimal, scaledBigInt } from './decimal';
import { openDuckDB, queryRows } from './duckdb';
import { TABLES } from './types';
import type { Row, WarehouseRows } from './types';

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'sql');
export const SCHEMA_SQL = path.join(SQL_DIR, 'schema.sql');
export const POST_SQL_DIR = path.join(SQL_DIR, 'post');

/** The post-load SQL files, in lexical order. */
export function postSqlFiles(dir = POST_SQL_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(dir, f));
}

export async function writeWarehouse(
  file: string,
  rows: WarehouseRows,
  meta: Record<string, string>,
  onTable?: (done: number, total: number, table: string) => void,
): Promise<void> {
  const { conn, close } = await openDuckDB(file, 'read_write');
  try {
    await conn.run(readFileSync(SCHEMA_SQL, 'utf8'));
    const steps = TABLES.length + 1;
    for (const [i, table] of TABLES.entries()) {
      await appendRows(conn, table, rows[table]);
      onTable?.(i + 1, steps, table);
    }
    for (const sqlFile of postSqlFiles()) {
      try {
        await conn.run(readFileSync(sqlFile, 'utf8'));
      } catch (err) {
        throw new Error(`${path.basename(sqlFile)}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    await appendRows(
      conn,
      'meta',
      Object.entries(meta).map(([key, value]) => ({ key, value })),
    );
    onTable?.(steps, steps, 'meta');
    await conn.run('CHECKPOINT');
  } finally {
    close();
  }
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
