// The extractor on the five bundled samples, scored against the hand-checked golden facts with the
// scorer shipped beside them (golden/check-records.py). The bar: 98% of facts, 95% precision.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../scripts/checks/index';
import { extractFile, listInputFiles } from '../../../scripts/extract';
import { readText } from '../../../scripts/readers/text';
import { recogniseReadings } from '../../../scripts/recognise/index';
import { scoreDocuments } from './score';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const SAMPLES = path.join(HERE, '..', '..', '..', 'data', 'samples');
const GOLDEN = path.join(HERE, 'golden', 'seeds.expected.json');

/** Score extracted documents against the golden facts of the samples. */
const score = (documents: unknown[]) => scoreDocuments(GOLDEN, documents);

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
      const records = recogniseReadings(model).map(({ record, reading }) => {
        record.findings.push(...checkRecord(record, reading));
        return record;
      });
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
