// The `npm run etl` command line: clean JSON on stdout, people's messages on stderr, exit codes
// (0 all read, 2 something quarantined, 1 usage error), --out, --help, and a load with its summary.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpWarehouse, query, tempDir } from './load/helpers';

const ROOT = path.join(__dirname, '..', '..');
const BAD = path.join('test', 'fixtures', 'bad');

function etl(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/etl.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('etl CLI', () => {
  it('prints usage for --help, and refuses a missing command or an unknown option', () => {
    const help = etl('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/npm run etl -- extract <file\|dir>\.\.\. \[--out FILE\]/);
    expect(help.stdout).toMatch(/exit status: 0 .* 2 when any input was\s+quarantined/s);
    const unknown = etl('extract', '--bogus', BAD);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown option --bogus/);
    expect(etl('extract').stderr).toMatch(/needs at least one file or directory/);
  });

  it('extracts to clean JSON on stdout, names the bad files on stderr and exits 2', () => {
    const r = etl('extract', BAD);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe('evaluation-record/1');
    expect(out.parser_version).toMatch(/^1\+/);
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual([
      'empty.txt',
      'garbage.txt',
      'not-a-report.txt',
      'report-gb18030.txt',
      'report-truncated.txt',
      'report-utf8.txt',
    ]);
    expect(out.documents[0]).not.toHaveProperty('path');
    expect(r.stderr).toMatch(/^quarantined: empty\.txt: /m);
    expect(r.stderr).toMatch(/^quarantined: garbage\.txt: /m);
    expect(r.stderr).toMatch(/^partial: report-truncated\.txt: looks truncated/m);
  });

  it('writes --out and exits 0 when every document was read', () => {
    const out = path.join(tempDir(), 'out.json');
    const r = etl('extract', path.join(BAD, 'report-utf8.txt'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
  });

  it('loads into --db, prints the summary table on stderr and exits 2 when something was quarantined', async () => {
    const db = path.join(tempDir(), 'w.duckdb');
    const r = etl('load', BAD, '--db', db);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/documents loaded\s+6/);
    // The readable text in which nothing was recognised is kept, partial; only what cannot be read is set aside.
    expect(r.stderr).toMatch(/quarantined\s+2/);
    expect(r.stderr).toMatch(/partial\s+2/);
    expect(r.stderr).toMatch(
      /loaded\s+partial\s+test\/fixtures\/bad\/not-a-report\.txt — not-a-report\.txt: no budget figure/,
    );
    expect(r.stderr).toMatch(/loaded\s+quarantined\s+test\/fixtures\/bad\/garbage\.txt — garbage\.txt: /);
    expect(existsSync(db)).toBe(true);
    expect(await query(db, 'SELECT count(*) AS n FROM documents')).toEqual([{ n: '6' }]);
    const again = etl('load', path.join(BAD, 'report-utf8.txt'), '--db', db);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/skipped \(unchanged\)\s+1/);
    expect(again.stderr).toMatch(/unchanged \(generation 1\)/);
  });

  it('extracts in worker threads with --workers, giving the same warehouse as the main thread', async () => {
    const dir = tempDir();
    const one = etl('load', BAD, '--db', path.join(dir, 'one.duckdb'), '--workers', '1');
    const two = etl('load', BAD, '--db', path.join(dir, 'two.duckdb'), '--workers', '2');
    expect([one.code, two.code]).toEqual([2, 2]);
    const a = await dumpWarehouse(path.join(dir, 'one.duckdb'));
    const b = await dumpWarehouse(path.join(dir, 'two.duckdb'));
    for (const t of Object.keys(a).filter((t) => t !== 'meta' && t !== 'documents'))
      expect(b[t], t).toEqual(a[t]);
    const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), loaded_at: undefined }));
    expect(strip(b.documents!)).toEqual(strip(a.documents!));
    expect(etl('load', BAD, '--workers', '0').stderr).toMatch(/--workers needs a whole number/);
  });

  it('gives clean JSON through npm run --silent', () => {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'etl', '--', 'extract', path.join(BAD, 'report-utf8.txt')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].file).toBe('report-utf8.txt');
  });
});
