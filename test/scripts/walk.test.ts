// The input walker follows links without looping: a folder holding two links to itself, a link back
// up the tree, two links to one folder. Every file is listed once; the command-line load over such
// a folder finishes and leaves no lock file.

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../scripts/walk';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'data', 'samples');
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'walk-test-'));

describe('listInputFiles with links', () => {
  it('walks a folder holding two links to itself once', () => {
    const d = tempDir();
    writeFileSync(path.join(d, 'a.txt'), 'x');
    symlinkSync('.', path.join(d, 'l1'));
    symlinkSync('.', path.join(d, 'l2'));
    const started = Date.now();
    expect(listInputFiles([d])).toEqual([path.join(d, 'a.txt')]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lists each file once through a link back up the tree', () => {
    const d = tempDir();
    mkdirSync(path.join(d, 'sub'));
    writeFileSync(path.join(d, 'a.txt'), 'x');
    writeFileSync(path.join(d, 'sub', 'b.txt'), 'y');
    symlinkSync('..', path.join(d, 'sub', 'loop'));
    symlinkSync('.', path.join(d, 'loop'));
    expect(listInputFiles([d])).toEqual([path.join(d, 'a.txt'), path.join(d, 'sub', 'b.txt')]);
  });

  it('lists a file reached through a link to it, or a second link to its folder, once', () => {
    const d = tempDir();
    mkdirSync(path.join(d, 'reports'));
    writeFileSync(path.join(d, 'reports', 'r.txt'), 'x');
    symlinkSync('reports', path.join(d, 'same'));
    symlinkSync(path.join('reports', 'r.txt'), path.join(d, 'z-link.txt'));
    expect(listInputFiles([d])).toEqual([path.join(d, 'reports', 'r.txt')]);
  });

  it('skips a dangling link inside a folder', () => {
    const d = tempDir();
    writeFileSync(path.join(d, 'a.txt'), 'x');
    symlinkSync('nowhere', path.join(d, 'broken'));
    expect(listInputFiles([d])).toEqual([path.join(d, 'a.txt')]);
  });

  it('`etl load` over a self-linking folder finishes, loads each report once, and leaves no lock', () => {
    const d = tempDir();
    const inputs = path.join(d, 'in');
    mkdirSync(inputs);
    for (const f of readdirSync(SAMPLES).slice(0, 2))
      copyFileSync(path.join(SAMPLES, f), path.join(inputs, f));
    symlinkSync('.', path.join(inputs, 'l1'));
    symlinkSync('.', path.join(inputs, 'l2'));
    const db = path.join(d, 'w.duckdb');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/etl.ts', 'load', inputs, '--db', db], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warehouse documents +2\n/);
    expect(existsSync(`${db}.lock`)).toBe(false);
  });
});
