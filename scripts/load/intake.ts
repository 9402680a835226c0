// The intake stage of a load: read each input, decide what to do with it against the documents
// already in the warehouse, and extract what is new. Unchanged bytes with the same parser version
// are skipped; a file at a known path with other bytes replaces that path's earlier document; the
// same bytes seen twice are one document. Extraction runs in the main thread or a worker pool.

import os from 'node:os';
import path from 'node:path';
import { PARSER_VERSION, extractBuffer, listInputFiles } from '../extract';
import { readInput } from '../extraction/input';
import type { ExtractedFile } from '../model/record';
import { createExtractor } from './pool';
import type { DocumentLine, LoadOptions, WarehouseDocument } from './types';

/** With workers: 'auto', fewer inputs than this are extracted in the main thread. */
export const AUTO_WORKERS_MIN_FILES = 500;

/** Placeholder extraction of a document whose extraction is still running. */
const PENDING: ExtractedFile = { file: '', size_bytes: 0, status: 'quarantined', records: [], errors: [] };

export interface Intake {
  /** New documents and new versions, extracted. */
  added: WarehouseDocument[];
  /** Ids of the warehouse's documents that this load replaces. */
  removed: Set<string>;
  /** One line per input file, in input order. */
  lines: DocumentLine[];
}

/** The identity of a document's path across loads: relative to the working directory when inside it. */
export function documentPathKey(p: string): string {
  const abs = path.resolve(p);
  const rel = path.relative(process.cwd(), abs);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

function threadsFor(files: number, workers: LoadOptions['workers']): number {
  if ((workers ?? 'auto') !== 'auto') return Number(workers);
  return files >= AUTO_WORKERS_MIN_FILES ? os.availableParallelism() : 1;
}

export async function takeIn(
  inputs: string[],
  previous: WarehouseDocument[],
  opts: LoadOptions,
): Promise<Intake> {
  const byPath = new Map(previous.map((d) => [d.path, d]));
  const byId = new Map(previous.map((d) => [d.docId, d]));
  const loadedAt = new Date().toISOString();
  const intake: Intake = { added: [], removed: new Set(), lines: [] };
  const { added, removed, lines } = intake;
  const twins: { line: DocumentLine; twin: WarehouseDocument }[] = [];
  const addedById = new Map<string, WarehouseDocument>();
  const files = listInputFiles(inputs);
  let done = 0;
  const finished = (file?: string) =>
    opts.onProgress?.({
      phase: 'extract',
      done: file === undefined ? done : ++done,
      total: files.length,
      file,
    });

  const extractor = await createExtractor(threadsFor(files.length, opts.workers));
  const inFlight = new Set<Promise<void>>();
  finished();
  try {
    for (const filePath of files) {
      // Bounded: at most two documents per extracting thread are held in memory at once.
      while (inFlight.size >= extractor.threads * 2) await Promise.race(inFlight);
      const key = documentPathKey(filePath);
      const input = await readInput(filePath);
      const line: DocumentLine = { file: input.file, path: key, outcome: 'loaded', records: 0, findings: 0 };
      lines.push(line);
      if (!input.sha256) {
        // Nothing could be read, so nothing is stored: the file is only reported.
        const message = input.refused?.errors[0]?.message;
        Object.assign(line, { outcome: 'failed', status: 'quarantined', message });
        finished(input.file);
        continue;
      }
      const atPath = byPath.get(key);
      const replacesOther =
        atPath !== undefined && atPath.docId !== input.sha256 && !removed.has(atPath.docId);
      if (replacesOther) removed.add(atPath.docId);
      const same = byId.get(input.sha256);
      if (same && !removed.has(same.docId) && same.parserVersion === PARSER_VERSION && !opts.force) {
        const where = same.path === key ? '' : `; same content as ${same.path}`;
        describeLine(line, same.extract, replacesOther ? 'replaced' : 'skipped');
        line.message = `unchanged${where}${line.message ? `; ${line.message}` : ''}`;
        finished(input.file);
        continue;
      }
      const twin = addedById.get(input.sha256);
      if (twin) {
        twins.push({ line, twin }); // described once the twin's extraction is done
        finished(input.file);
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
      addedById.set(doc.docId, doc);
      if (input.refused) {
        describeLine(line, input.refused, outcome);
        finished(input.file);
        continue;
      }
      const bytes = input.bytes!;
      const job: Promise<void> = extractor
        .extract(input.file, bytes, input.sha256)
        .catch(() => extractBuffer(input.file, bytes, input.sha256))
        .then((extract) => {
          doc.extract = { ...extract, path: key };
          // A document that carries the demo marker (演示数据) is demo data whatever the caller said.
          if (extract.demo) doc.demo = true;
          describeLine(line, extract, outcome);
          finished(input.file);
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
  return intake;
}

function describeLine(line: DocumentLine, extract: ExtractedFile, outcome: DocumentLine['outcome']): void {
  line.outcome = outcome;
  line.status = extract.status;
  line.records = extract.records.length;
  line.findings = extract.records.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
  if (extract.errors.length) line.message = extract.errors.map((e) => e.message).join('; ');
}
