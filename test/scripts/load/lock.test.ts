// The load lock is released on every way out: a load stopped by SIGINT or SIGTERM removes its lock
// file and its temporary warehouse and ends with 128 + the signal; the command-line load interrupted
// midway does the same and leaves the old warehouse as it was.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { lockPathFor } from '../../../scripts/load/warehouse-file';
import { dumpWarehouse, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLES = path.join(ROOT, 'data', 'samples');

/** Starts a child, waits for `ready` on its stdout, then sends `signal`; resolves with its exit. */
function stopWhenReady(args: string[], ready: (out: string) => boolean, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let out = '';
  let err = '';
  let sent = false;
  const onData = (d: Buffer) => {
    out += d;
    if (!sent && ready(out)) {
      sent = true;
      child.kill(signal);
    }
  };
  child.stdout.on('data', onData);
  const poll = setInterval(() => onData(Buffer.alloc(0)), 20);
  child.on('exit', () => clearInterval(poll));
  child.stderr.on('data', (d: Buffer) => {
    err += d;
    onData(Buffer.alloc(0));
  });
  return new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    out: string;
    err: string;
    sent: boolean;
  }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig, out, err, sent })));
}

describe('load lock on signals', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: lock file and temporary warehouse removed, exit ${code}`, async () => {
      const dir = tempDir();
      const db = path.join(dir, 'warehouse.duckdb');
      const r = await stopWhenReady(
        [path.join(__dirname, 'lock-child.ts'), db],
        (out) => out.includes('LOCKED'),
        signal,
      );
      expect(r.sent).toBe(true);
      expect(r.code).toBe(code);
      expect(existsSync(lockPathFor(db))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('an `etl load` interrupted midway releases the lock and leaves the old warehouse as it was', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'warehouse.duckdb');
    const first = readdirSync(SAMPLES).sort()[0]!;
    await loadIntoWarehouse([path.join(SAMPLES, first)], { db });
    const before = await dumpWarehouse(db);
    // Many distinct documents, so that the load is still extracting when it is stopped.
    const inputs = path.join(dir, 'inputs');
    mkdirSync(inputs);
    const text = readFileSync(path.join(SAMPLES, readdirSync(SAMPLES).sort()[1]!), 'utf8');
    for (let i = 0; i < 150; i++) writeFileSync(path.join(inputs, `r${i}.txt`), `${text}\n附注 ${i}\n`);
    const r = await stopWhenReady(
      ['scripts/etl.ts', 'load', inputs, '--db', db, '--workers', '1'],
      () => existsSync(lockPathFor(db)),
      'SIGINT',
    );
    expect(r.sent).toBe(true);
    expect(r.code).toBe(130);
    expect(existsSync(lockPathFor(db))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['inputs', 'warehouse.duckdb']);
    expect(await dumpWarehouse(db)).toEqual(before);
  });
});
