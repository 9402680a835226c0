// The extractor on the five bundled samples, scored against the hand-checked golden facts with the
// scorer shipped beside them (golden/check-records.py). The bar: 98% of facts, 95% precision.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, listInputFiles } from '../../../scripts/extract';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const SAMPLES = path.join(HERE, '..', '..', '..', 'data', 'samples');

describe('extraction of the bundled samples', () => {
  it('states at least 98% of the golden facts with at least 95% precision for projects and indicators', async () => {
    const files = listInputFiles([SAMPLES]);
    expect(files).toHaveLength(5);
    const documents = [];
    for (const f of files) documents.push(await extractFile(f));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'golden-')), 'out.json');
    writeFileSync(out, JSON.stringify({ schema: 'evaluation-record/1', documents }));
    const report = execFileSync(
      'python3',
      [path.join(HERE, 'golden', 'check-records.py'), path.join(HERE, 'golden', 'seeds.expected.json'), out],
      {
        encoding: 'utf8',
      },
    );
    const last = report.trim().split('\n').pop()!;
    const m = last.match(
      /facts: (\d+)\/(\d+) \(([\d.]+)%\) projects-precision: ([\d.]+)% indicators-precision: ([\d.]+)%/,
    );
    expect(m, report).not.toBeNull();
    const [, , total, facts, projects, indicators] = m!;
    expect(Number(total)).toBeGreaterThanOrEqual(609);
    expect(Number(facts), report).toBeGreaterThanOrEqual(98);
    expect(Number(projects), report).toBeGreaterThanOrEqual(95);
    expect(Number(indicators), report).toBeGreaterThanOrEqual(95);
  });

  it('keeps provenance for every stated fact: a line and the quoted source text', async () => {
    const files = listInputFiles([SAMPLES]);
    for (const f of files) {
      const doc = await extractFile(f);
      for (const rec of doc.records) {
        for (const section of ['overall', 'finance', 'sangong', 'staff', 'assets'] as const) {
          for (const key of Object.keys(rec[section])) {
            if (key.endsWith('_derived') || key === 'derived_score') continue;
            const src = rec.source[`${section}.${key}`];
            expect(src, `${doc.file} ${section}.${key}`).toBeDefined();
            expect(src!.line).toBeGreaterThan(0);
            expect(src!.text.length).toBeGreaterThan(0);
          }
        }
        for (const p of rec.projects)
          for (const k of ['budget', 'executed'] as const) if (p[k]) expect(p.source?.[k]?.text).toBeTruthy();
        for (const i of rec.indicators) expect(i.source?.line).toBeGreaterThan(0);
      }
    }
  });
});
