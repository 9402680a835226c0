// The extractor on the five bundled samples, scored against the hand-checked golden facts with the
// scorer shipped beside them (golden/check-records.py). The bar: 98% of facts, 95% precision.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../scripts/checks/index';
import { extractFile, listInputFiles } from '../../../scripts/extract';
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument } from '../../../scripts/recognise/index';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const SAMPLES = path.join(HERE, '..', '..', '..', 'data', 'samples');
const CHECKER = path.join(HERE, 'golden', 'check-records.py');
const GOLDEN = path.join(HERE, 'golden', 'seeds.expected.json');

interface Score {
  total: number;
  facts: number;
  projects: number;
  indicators: number;
  text: string;
}

/** Run the golden scorer on extracted documents and read its closing line. */
function score(documents: unknown[]): Score {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'golden-')), 'out.json');
  writeFileSync(out, JSON.stringify({ schema: 'evaluation-record/1', documents }));
  const text = execFileSync('python3', [CHECKER, GOLDEN, out, '--verbose'], { encoding: 'utf8' });
  const m = text
    .trim()
    .split('\n')
    .pop()!
    .match(/facts: (\d+)\/(\d+) \(([\d.]+)%\) projects-precision: ([\d.]+)% indicators-precision: ([\d.]+)%/);
  if (!m) throw new Error(`unexpected scorer output:\n${text}`);
  return { total: Number(m[2]), facts: Number(m[3]), projects: Number(m[4]), indicators: Number(m[5]), text };
}

describe('extraction of the bundled samples', () => {
  it('states at least 98% of the golden facts with at least 95% precision for projects and indicators', async () => {
    const files = listInputFiles([SAMPLES]);
    expect(files).toHaveLength(5);
    const documents = [];
    for (const f of files) documents.push(await extractFile(f));
    const s = score(documents);
    expect(s.total).toBeGreaterThanOrEqual(609);
    expect(s.facts, s.text).toBeGreaterThanOrEqual(98);
    expect(s.projects, s.text).toBeGreaterThanOrEqual(95);
    expect(s.indicators, s.text).toBeGreaterThanOrEqual(95);
  });

  it('states the same facts when every table row is padded to its table’s width, as DOCX, XLSX and PDF give', () => {
    const documents = listInputFiles([SAMPLES]).map((f) => {
      const model = readText(path.basename(f), readFileSync(f));
      for (const b of model.blocks) {
        if (b.kind !== 'table') continue;
        const width = Math.max(...b.table.rows.map((r) => r.cells.length));
        for (const r of b.table.rows) while (r.cells.length < width) r.cells.push({ text: '', line: r.line });
      }
      const records = recogniseDocument(model);
      for (const rec of records) rec.findings.push(...checkRecord(rec));
      return { file: path.basename(f), status: 'ok', records, errors: [] };
    });
    const s = score(documents);
    expect(s.facts, s.text).toBeGreaterThanOrEqual(98);
    expect(s.indicators, s.text).toBeGreaterThanOrEqual(95);
  });

  it('keeps provenance for every stated fact: a line and the quoted source text', async () => {
    for (const f of listInputFiles([SAMPLES])) {
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
        for (const p of rec.projects) {
          for (const k of ['budget', 'executed'] as const) if (p[k]) expect(p.source?.[k]?.text).toBeTruthy();
        }
        for (const i of rec.indicators) expect(i.source?.line).toBeGreaterThan(0);
      }
    }
  });
});
