// The warehouse DDL (schema.sql) and the post-load SQL (post/*.sql: fact tables and rollups) as
// files on disk, and the way to run them on a connection. Used by the loader, the synthetic
// generator and the tests that build small warehouses.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';

const SQL_DIR = dirname(fileURLToPath(import.meta.url));

export function schemaSql(): string {
  return readFileSync(join(SQL_DIR, 'schema.sql'), 'utf8');
}

/**
 * A hash of the DDL and the post-load SQL, kept in meta: a warehouse written with other SQL lacks
 * tables or columns the API reads, so a load rebuilds it rather than updating a copy.
 */
export function schemaHash(): string {
  const hash = createHash('sha256').update(schemaSql());
  for (const file of postSqlFiles()) hash.update(`\0${basename(file)}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
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

/** Runs the post-load SQL files in order; an error names the file. */
export async function runPostSql(
  c: DuckDBConnection,
  onFile?: (file: string, ms: number) => void,
): Promise<void> {
  for (const file of postSqlFiles()) {
    const t = performance.now();
    try {
      await c.run(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${basename(file)}: ${err instanceof Error ? err.message : String(err)}`);
    }
    onFile?.(file, performance.now() - t);
  }
}
