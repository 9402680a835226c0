// Opening DuckDB files for the loader. Extensions are never installed or auto-loaded: the machines
// are offline, so a query that needs one must fail at once and clearly rather than hang on a download.

import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

export const DUCKDB_OPTIONS: Record<string, string> = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

/** A fresh (uncached) instance with one connection; `close` releases both, so the file is let go. */
export async function openDuckDB(
  file: string,
  mode: 'read_only' | 'read_write',
): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const options = mode === 'read_only' ? { ...DUCKDB_OPTIONS, access_mode: 'READ_ONLY' } : DUCKDB_OPTIONS;
  const instance = await DuckDBInstance.create(file, options);
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Run a query and read every row with exact decimals (DECIMAL as strings). */
export async function queryRows(
  conn: DuckDBConnection,
  sql: string,
  values: (string | number | boolean | null)[] = [],
): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql, values);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}
