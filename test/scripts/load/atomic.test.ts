// The warehouse swap is atomic: a load killed (SIGKILL) in the middle of writing leaves the old
// warehouse intact and readable with its old content, and the next load cleans up after it.

import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { dumpWarehouse, query, tempDir } from './helpers';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'bad');
const CHILD = path.join(__dirname, 'kill-child.ts');

function startChild(mode: 'rebuild' | 'update', db: string, inputs: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, db, ...inputs], {
    env: { ...process.env, ...env },
    cwd: path.join(__dirname, '..', '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const writing = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('WRITING')) resolve(out);
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before writing: ${out}${err}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
  return { child, writing, exited, output: () => out };
}

describe('atomic warehouse swap', () => {
  it('survives a load killed in the middle of writing: old content intact, next load works, no temp files left', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'warehouse.duckdb');
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    for (const [d, files] of [
      [first, ['report-utf8.txt', 'empty.txt']],
      [second, ['report-gb18030.txt', 'not-a-report.txt', 'garbage.txt']],
    ] as const) {
      mkdirSync(d);
      for (const f of files) copyFileSync(path.join(FIXTURES, f), path.join(d, f));
    }
    await loadIntoWarehouse([first], { db });
    const before = await dumpWarehouse(db);
    expect(before.documents).toHaveLength(2);

    const { child, writing, exited } = startChild('rebuild', db, [second]);
    await writing;
    const during = readdirSync(dir);
    expect(during.some((f) => f.startsWith('warehouse.duckdb.tmp-'))).toBe(true);
    expect(during).toContain('warehouse.duckdb.lock');
    // A reader opening the warehouse now sees the old state.
    expect(await dumpWarehouse(db)).toEqual(before);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // The old warehouse opens with its old content; the dead load's temp file and lock are still there.
    expect(await dumpWarehouse(db)).toEqual(before);
    expect(readdirSync(dir).some((f) => f.includes('.tmp-'))).toBe(true);

    // The next load takes over the dead lock, removes the temp files and swaps in the new warehouse.
    const s = await loadIntoWarehouse([second], { db });
    expect(s.written).toBe(true);
    expect(s.totals.documents).toBe(5);
    expect(readdirSync(dir).sort()).toEqual(['first', 'second', 'warehouse.duckdb']);
    const after = await dumpWarehouse(db);
    expect(after.documents).toHaveLength(5);
  });

  it('lets readers open the warehouse at any moment of a load and see the old or the new state', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'warehouse.duckdb');
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    mkdirSync(first);
    mkdirSync(second);
    copyFileSync(path.join(FIXTURES, 'report-utf8.txt'), path.join(first, 'a.txt'));
    for (let i = 0; i < 30; i++) {
      copyFileSync(path.join(FIXTURES, 'report-utf8.txt'), path.join(second, `b${i}.txt`));
      appendFileSync(path.join(second, `b${i}.txt`), `\n（副本 ${i}）\n`);
    }
    await loadIntoWarehouse([first], { db });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('scripts', 'etl.ts'), 'load', second, '--db', db, '--workers', '1'],
      { cwd: path.join(__dirname, '..', '..', '..'), stdio: 'ignore' },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));
    const seen = new Set<string>();
    let reads = 0;
    while (running) {
      const rows = await query(db, 'SELECT count(*) AS n FROM documents');
      seen.add(String(rows[0]!.n));
      reads++;
    }
    expect(await exited).toBe(0);
    seen.add(String((await query(db, 'SELECT count(*) AS n FROM documents'))[0]!.n));
    expect(reads).toBeGreaterThan(3);
    expect([...seen].sort()).toEqual(['1', '31']);
  });

  it('survives a kill in the middle of an update of a copy (few units touched) the same way', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'warehouse.duckdb');
    const samples = path.join(__dirname, '..', '..', '..', 'data', 'samples');
    const files = readdirSync(samples).sort();
    await loadIntoWarehouse(
      files.slice(0, 4).map((f) => path.join(samples, f)),
      { db },
    );
    const before = await dumpWarehouse(db);
    const last = [path.join(samples, files[4]!)];

    // The same load run to the end is an update of a copy …
    const probeDb = path.join(tempDir(), 'probe.duckdb');
    copyFileSync(db, probeDb);
    const probe = startChild('update', probeDb, last, { KILL_CHILD_NO_BLOCK: '1' });
    await probe.exited;
    expect(probe.output()).toContain('DONE update');

    // … and killed in the middle of writing, it leaves the old warehouse as it was.
    const { child, writing, exited } = startChild('update', db, last);
    await writing;
    child.kill('SIGKILL');
    await exited;
    expect(await dumpWarehouse(db)).toEqual(before);
    const s = await loadIntoWarehouse(last, { db });
    expect(s).toMatchObject({ loaded: 1, incremental: true });
    expect(readdirSync(dir)).toEqual(['warehouse.duckdb']);
    expect((await dumpWarehouse(db)).documents).toHaveLength(5);
  });
});
