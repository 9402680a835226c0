// One loader at a time. Upload requests queue their stored files; whenever the loader is free it
// takes every request waiting and runs one load over all their files (the upload log entries go
// with it), then answers each request with the lines of its own files. A load that finds the
// warehouse locked by another process (a command-line load) answers 503 with Retry-After; the
// requests' log entries are then written by the next load that succeeds.

import type { DocumentLine, UploadLogEntry } from '../../scripts/load/types';
import { documentPathKey } from '../../scripts/load/intake';
import { ApiError } from '../http/errors';

/** The ETL entry the upload calls; injected so tests and the app share one path. */
export type LoadFn = (inputs: string[], opts: { db: string; uploads?: UploadLogEntry[] }) => Promise<unknown>;

/** Seconds a client is asked to wait when another process holds the warehouse. */
export const BUSY_RETRY_SECONDS = 15;
const MAX_CARRIED_LOG = 10_000;

export interface LoadJob {
  inputs: string[];
  log: UploadLogEntry[];
}

export interface JobResult {
  /** The load's line for each input of the job, in order (undefined when the loader gave none). */
  lines: (DocumentLine | undefined)[];
  /** What the load as a whole reported (generation, totals, whether it wrote). */
  load: Record<string, unknown>;
}

interface Waiting {
  job: LoadJob;
  resolve: (r: JobResult) => void;
  reject: (e: unknown) => void;
}

export class LoadQueue {
  private waiting: Waiting[] = [];
  private running = false;
  private carried: UploadLogEntry[] = [];

  constructor(
    private readonly load: LoadFn,
    private readonly db: () => string,
    private readonly afterLoad: () => void = () => undefined,
  ) {}

  submit(job: LoadJob): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.waiting.length) await this.runBatch(this.waiting.splice(0));
    } finally {
      this.running = false;
    }
  }

  private async runBatch(batch: Waiting[]): Promise<void> {
    const inputs = [...new Set(batch.flatMap((w) => w.job.inputs))];
    const log = [...this.carried, ...batch.flatMap((w) => w.job.log)];
    let result: unknown;
    try {
      result = await this.load(inputs, { db: this.db(), uploads: log });
    } catch (err) {
      const busy = err instanceof Error && err.name === 'LoadBusyError';
      const message = busy
        ? 'another load (the command line?) is writing the warehouse; nothing was stored, send the files again later'
        : 'the load failed; nothing was stored';
      this.carry(
        batch.flatMap((w) => w.job.log).map((e) => ({ ...e, input: undefined, outcome: 'failed', message })),
      );
      const answer = busy
        ? new ApiError(503, 'load_busy', message, { retry_after_seconds: BUSY_RETRY_SECONDS })
        : err;
      for (const w of batch) w.reject(answer);
      return;
    }
    this.carried = [];
    this.afterLoad();
    const summary = (result && typeof result === 'object' ? result : {}) as Record<string, unknown>;
    const lines = Array.isArray(summary.documents) ? (summary.documents as DocumentLine[]) : [];
    const byKey = new Map(lines.map((l) => [l.path, l]));
    const { documents: _documents, db: _db, ...load } = summary;
    // The same stored file named by several requests of one batch is loaded for the first of them;
    // the others are told it came in with another upload, as a later request would be told.
    const answered = new Set<string>();
    for (const w of batch) {
      const lines = w.job.inputs.map((input) => {
        const key = documentPathKey(input);
        const line = byKey.get(key);
        if (!line || !answered.has(key) || line.outcome === 'skipped') {
          answered.add(key);
          return line;
        }
        return {
          ...line,
          outcome: 'skipped' as const,
          message: 'same content as another upload of the same moment',
        };
      });
      w.resolve({ lines, load });
    }
  }

  private carry(entries: UploadLogEntry[]): void {
    this.carried = [...this.carried, ...entries].slice(-MAX_CARRIED_LOG);
  }
}
