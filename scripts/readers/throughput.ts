// Reading throughput per format, for the ETL benchmark: reads a set of documents repeatedly on one
// core and reports documents per second for each detected format. Timing lives here, never in tests.

import { performance } from 'node:perf_hooks';
import { readDocument, sniffFormat } from './index';

export interface FormatThroughput {
  format: string;
  documents: number;
  seconds: number;
  docsPerSecond: number;
}

/**
 * Reads every document `rounds` times (after one warm-up read each) and groups the timings by the
 * format sniffed from the bytes. Documents that fail to read are counted; their time is included.
 */
export async function measureReadThroughput(
  documents: { file: string; bytes: Buffer }[],
  rounds = 3,
): Promise<FormatThroughput[]> {
  const byFormat = new Map<string, { documents: number; ms: number }>();
  for (const doc of documents) await readDocument(doc.file, doc.bytes).catch(() => undefined);
  for (let round = 0; round < rounds; round++) {
    for (const doc of documents) {
      const format = sniffFormat(doc.file, doc.bytes);
      const start = performance.now();
      await readDocument(doc.file, doc.bytes).catch(() => undefined);
      const entry = byFormat.get(format) ?? { documents: 0, ms: 0 };
      entry.documents++;
      entry.ms += performance.now() - start;
      byFormat.set(format, entry);
    }
  }
  return [...byFormat.entries()].map(([format, { documents: n, ms }]) => ({
    format,
    documents: n,
    seconds: ms / 1000,
    docsPerSecond: n / (ms / 1000),
  }));
}
