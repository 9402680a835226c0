// Loading documents into the DuckDB warehouse: `loadIntoWarehouse(inputs, {db})`, used by the CLI
// (`npm run etl -- load`), by `npm start` for the first load and by the API for uploads.
//
// A load (1) takes the warehouse's lock and clears temporary files a killed load left behind,
// (2) reads the documents already in the warehouse, (3) reads each input: the same bytes with the
// same parser version are skipped, a changed file at a known path replaces its earlier version,
// anything else is extracted as new, (4) rebuilds every table from the carried-over plus new
// documents into a temporary file beside the warehouse and (5) renames it over the old one.
// When nothing changed, no file is written at all.

import os from 'node:os';
import path from 'node:path';
import { PARSER_VERSION, extractBuffer, listInputFiles, readInput } from '../extract';
import type { ExtractedFile } from '../extract';
import { readPreviousWarehouse } from './previous';
import { buildRows } from './rows';
import { TABLES } from './types';
import type { DocumentLine, LoadOptions, LoadSummary, WarehouseDocument } from './types';
import { acquireLoadLock, removeStaleTempFiles, swapIntoPlace, tempPathFor } from './warehouse-file';
import { writeWarehouse } from './write';
import { rmSync } from 'node:fs';
import { createExtractor } from './pool';

/** With workers: 'auto', fewer inputs than this are extracted in the main thread. */
export const AUTO_WORKERS_MIN_FILES = 500;

/** Placeholder extraction of a document whose extraction is still running. */
const PENDING: ExtractedFile = { file: '', size_bytes: 0, status: 'quarantined', records: [], errors: [] };

export type { LoadOptions, LoadSummary, DocumentLine, LoadProgress } from './types';

/** The identity of a document's path across loads: relative to the working directory when inside it. */
export function documentPathKey(p: string): string {
  const abs = path.resolve(p);
  const rel = path.relative(process.cwd(), abs);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

export async function loadIntoWarehouse(inputs: string[], opts: LoadOptions): Promise<LoadSummary> {
  const started = Date.now();
  const db = path.resolve(opts.db);
  const release = acquireLoadLock(db);
  try {
    removeStaleTempFiles(db);
    const previous = opts.fresh ? undefined : await readPreviousWarehouse(db);
    const byPath = new Map<string, WarehouseDocument>();
    const byId = new Map<string, WarehouseDocument>();
    for (const d of previous?.documents ?? []) {
      byPath.set(d.path, d);
      byId.set(d.docId, d);
    }
    const loadedAt = new Date().toISOString();
    const removed = new Set<string>();
    const added: WarehouseDocument[] = [];
    const lines: DocumentLine[] = [];
    const files = listInputFiles(inputs);
    const twins: { line: DocumentLine; twin: WarehouseDocument }[] = [];
    const progress = (done: number, file?: string) =>
      opts.onProgress?.({ phase: 'extract', done, total: files.length, file });

    const threads =
      (opts.workers ?? 'auto') === 'auto'
        ? files.length >= AUTO_WORKERS_MIN_FILES
          ? os.availableParallelism()
          : 1
        : Number(opts.workers);
    const extractor = await createExtractor(threads);
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    progress(0);
    try {
      for (const filePath of files) {
        // Bounded: at most two documents per extracting thread are held in memory at once.
        while (inFlight.size >= extractor.threads * 2) await Promise.race(inFlight);
        const key = documentPathKey(filePath);
        const input = await readInput(filePath);
        const line: DocumentLine = {
          file: input.file,
          path: key,
          outcome: 'loaded',
          records: 0,
          findings: 0,
        };
        lines.push(line);
        const finished = () => progress(++done, input.file);
        if (!input.sha256) {
          // Nothing could be read, so nothing is stored: the file is only reported.
          Object.assign(line, {
            outcome: 'failed',
            status: 'quarantined',
            message: input.refused?.errors[0]?.message,
          });
          finished();
          continue;
        }
        const atPath = byPath.get(key);
        const replacesOther = atPath && atPath.docId !== input.sha256 && !removed.has(atPath.docId);
        if (replacesOther) removed.add(atPath.docId);
        const same = byId.get(input.sha256);
        if (same && !removed.has(same.docId) && same.parserVersion === PARSER_VERSION && !opts.force) {
          const where = same.path === key ? '' : `; same content as ${same.path}`;
          describeLine(line, same.extract, replacesOther ? 'replaced' : 'skipped');
          line.message = `unchanged${where}${line.message ? `; ${line.message}` : ''}`;
          finished();
          continue;
        }
        const twin = added.find((d) => d.docId === input.sha256);
        if (twin) {
          // Described once the twin's extraction is done (below).
          twins.push({ line, twin });
          finished();
          continue;
        }
        if (same && !removed.has(same.docId)) removed.add(same.docId);
        const outcome = replacesOther || same ? 'replaced' : 'loaded';
        const doc: WarehouseDocument = {
          docId: input.sha256,
          path: key,
          loadedAt,
          parserVersion: PARSER_VERSION,
          demo: opts.demo ?? false,
          extract: input.refused ?? PENDING,
        };
        added.push(doc);
        if (input.refused) {
          describeLine(line, input.refused, outcome);
          finished();
          continue;
        }
        const bytes = input.bytes!;
        const job: Promise<void> = extractor
          .extract(input.file, bytes, input.sha256)
          .catch(() => extractBuffer(input.file, bytes, input.sha256))
          .then((extract) => {
            doc.extract = { ...extract, path: key };
            describeLine(line, extract, outcome);
            finished();
          })
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
      await Promise.all(inFlight);
    } finally {
      await extractor.close();
    }
    for (const { line, twin } of twins) {
      describeLine(line, twin.extract, 'skipped');
      line.message = `same content as ${twin.path}${line.message ? `; ${line.message}` : ''}`;
    }

    const kept = (previous?.documents ?? []).filter((d) => !removed.has(d.docId));
    // A document that carries the demo marker (演示数据) is demo data whatever the caller said.
    for (const d of added) if (d.extract.demo) d.demo = true;
    const all = [...kept, ...added];
    const generation = (previous?.generation ?? 0) + 1;
    const changed = added.length > 0 || removed.size > 0 || !previous;
    if (changed)
      opts.onProgress?.({ phase: 'write', done: 0, total: TABLES.length + 1, file: 'building rows' });
    const rows = changed ? buildRows(all) : undefined;
    if (rows) {
      const temp = tempPathFor(db);
      try {
        await writeWarehouse(
          temp,
          rows,
          {
            warehouse_time: new Date().toISOString(),
            parser_version: PARSER_VERSION,
            generation: String(generation),
            documents: String(all.length),
          },
          (done, total, table) => opts.onProgress?.({ phase: 'write', done, total, file: table }),
        );
        opts.onProgress?.({ phase: 'swap', done: 1, total: 1 });
        swapIntoPlace(temp, db);
      } catch (err) {
        rmSync(temp, { force: true });
        rmSync(`${temp}.wal`, { force: true });
        throw err;
      }
    }

    const addedIds = new Set(added.map((d) => d.docId));
    const totals = rows
      ? {
          documents: rows.documents.length,
          units: rows.units.length,
          unitYears: rows.unit_years.length,
          facts: rows.facts.length,
          findings: rows.findings.length,
        }
      : { documents: all.length, ...previous!.counts };
    return {
      db,
      loaded: lines.filter((l) => l.outcome === 'loaded').length,
      skipped: lines.filter((l) => l.outcome === 'skipped').length,
      replaced: lines.filter((l) => l.outcome === 'replaced').length,
      quarantined: lines.filter((l) => l.status === 'quarantined').length,
      partial: lines.filter((l) => l.status === 'partial').length,
      findings: rows ? rows.findings.filter((f) => addedIds.has(String(f.doc_id))).length : 0,
      written: changed,
      generation: changed ? generation : (previous?.generation ?? 0),
      totals,
      documents: lines,
      millis: Date.now() - started,
    };
  } finally {
    release();
  }
}

function describeLine(line: DocumentLine, extract: ExtractedFile, outcome: DocumentLine['outcome']): void {
  line.outcome = outcome;
  line.status = extract.status;
  line.records = extract.records.length;
  line.findings = extract.records.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
  if (extract.errors.length) line.message = extract.errors.map((e) => e.message).join('; ');
}
