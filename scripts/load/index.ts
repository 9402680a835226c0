// Loading documents into the DuckDB warehouse: `loadIntoWarehouse(inputs, {db})`, used by the CLI
// (`npm run etl -- load`), by `npm start` for the first load and by the API for uploads.
//
// A load (1) takes the warehouse's lock and clears temporary files a killed load left behind,
// (2) reads the documents already in the warehouse, (3) reads each input: the same bytes with the
// same parser version are skipped, a changed file at a known path replaces its earlier version,
// anything else is extracted as new, (4) rebuilds every table from the carried-over plus new
// documents into a temporary file beside the warehouse and (5) renames it over the old one.
// When nothing changed, no file is written at all.

import path from 'node:path';
import { PARSER_VERSION, extractBuffer, listInputFiles, readInput } from '../extract';
import type { ExtractedFile } from '../extract';
import { readPreviousWarehouse } from './previous';
import { buildRows } from './rows';
import type { DocumentLine, LoadOptions, LoadSummary, WarehouseDocument } from './types';
import { acquireLoadLock, removeStaleTempFiles, swapIntoPlace, tempPathFor } from './warehouse-file';
import { writeWarehouse } from './write';
import { rmSync } from 'node:fs';

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
    const progress = (done: number, file?: string) =>
      opts.onProgress?.({ phase: 'extract', done, total: files.length, file });

    for (const [i, filePath] of files.entries()) {
      progress(i, path.basename(filePath));
      const key = documentPathKey(filePath);
      const input = await readInput(filePath);
      const line: DocumentLine = { file: input.file, path: key, outcome: 'loaded', records: 0, findings: 0 };
      lines.push(line);
      if (!input.sha256) {
        // Nothing could be read, so nothing is stored: the file is only reported.
        Object.assign(line, {
          outcome: 'failed',
          status: 'quarantined',
          message: input.refused?.errors[0]?.message,
        });
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
        continue;
      }
      const twin = added.find((d) => d.docId === input.sha256);
      if (twin) {
        describeLine(line, twin.extract, 'skipped');
        line.message = `same content as ${twin.path}${line.message ? `; ${line.message}` : ''}`;
        continue;
      }
      const extract: ExtractedFile =
        input.refused ?? (await extractBuffer(input.file, input.bytes!, input.sha256));
      const doc: WarehouseDocument = {
        docId: input.sha256,
        path: key,
        loadedAt,
        parserVersion: PARSER_VERSION,
        demo: opts.demo ?? false,
        extract: { ...extract, path: key },
      };
      if (same && !removed.has(same.docId)) removed.add(same.docId);
      added.push(doc);
      describeLine(line, extract, replacesOther || same ? 'replaced' : 'loaded');
    }
    progress(files.length);

    const kept = (previous?.documents ?? []).filter((d) => !removed.has(d.docId));
    // A document that carries the demo marker (演示数据) is demo data whatever the caller said.
    for (const d of added) if (d.extract.demo) d.demo = true;
    const all = [...kept, ...added];
    const generation = (previous?.generation ?? 0) + 1;
    const changed = added.length > 0 || removed.size > 0 || !previous;
    const rows = buildRows(all);
    if (changed) {
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
    return {
      db,
      loaded: lines.filter((l) => l.outcome === 'loaded').length,
      skipped: lines.filter((l) => l.outcome === 'skipped').length,
      replaced: lines.filter((l) => l.outcome === 'replaced').length,
      quarantined: lines.filter((l) => l.status === 'quarantined').length,
      partial: lines.filter((l) => l.status === 'partial').length,
      findings: rows.findings.filter((f) => addedIds.has(String(f.doc_id))).length,
      written: changed,
      generation: changed ? generation : (previous?.generation ?? 0),
      totals: {
        documents: rows.documents.length,
        units: rows.units.length,
        unitYears: rows.unit_years.length,
        facts: rows.facts.length,
        findings: rows.findings.length,
      },
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
