// The warehouse DDL and the post-load SQL (rollups) as files on disk, and a way to run them on a
// connection. Used by the synthetic generator and by tests that build small warehouses.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';

const SQL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'sql');

export function schemaSql(): string {
  return readFileSync(join(SQL_DIR, 'schema.sql'), 'utf8');
}

/** The post-load SQL files in the order they run (lexical). */
export function postSqlFiles(): string[] {
  const dir = join(SQL_DIR, 'post');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join(dir, f));
}

export async function applySchema(c: DuckDBConnection): Promise<void> {
  await c.run(schemaSql());
}

export async function runPostSql(
  c: DuckDBConnection,
  onFile?: (file: string, ms: number) => void,
): Promise<void> {
  for (const file of postSqlFiles()) {
    const t = performance.now();
    await c.run(readFileSync(file, 'utf8'));
    onFile?.(file, performance.now() - t);
  }
}
