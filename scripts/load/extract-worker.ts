// Worker thread body for the loader's extraction pool: extracts the documents the pool sends and
// posts the results back. Runs the same code as the main thread (scripts/extract.ts).

import { parentPort } from 'node:worker_threads';
import { extractBuffer } from '../extract';

export interface ExtractJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  sha256: string;
}

parentPort!.on('message', async (job: ExtractJob) => {
  try {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    parentPort!.postMessage({ id: job.id, doc: await extractBuffer(job.file, bytes, job.sha256) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
