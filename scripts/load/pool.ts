// Where documents are extracted during a load: in the main thread, or in a pool of worker threads
// (one per core) when the caller asks for more than one. Extraction is CPU-bound and documents are
// independent, so on N cores a large load extracts nearly N times faster. Workers run TypeScript
// through tsx's loader; where that is not available (e.g. inside a test runner) the pool falls back
// to the main thread, which gives the same results.

import { Worker } from 'node:worker_threads';
import { extractBuffer } from '../extract';
import type { ExtractedFile } from '../model/record';

export interface Extractor {
  /** Number of threads extracting (1 = the main thread). */
  readonly threads: number;
  extract(file: string, bytes: Buffer, sha256: string): Promise<ExtractedFile>;
  close(): Promise<void>;
}

const inProcess: Extractor = {
  threads: 1,
  extract: (file, bytes, sha256) => extractBuffer(file, bytes, sha256),
  close: async () => {},
};

type Reply = { id: number; doc?: ExtractedFile; error?: string; ready?: boolean };

/** An extractor with `threads` worker threads, or the main thread when threads ≤ 1 or workers cannot start. */
export async function createExtractor(threads: number): Promise<Extractor> {
  if (threads <= 1) return inProcess;
  let bootstrap: string;
  try {
    const tsx = import.meta.resolve('tsx/esm/api');
    const body = new URL('./extract-worker.ts', import.meta.url).href;
    bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(body)}); });`;
  } catch {
    return inProcess;
  }
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: threads }, async () => {
        const w = new Worker(bootstrap, { eval: true });
        workers.push(w);
        await new Promise<void>((resolve, reject) => {
          const done = (err?: Error) => {
            clearTimeout(timer);
            w.off('message', onMessage).off('error', done).off('exit', onExit);
            if (err) reject(err);
            else resolve();
          };
          const onMessage = (m: Reply) => m.ready && done();
          const onExit = (code: number) => done(new Error(`worker exited (${code})`));
          const timer = setTimeout(() => done(new Error('worker start timed out')), 60_000);
          w.on('message', onMessage).on('error', done).on('exit', onExit);
        });
      }),
    );
  } catch {
    await Promise.all(workers.map((w) => w.terminate()));
    return inProcess;
  }
  return workerPool(workers);
}

function workerPool(workers: Worker[]): Extractor {
  const idle = [...workers];
  const queue: (() => void)[] = [];
  const pending = new Map<number, { resolve: (d: ExtractedFile) => void; reject: (e: Error) => void }>();
  const owner = new Map<number, Worker>();
  const dead = new Set<Worker>();
  let nextId = 0;
  for (const w of workers) {
    w.on('message', (m: Reply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      owner.delete(m.id);
      idle.push(w);
      queue.shift()?.();
      if (m.doc) p.resolve(m.doc);
      else p.reject(new Error(m.error ?? 'extraction failed in a worker'));
    });
    // A worker that dies fails the document it held (the loader then extracts it in the main
    // thread) and leaves the pool; with no worker left, documents are extracted in the main thread.
    w.on('error', () => {});
    w.on('exit', () => {
      dead.add(w);
      for (const [id, p] of pending) {
        if (owner.get(id) === w) {
          pending.delete(id);
          p.reject(new Error('the extraction worker died'));
        }
      }
      while (queue.length) queue.shift()!();
    });
  }
  return {
    threads: workers.length,
    async extract(file, bytes, sha256) {
      for (;;) {
        while (idle.length && dead.has(idle[idle.length - 1]!)) idle.pop();
        if (idle.length || dead.size === workers.length) break;
        await new Promise<void>((resolve) => queue.push(resolve));
      }
      if (!idle.length) return inProcess.extract(file, bytes, sha256);
      const w = idle.pop()!;
      const id = nextId++;
      owner.set(id, w);
      return new Promise<ExtractedFile>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const copy = new Uint8Array(bytes); // a copy of its own, transferred without a second copy
        w.postMessage({ id, file, bytes: copy, sha256 }, [copy.buffer]);
      });
    },
    async close() {
      await Promise.all(
        workers.map((w) => {
          dead.add(w);
          return w.terminate();
        }),
      );
    },
  };
}
