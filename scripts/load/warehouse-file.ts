// The warehouse file's life cycle on disk. A load builds the new warehouse in a temporary file beside
// the old one (same directory, so the final rename stays on one file system and is atomic), syncs it,
// and renames it over the old file: a reader opening the path at any moment gets the old or the new
// warehouse, never half of one. A lock file keeps two loads from racing; temporary files left by a
// killed load (SIGKILL) are removed by the next one. While the lock is held, SIGINT, SIGTERM and
// SIGHUP remove the lock and this load's temporary files, then end the process (128 + signal), and
// any other exit removes the lock too: only SIGKILL or a power cut can leave it behind, and a lock
// whose process is gone is taken over by the next load.

import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import path from 'node:path';

export class LoadBusyError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(`another load (process ${pid}) is writing this warehouse; lock file ${lockFile}`);
    this.name = 'LoadBusyError';
  }
}

const TEMP_MARK = '.tmp-';

export function lockPathFor(db: string): string {
  return `${db}.lock`;
}

/** A new temporary file name beside the warehouse (matches data/*.duckdb.* in .gitignore). */
export function tempPathFor(db: string): string {
  return `${db}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What to undo, per held lock, when the process is stopped while loading. */
const held = new Map<string, () => void>();
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function undoAll(): void {
  for (const undo of held.values()) {
    try {
      undo();
    } catch {
      // best effort: the next load takes over a dead process's lock anyway
    }
  }
  held.clear();
}

function onStopSignal(signal: NodeJS.Signals): void {
  undoAll();
  process.exit(128 + (constants.signals[signal] ?? 15));
}

function guard(lock: string, undo: () => void): () => void {
  if (held.size === 0) {
    for (const s of STOP_SIGNALS) process.on(s, onStopSignal);
    process.on('exit', undoAll);
  }
  held.set(lock, undo);
  return () => {
    if (!held.delete(lock)) return;
    undo();
    if (held.size === 0) {
      for (const s of STOP_SIGNALS) process.off(s, onStopSignal);
      process.off('exit', undoAll);
    }
  };
}

/** Take the warehouse's load lock; a lock left by a dead process is taken over. Returns the release function. */
export function acquireLoadLock(db: string): () => void {
  const lock = lockPathFor(db);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return guard(lock, () => {
        removeStaleTempFiles(db);
        rmSync(lock, { force: true });
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let pid = NaN;
      try {
        pid = Number(readFileSync(lock, 'utf8').trim());
      } catch {
        continue; // released meanwhile
      }
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new LoadBusyError(lock, pid);
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`cannot take the load lock ${lock}`);
}

/**
 * Remove temporary warehouses (with their WAL files and spill directories) left beside `db` by
 * loads that died. Call under the lock.
 */
export function removeStaleTempFiles(db: string): string[] {
  const dir = path.dirname(db);
  const prefix = path.basename(db) + TEMP_MARK;
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    rmSync(path.join(dir, name), { force: true, recursive: true });
    removed.push(name);
  }
  return removed;
}

/** Atomically put the finished temporary warehouse in place of `db`. */
export function swapIntoPlace(temp: string, db: string): void {
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A write-ahead log left beside the old file belongs to the old content (already carried over);
  // it must not be replayed onto the new file.
  rmSync(`${db}.wal`, { force: true });
  renameSync(temp, db);
  try {
    const dirFd = openSync(path.dirname(db), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Directory fsync is not supported everywhere; the rename itself is still atomic.
  }
}
