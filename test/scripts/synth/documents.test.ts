// The demo corpus generator against the real extractor: a small corpus in every layout and format
// (PDF for a few documents only, LibreOffice being slow) is extracted and scored with
// ../shared/tools/check-records.py against the generator's answer key, which must reach 99 % of
// the facts for each format and each layout. Also: the demo marker makes the warehouse record
// demo data, the corpus is reproducible from its seed, and GBK text decodes back to the same text.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDB, queryRows } from '../../../scripts/load/duckdb';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { documentsCommand, generateCorpus } from '../../../scripts/synth/documents/index';
import { encodeGbk } from '../../../scripts/synth/documents/gbk';
import { LAYOUTS } from '../../../scripts/synth/documents/layouts';
import { FORMATS } from '../../../scripts/synth/documents/render';
import {
  checkerPath,
  corpusGroups,
  scoreCorpus,
  type GroupScore,
} from '../../../scripts/synth/documents/score';
import type { ExtractedFile } from '../../../scripts/model/record';

const BAR = 99;
const root = mkdtempSync(path.join(os.tmpdir(), 'demo-corpus-'));
const main = path.join(root, 'main');
const pdf = path.join(root, 'pdf');
let groups: GroupScore[] = [];
let extracted: ExtractedFile[] = [];

beforeAll(async () => {
  // Every layout in every format but PDF for 3 units × 2 years; PDF for one unit-year per layout.
  await generateCorpus({
    units: 3,
    firstYear: 2021,
    lastYear: 2022,
    out: main,
    seed: 7,
    every: true,
    formats: FORMATS.filter((f) => f !== 'pdf'),
  });
  await generateCorpus({
    units: 1,
    firstYear: 2022,
    lastYear: 2022,
    out: pdf,
    seed: 7,
    every: true,
    formats: ['pdf'],
    requirePdf: true,
  });
  const a = await scoreCorpus(main, corpusGroups);
  const b = await scoreCorpus(pdf, corpusGroups);
  groups = [...a.groups, ...b.groups];
  extracted = [...a.extracted, ...b.extracted];
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('accuracy of the extractor on the demo corpus', () => {
  it('finds the checker', () => expect(existsSync(checkerPath())).toBe(true));

  for (const format of FORMATS) {
    it(`reaches ${BAR}% of the facts in format ${format}`, () => {
      const g = groups.find((x) => x.group === `format:${format}`);
      expect(g, `no ${format} documents were scored`).toBeDefined();
      expect(g!.total).toBeGreaterThan(100);
      expect(
        g!.percent,
        `${g!.matched}/${g!.total}\n${g!.misses.slice(0, 15).join('\n')}`,
      ).toBeGreaterThanOrEqual(BAR);
    });
  }

  for (const layout of LAYOUTS) {
    it(`reaches ${BAR}% of the facts in layout ${layout}`, () => {
      const scored = groups.filter((x) => x.group === `layout:${layout}`);
      const matched = scored.reduce((n, g) => n + g.matched, 0);
      const total = scored.reduce((n, g) => n + g.total, 0);
      const misses = scored.flatMap((g) => g.misses);
      expect(total).toBeGreaterThan(100);
      expect(
        (100 * matched) / total,
        `${matched}/${total}\n${misses.slice(0, 15).join('\n')}`,
      ).toBeGreaterThanOrEqual(BAR);
    });
  }

  it('reads every generated document (none quarantined) and marks each as demo data', () => {
    expect(extracted.length).toBe(3 * 2 * LAYOUTS.length * (FORMATS.length - 1) + LAYOUTS.length);
    expect(
      extracted.filter((d) => d.status === 'quarantined').map((d) => `${d.file}: ${d.errors[0]?.message}`),
    ).toEqual([]);
    expect(extracted.filter((d) => d.demo !== true).map((d) => d.file)).toEqual([]);
  });
});

describe('the answer key', () => {
  it('is reproducible from the seed and states the deliberate inconsistencies as expected findings', async () => {
    const again = path.join(root, 'again');
    await generateCorpus({
      units: 3,
      firstYear: 2021,
      lastYear: 2022,
      out: again,
      seed: 7,
      every: true,
      formats: FORMATS.filter((f) => f !== 'pdf'),
    });
    const key = readFileSync(path.join(main, 'answer-key.json'), 'utf8');
    expect(readFileSync(path.join(again, 'answer-key.json'), 'utf8')).toBe(key);
    const other = path.join(root, 'other');
    await generateCorpus({
      units: 3,
      firstYear: 2021,
      lastYear: 2022,
      out: other,
      seed: 8,
      formats: ['text'],
    });
    expect(readFileSync(path.join(other, 'answer-key.json'), 'utf8')).not.toBe(key);
  });

  it('keeps amounts exact and consistent: executed = basic + project, rates from the amounts unless flawed', async () => {
    const dir = path.join(root, 'big');
    await generateCorpus({
      units: 40,
      firstYear: 2015,
      lastYear: 2024,
      out: dir,
      seed: 3,
      formats: ['text'],
      layouts: ['narrative'],
    });
    const key = JSON.parse(readFileSync(path.join(dir, 'answer-key.json'), 'utf8')) as {
      documents: {
        records: {
          overall: Record<string, string>;
          finance: Record<string, string>;
          expected_findings: { code: string }[];
        }[];
      }[];
    };
    const codes = new Set<string>();
    for (const doc of key.documents) {
      const r = doc.records[0]!;
      for (const f of r.expected_findings) codes.add(f.code);
      const cents = (s: string) => Math.round(Number(s) * 100);
      expect(cents(r.finance.basic!) + cents(r.finance.project!)).toBe(cents(r.overall.executed!));
      for (const v of Object.values(r.finance)) expect(v).toMatch(/^-?\d+(\.\d{1,2})?$/);
      if (!r.expected_findings.some((f) => f.code === 'rate_mismatch')) {
        const computed = (Number(r.overall.executed) / Number(r.overall.budget)) * 100;
        expect(Math.abs(computed - Number(r.overall.execution_rate))).toBeLessThan(0.006);
      }
    }
    // 400 unit-years: each kind of deliberate inconsistency shows up, and so do flattering self-scores.
    expect([...codes].sort()).toEqual([
      'balance_mismatch',
      'high_score_low_execution',
      'rate_mismatch',
      'score_sum_mismatch',
    ]);
  });
});

describe('demo data in the warehouse', () => {
  it('loads documents carrying the marker as demo data even when the load does not say so', async () => {
    const db = path.join(root, 'w.duckdb');
    const docs = ['text', 'html', 'docx'].map((f) =>
      path.join(main, f === 'text' ? 'demo-0001-2021-narrative.txt' : `demo-0001-2021-narrative.${f}`),
    );
    await loadIntoWarehouse([...docs, 'data/samples/002_1bad547aa81023f8.txt'], { db });
    const { conn, close } = await openDuckDB(db, 'read_only');
    try {
      const documents = await queryRows(conn, 'SELECT file_name, is_demo FROM documents ORDER BY file_name');
      expect(documents.map((d) => [d.file_name, d.is_demo])).toEqual([
        ['002_1bad547aa81023f8.txt', false],
        ['demo-0001-2021-narrative.docx', true],
        ['demo-0001-2021-narrative.html', true],
        ['demo-0001-2021-narrative.txt', true],
      ]);
      const units = await queryRows(conn, 'SELECT name, is_demo FROM units ORDER BY is_demo');
      expect(units.map((u) => u.is_demo)).toEqual([false, true]);
    } finally {
      close();
    }
  });
});

describe('GBK text', () => {
  it('encodes report text so that a GB18030 decoder gives it back', () => {
    const text = '“三公”经费控制率为97.38%，≥95%；（一）部门概况\t编制43人';
    const bytes = encodeGbk(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(text);
  });
});

describe('npm run synth -- documents', () => {
  it('refuses missing or bad options with a message naming them', async () => {
    const out = path.join(root, 'cli');
    await expect(documentsCommand(['--units', '0', '--years', '2020', '--out', out])).rejects.toThrow(
      /--units/,
    );
    await expect(documentsCommand(['--units', '2', '--years', '20x', '--out', out])).rejects.toThrow(
      /--years/,
    );
    await expect(documentsCommand(['--units', '2', '--years', '2021-2020', '--out', out])).rejects.toThrow(
      /--years/,
    );
    await expect(documentsCommand(['--units', '2', '--years', '2020'])).rejects.toThrow(/--out/);
    await expect(
      documentsCommand(['--units', '2', '--years', '2020', '--out', out, '--formats', 'rtf']),
    ).rejects.toThrow(/unknown format "rtf"/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes one document per unit-year and the answer key', async () => {
    const out = path.join(root, 'cli-ok');
    expect(
      await documentsCommand([
        '--units',
        '2',
        '--years',
        '2019-2021',
        '--out',
        out,
        '--formats',
        'text,html',
      ]),
    ).toBe(0);
    const key = JSON.parse(readFileSync(path.join(out, 'answer-key.json'), 'utf8')) as {
      documents: { file: string }[];
    };
    expect(key.documents).toHaveLength(6);
    for (const d of key.documents) expect(existsSync(path.join(out, d.file))).toBe(true);
  });
});
