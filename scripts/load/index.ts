// Loading documents into the DuckDB warehouse: `loadIntoWarehouse(inputs, {db})`, used by the CLI
// (`npm run etl -- load`), by `npm start` for the first load and by the API for uploads.
//
// A load (1) takes the warehouse's lock and clears temporary files a killed load left behind,
// (2) reads the documents already in the warehouse, (3) takes in the inputs (intake.ts: unchanged
// ones are skipped, a changed file at a known path replaces its earlier version, the rest is
// extracted), (4) rebuilds every table from the carried-over plus new documents into a temporary
// file beside the warehouse and (5) renames it over the old one. When nothing changed, no file is
// written at all.

import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PARSER_VERSION } from '../extract';
import { documentPathKey, takeIn } from './intake';
import { readPreviousWarehouse } from './previous';
import { buildRows } from './rows';
import { TABLES } from './types';
import type { DocumentLine, LoadOptions, LoadSummary, Row, UploadLogEntry, WarehouseRows } from './types';
import { acquireLoadLock, removeStaleTempFiles, swapIntoPlace, tempPathFor } from './warehouse-file';
import { affectedDocuments } from './incremental';
import { schemaHash } from '../sql/files';
import { updateWarehouse, writeWarehouse } from './write';

export { AUTO_WORKERS_MIN_FILES, documentPathKey } from './intake';
export type { LoadOptions, LoadSummary, DocumentLine, LoadProgress, UploadLogEntry } from './types';

const EMPTY_COUNTS = { units: 0, unitYears: 0, facts: 0, findings: 0 };

export async function loadIntoWarehouse(inputs: string[], opts: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const db = path.resolve(opts.db);
  mkdirSync(path.dirname(db), { recursive: true });
  const release = acquireLoadLock(db);
  try {
    removeStaleTempFiles(db);
    const previous = opts.fresh ? undefined : await readPreviousWarehouse(db);
    const { added, removed, lines } = await takeIn(inputs, previous?.documents ?? [], opts);
    const all = [...(previous?.documents ?? []).filter((d) => !removed.has(d.docId)), ...added];
    // A warehouse written with other DDL or post-load SQL is rebuilt from its stored documents.
    const outdated = previous !== undefined && previous.schemaHash !== schemaHash();
    const uploadLog = logRows(opts.uploads ?? [], lines);
    const changed = added.length > 0 || removed.size > 0 || !previous || outdated || uploadLog.length > 0;
    const generation = changed ? (previous?.generation ?? 0) + 1 : (previous?.generation ?? 0);

    let rows: WarehouseRows | undefined;
    let totals: LoadSummary['totals'] = { documents: all.length, ...(previous?.counts ?? EMPTY_COUNTS) };
    let incremental = false;
    if (changed) {
      opts.onProgress?.({ phase: 'write', done: 0, total: TABLES.length + 1, file: 'building rows' });
      const meta = {
        warehouse_time: new Date().toISOString(),
        parser_version: PARSER_VERSION,
        generation: String(generation),
        documents: String(all.length),
      };
      // An update of a copy when few documents are affected and the old file has the same schema;
      // a rebuild from every document otherwise. Both give the same tables (a test checks this).
      const affected =
        previous && previous.schemaHash === schemaHash() && !existsSync(`${db}.wal`)
          ? affectedDocuments(all, [...added, ...previous.documents.filter((d) => removed.has(d.docId))])
          : undefined;
      const rebuilt = affected ? all.filter((d) => affected.has(d.docId)) : all;
      incremental = affected !== undefined && rebuilt.length <= Math.max(1, all.length / 2);
      if (incremental) {
        rows = buildRows(rebuilt);
        totals = await writeAndSwap(db, opts, (temp, onTable) => {
          copyFileSync(db, temp);
          return updateWarehouse(temp, { rows: rows!, meta, uploadLog, onTable }, [...affected!]);
        });
      } else {
        rows = buildRows(all);
        const log = [...(previous?.uploadLog ?? []), ...uploadLog];
        totals = await writeAndSwap(db, opts, (temp, onTable) =>
          writeWarehouse(temp, { rows: rows!, meta, uploadLog: log, onTable }),
        );
      }
    }

    const addedIds = new Set(added.map((d) => d.docId));
    const count = (outcome: string) => lines.filter((l) => l.outcome === outcome).length;
    return {
      db,
      loaded: count('loaded'),
      skipped: count('skipped'),
      replaced: count('replaced'),
      quarantined: lines.filter((l) => l.status === 'quarantined').length,
      partial: lines.filter((l) => l.status === 'partial').length,
      findings: rows ? rows.findings.filter((f) => addedIds.has(String(f.doc_id))).length : 0,
      written: changed,
      generation,
      totals,
      incremental,
      documents: lines,
      millis: Date.now() - started,
    };
  } finally {
    release();
  }
}

/** The upload log rows of this load: each entry with the outcome of the input it names. */
function logRows(entries: UploadLogEntry[], lines: DocumentLine[]): Row[] {
  const byPath = new Map(lines.map((l) => [l.path, l]));
  const logged = new Set<string>();
  return entries.map(({ input, ...entry }) => {
    const key = input === undefined ? undefined : documentPathKey(input);
    const line = key === undefined ? undefined : byPath.get(key);
    if (!line || key === undefined) return { ...entry };
    const status = line.status ?? null;
    // One file sent by several requests at once is loaded for the first; the others are skipped.
    if (logged.has(key) && line.outcome !== 'skipped')
      return {
        ...entry,
        outcome: 'skipped',
        status,
        message: 'same content as another upload of the same moment',
      };
    logged.add(key);
    return { ...entry, outcome: line.outcome, status, message: line.message ?? null };
  });
}

/** Write a temporary file beside the warehouse with `write`, then rename it into place. */
async function writeAndSwap(
  db: string,
  opts: LoadOptions,
  write: (
    temp: string,
    onTable: (done: number, total: number, table: string) => void,
  ) => Promise<LoadSummary['totals']>,
): Promise<LoadSummary['totals']> {
  const temp = tempPathFor(db);
  try {
    const totals = await write(temp, (done, total, table) =>
      opts.onProgress?.({ phase: 'write', done, total, file: table }),
    );
    opts.onProgress?.({ phase: 'swap', done: 1, total: 1 });
    swapIntoPlace(temp, db);
    return totals;
  } catch (err) {
    rmSync(temp, { force: true, recursive: true });
    rmSync(`${temp}.wal`, { force: true });
    throw err;
  }
}
