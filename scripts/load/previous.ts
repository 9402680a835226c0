// Reading the documents of the existing warehouse, so that a load carries them over into the new one:
// each document's row joined with its stored extraction (document_extracts), plus the generation counter.

import { existsSync } from 'node:fs';
import type { ExtractedFile } from '../model/record';
import { openDuckDB, queryRows } from './duckdb';
import type { Row, WarehouseDocument } from './types';
import { schemaHash } from '../sql/files';

export interface PreviousWarehouse {
  documents: WarehouseDocument[];
  generation: number;
  /** Row counts of the merged tables, reported when a load changes nothing. */
  counts: { units: number; unitYears: number; facts: number; findings: number };
  /** The schema hash the warehouse was written with (meta.schema_hash). */
  schemaHash?: string;
  /** The upload log so far (carried over as it is). */
  uploadLog: Row[];
}

export class WarehouseUnreadableError extends Error {
  constructor(db: string, reason: string) {
    super(`${db}: ${reason}`);
    this.name = 'WarehouseUnreadableError';
  }
}

/** The existing warehouse's documents, or undefined when there is no warehouse file yet. */
export async function readPreviousWarehouse(db: string): Promise<PreviousWarehouse | undefined> {
  if (!existsSync(db)) return undefined;
  let handle;
  try {
    handle = await openDuckDB(db, 'read_only');
  } catch (err) {
    throw new WarehouseUnreadableError(
      db,
      `cannot open the existing warehouse (${(err as Error).message}); use --fresh to start a new one`,
    );
  }
  try {
    const tables = new Set(
      (await queryRows(handle.conn, `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'`)).map(
        (r) => String(r.table_name),
      ),
    );
    if (!tables.has('documents') || !tables.has('document_extracts')) {
      throw new WarehouseUnreadableError(
        db,
        'has no stored document extractions (a synthetic or foreign warehouse?), so its contents cannot be carried over; load into another --db or use --fresh',
      );
    }
    const rows = await queryRows(
      handle.conn,
      `SELECT d.doc_id, d.path, d.parser_version, d.is_demo,
              strftime(d.loaded_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS loaded_at, e.extract
         FROM documents d JOIN document_extracts e USING (doc_id)
        ORDER BY d.loaded_at, d.doc_id`,
    );
    const meta = new Map<string, string>();
    if (tables.has('meta')) {
      for (const r of await queryRows(handle.conn, 'SELECT key, value FROM meta'))
        meta.set(String(r.key), String(r.value));
    }
    const generation = Number(meta.get('generation') ?? 0) || 0;
    const count = async (table: string) =>
      tables.has(table)
        ? Number((await queryRows(handle.conn, `SELECT count(*) AS n FROM "${table}"`))[0]?.n ?? 0)
        : 0;
    const counts = {
      units: await count('units'),
      unitYears: await count('unit_years'),
      facts: await count('facts'),
      findings: await count('findings'),
    };
    const documents = rows.map((r) => ({
      docId: String(r.doc_id),
      path: String(r.path ?? ''),
      loadedAt: String(r.loaded_at),
      parserVersion: String(r.parser_version),
      demo: r.is_demo === true,
      extract: JSON.parse(String(r.extract)) as ExtractedFile,
    }));
    const uploadLog = tables.has('upload_log')
      ? await queryRows(
          handle.conn,
          `SELECT * REPLACE (strftime(received_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS received_at)
             FROM upload_log ORDER BY received_at, upload_id, seq`,
        )
      : [];
    return { documents, generation, counts, schemaHash: meta.get('schema_hash'), uploadLog };
  } finally {
    handle.close();
  }
}

/**
 * Was the warehouse written with other DDL or post-load SQL than this version's (tables the API
 * reads may be missing)? False when there is no file or it cannot be read: the caller goes on.
 */
export async function warehouseOutdated(db: string): Promise<boolean> {
  if (!existsSync(db)) return false;
  let handle;
  try {
    handle = await openDuckDB(db, 'read_only');
  } catch {
    return false;
  }
  try {
    const rows = await queryRows(
      handle.conn,
      `SELECT value FROM meta WHERE key = 'schema_hash' AND EXISTS (SELECT 1 FROM duckdb_tables() WHERE table_name = 'document_extracts')`,
    ).catch(() => []);
    return rows.length > 0 && String(rows[0]!.value) !== schemaHash();
  } finally {
    handle.close();
  }
}
