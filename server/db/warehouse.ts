// The warehouse as the API sees it: one read-only DuckDB instance per warehouse file, a small pool
// of connections, and a watch on the file's identity. When a load swaps a new file in (rename), the
// next request opens the new file; requests in flight finish on the old instance, which is closed
// once they are done. Extension autoload/autoinstall are off: nothing is ever downloaded.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Json } from '@duckdb/node-api';
import { FACTS } from '../catalog';
import type { RollupGrains } from '../query/compile';
import type { Statement } from '../query/sql';
import { unavailable } from '../errors';
import { schemaHash } from '../../scripts/sql/files';
import { publicText } from '../paths';

export type Row = Record<string, Json>;
export type Exec = (s: Statement) => Promise<Row[]>;
/** Runs statements at once where connections allow; the rows of each, in order. */
export type Parallel = (statements: Statement[]) => Promise<Row[][]>;

const execOn =
  (c: DuckDBConnection): Exec =>
  async (s) =>
    (await c.runAndReadAll(s.sql, s.params)).getRowObjectsJson();

export const INSTANCE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
} as const;

interface Handle {
  identity: string;
  instance: DuckDBInstance;
  idle: DuckDBConnection[];
  all: DuckDBConnection[];
  waiters: ((c: DuckDBConnection) => void)[];
  inFlight: number;
  retired: boolean;
  rollups: RollupGrains;
  meta: Record<string, string>;
  openedAt: Date;
  outdated: boolean;
}

export interface WarehouseInfo {
  path: string;
  generation: string;
  meta: Record<string, string>;
  rollups: RollupGrains;
  openedAt: Date;
  /** Written with other DDL or post-load SQL than this version's: tables may be missing (npm start rebuilds it). */
  outdated: boolean;
}

/** The file's identity as an opaque hash: it changes with every swap, and tells nothing of the disk. */
function fileIdentity(path: string): string | null {
  try {
    const s = statSync(path);
    return createHash('sha256').update(`${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`).digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

export class Warehouse {
  private handle: Handle | null = null;
  private opening: Promise<Handle> | null = null;

  constructor(
    readonly path: string,
    private readonly poolSize = 4,
  ) {}

  /** The current generation (file identity), or null when no warehouse file exists. */
  generation(): string | null {
    return fileIdentity(this.path);
  }

  private async open(identity: string): Promise<Handle> {
    const instance = await DuckDBInstance.create(this.path, {
      access_mode: 'READ_ONLY',
      ...INSTANCE_OPTIONS,
    });
    const all: DuckDBConnection[] = [];
    for (let i = 0; i < this.poolSize; i++) all.push(await instance.connect());
    const c = all[0]!;
    const tables = new Set(
      (await c.runAndReadAll('SELECT table_name FROM duckdb_tables()'))
        .getRowObjectsJson()
        .map((r) => String(r.table_name)),
    );
    const meta: Record<string, string> = {};
    if (tables.has('meta')) {
      for (const r of (await c.runAndReadAll('SELECT key, value FROM meta')).getRowObjectsJson())
        meta[String(r.key)] = String(r.value);
    }
    const outdated = meta.schema_hash !== undefined && meta.schema_hash !== schemaHash();
    if (outdated)
      console.warn(
        `${this.path} was written with other SQL than this version's; some queries may fail until it is rebuilt (npm start rebuilds it)`,
      );
    const rollups: Record<string, Set<string>> = {};
    for (const fact of Object.values(FACTS)) {
      if (!fact.rollup || !tables.has(fact.rollup)) continue;
      const rows = (await c.runAndReadAll(`SELECT DISTINCT grain FROM ${fact.rollup}`)).getRowObjectsJson();
      rollups[fact.rollup] = new Set(rows.map((r) => String(r.grain)));
    }
    return {
      identity,
      instance,
      idle: [...all],
      all,
      waiters: [],
      inFlight: 0,
      retired: false,
      rollups,
      meta,
      openedAt: new Date(),
      outdated,
    };
  }

  /** The handle for the file as it is now; opens a swapped-in file, retires the old one. */
  private async acquireHandle(): Promise<Handle> {
    const identity = fileIdentity(this.path);
    if (identity === null) {
      if (this.handle) return this.handle; // the file is mid-swap or gone: keep answering from what is open
      throw unavailable('no_warehouse', 'no warehouse is loaded yet', {
        hint: 'npm run etl -- load data/samples',
      });
    }
    if (this.handle && this.handle.identity === identity) return this.handle;
    if (!this.opening) {
      this.opening = this.open(identity)
        .then((h) => {
          const old = this.handle;
          this.handle = h;
          if (old) this.retire(old);
          return h;
        })
        .finally(() => {
          this.opening = null;
        });
    }
    try {
      return await this.opening;
    } catch (err) {
      // A file that cannot be opened (still locked by a writer, say) leaves the previous one in use.
      if (this.handle) return this.handle;
      throw unavailable('warehouse_unavailable', 'the warehouse cannot be opened', {
        reason: publicText(err instanceof Error ? err.message.split('\n')[0]! : String(err), [
          dirname(this.path),
          process.cwd(),
        ]),
      });
    }
  }

  private retire(h: Handle): void {
    h.retired = true;
    if (h.inFlight === 0) this.close(h);
  }

  private close(h: Handle): void {
    for (const c of h.all) c.closeSync();
    h.instance.closeSync();
  }

  private async connection(h: Handle): Promise<DuckDBConnection> {
    const c = h.idle.pop();
    if (c) return c;
    return new Promise((resolve) => h.waiters.push(resolve));
  }

  private release(h: Handle, c: DuckDBConnection): void {
    const next = h.waiters.shift();
    if (next) next(c);
    else h.idle.push(c);
  }

  /**
   * Runs statements on one connection of the current warehouse; rows come back as exact JSON.
   * `parallel` runs independent statements at once, on this connection and on whatever other
   * connections of the same warehouse are idle at that moment (never waiting for one, so a busy
   * server degrades to one connection rather than deadlocking). Do not call `exec` while a
   * `parallel` call is running.
   */
  async run<T = Row[][]>(
    fn: (exec: Exec, info: WarehouseInfo, parallel: Parallel) => Promise<T>,
  ): Promise<T> {
    const h = await this.acquireHandle();
    h.inFlight++;
    try {
      const c = await this.connection(h);
      try {
        const parallel: Parallel = async (statements) => {
          const lanes = [c];
          while (lanes.length < statements.length) {
            const idle = h.idle.pop();
            if (!idle) break;
            lanes.push(idle);
          }
          const out: Row[][] = new Array<Row[]>(statements.length);
          // Every lane settles before any connection goes back to the pool, even when one fails.
          const settled = await Promise.allSettled(
            lanes.map(async (lane, l) => {
              for (let i = l; i < statements.length; i += lanes.length)
                out[i] = await execOn(lane)(statements[i]!);
            }),
          );
          for (const lane of lanes.slice(1)) this.release(h, lane);
          const failed = settled.find((r) => r.status === 'rejected');
          if (failed) throw failed.reason;
          return out;
        };
        return await fn(execOn(c), this.infoOf(h), parallel);
      } finally {
        this.release(h, c);
      }
    } finally {
      h.inFlight--;
      if (h.retired && h.inFlight === 0) this.close(h);
    }
  }

  /** Runs statements and returns their rows. */
  async query(...statements: Statement[]): Promise<Row[][]> {
    return this.run(async (exec) => {
      const out: Row[][] = [];
      for (const s of statements) out.push(await exec(s));
      return out;
    });
  }

  async info(): Promise<WarehouseInfo> {
    return this.infoOf(await this.acquireHandle());
  }

  private infoOf(h: Handle): WarehouseInfo {
    return {
      path: this.path,
      generation: h.identity,
      meta: h.meta,
      rollups: h.rollups,
      outdated: h.outdated,
      openedAt: h.openedAt,
    };
  }

  shutdown(): void {
    if (this.handle) this.retire(this.handle);
    this.handle = null;
  }
}
