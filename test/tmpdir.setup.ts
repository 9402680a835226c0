// Vitest global setup: every suite's temporary files (warehouses, corpora, uploads) go under one
// directory made for this run, removed when the run ends, so repeated runs leave nothing in /tmp.
// Test workers inherit TMPDIR, and os.tmpdir() reads it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (!process.env.KEEP_TEST_TMP) rmSync(dir, { recursive: true, force: true });
  };
}
