// `npm run synth -- documents --units N --years 2015-2024 --out DIR [--seed S] [--formats …]
// [--layouts …] [--every]`: writes a demo corpus of evaluation reports and its answer key
// (DIR/answer-key.json, `evaluation-record/1`). By default each unit-year gets one document, in
// the unit's usual layout (sometimes another) and a format drawn by weight (PDF a small share,
// as LibreOffice is slow); `--every` writes every unit-year in every layout and format (for tests).
// Every document carries the demo marker, so the warehouse records it as 演示数据.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../../model/document';
import type { AnswerRecord } from './draft';
import { LAYOUTS, renderLayout, type Layout } from './layouts';
import { Random, derivedSeed } from './random';
import { LibreOfficeMissingError } from '../../readers/libreoffice';
import { EXTENSION, FORMATS, renderFile, renderPdfs, type Format } from './render';
import { buildStories } from './story';

export { DEMO_MARKER } from './draft';

export interface CorpusOptions {
  units: number;
  firstYear: number;
  lastYear: number;
  out: string;
  seed?: number;
  formats?: readonly Format[];
  layouts?: readonly Layout[];
  /** Every unit-year in every layout and format, instead of one document per unit-year. */
  every?: boolean;
  /** Fail when LibreOffice is missing, instead of writing the planned PDFs as DOCX. */
  requirePdf?: boolean;
  /** At most this many PDFs (LibreOffice is slow); default 2 % of the documents, at least 1. */
  maxPdf?: number;
}

export interface CorpusDocument {
  file: string;
  layout: Layout;
  format: Format;
  unit: string;
  year: number;
}

export interface CorpusSummary {
  documents: CorpusDocument[];
  answerKey: string;
  millis: number;
}

/**
 * Format weights of the default mix: mostly text, as bureaus keep most reports; DOCX and XLSX cost
 * the extractor several times what text does, so they are a smaller share.
 */
const FORMAT_WEIGHT: Record<Format, number> = { text: 45, gbk: 17, html: 18, docx: 9, xlsx: 8, pdf: 3 };

export async function generateCorpus(opts: CorpusOptions): Promise<CorpusSummary> {
  const started = Date.now();
  const seed = opts.seed ?? 20240601;
  const formats = opts.formats ?? FORMATS;
  const layouts = opts.layouts ?? LAYOUTS;
  mkdirSync(opts.out, { recursive: true });
  const stories = buildStories({
    units: opts.units,
    firstYear: opts.firstYear,
    lastYear: opts.lastYear,
    seed,
  });
  const planned: { layout: Layout; format: Format; story: (typeof stories)[number]; yearIndex: number }[] =
    [];
  for (const story of stories) {
    const rng = new Random(derivedSeed(seed, 'plan', story.index));
    const usual = rng.pick(layouts);
    story.years.forEach((_, yearIndex) => {
      if (opts.every) {
        for (const layout of layouts)
          for (const format of formats) planned.push({ layout, format, story, yearIndex });
      } else {
        const layout = rng.chance(0.8) ? usual : rng.pick(layouts);
        planned.push({ layout, format: weighted(rng, formats), story, yearIndex });
      }
    });
  }
  const maxPdf = opts.maxPdf ?? (opts.every ? Infinity : Math.max(1, Math.floor(planned.length * 0.02)));
  let pdfs = 0;
  for (const p of planned) {
    if (p.format !== 'pdf') continue;
    if (pdfs < maxPdf) pdfs++;
    else p.format = formats.includes('docx') ? 'docx' : (formats.find((f) => f !== 'pdf') ?? 'text');
  }

  const documents: CorpusDocument[] = [];
  const answers: { file: string; records: AnswerRecord[] }[] = [];
  const pdfQueue: { name: string; blocks: Block[] }[] = [];
  for (const p of planned) {
    const facts = p.story.years[p.yearIndex]!;
    const draft = renderLayout(p.layout, p.story, facts, seed);
    const id = String(p.story.index + 1).padStart(4, '0');
    const suffix = p.format === 'gbk' ? '-gbk' : '';
    const file = `demo-${id}-${facts.year}-${p.layout}${suffix}.${EXTENSION[p.format]}`;
    if (p.format === 'pdf') {
      pdfQueue.push({ name: file, blocks: draft.blocks });
    } else {
      const bytes = await renderFile(p.format, draft.blocks, {
        title: `${p.story.name}${facts.year}年度部门整体支出绩效自评报告`,
        cellPerLine: p.layout === 'cells',
      });
      writeFileSync(path.join(opts.out, file), bytes);
    }
    documents.push({ file, layout: p.layout, format: p.format, unit: p.story.name, year: facts.year });
    answers.push({ file, records: [draft.record] });
  }
  if (pdfQueue.length) {
    let converted = new Map<string, Buffer>();
    try {
      converted = await renderPdfs(pdfQueue);
    } catch (err) {
      if (!(err instanceof LibreOfficeMissingError) || opts.requirePdf) throw err;
      // Without LibreOffice the planned PDFs are written as the DOCX they would have been made from.
      console.warn(`LibreOffice is not installed: ${pdfQueue.length} planned PDF(s) written as DOCX`);
      for (const q of pdfQueue) {
        const docx = q.name.replace(/\.pdf$/, '.docx');
        writeFileSync(
          path.join(opts.out, docx),
          await renderFile('docx', q.blocks, { title: '', cellPerLine: false }),
        );
        for (const entry of [...documents, ...answers].filter((e) => e.file === q.name)) entry.file = docx;
        for (const d of documents) if (d.file === docx) d.format = 'docx';
      }
      pdfQueue.length = 0;
    }
    for (const [name, bytes] of converted) writeFileSync(path.join(opts.out, name), bytes);
    const missing = pdfQueue.filter((q) => !converted.has(q.name)).map((q) => q.name);
    if (missing.length)
      throw new Error(
        `LibreOffice did not convert ${missing.length} document(s) to PDF: ${missing.slice(0, 3).join(', ')}`,
      );
  }
  const answerKey = path.join(opts.out, 'answer-key.json');
  writeFileSync(
    answerKey,
    `${JSON.stringify({ schema: 'evaluation-record/1', generator: { seed, units: opts.units, years: [opts.firstYear, opts.lastYear] }, documents: answers }, null, 1)}\n`,
  );
  return { documents, answerKey, millis: Date.now() - started };
}

function weighted(rng: Random, formats: readonly Format[]): Format {
  const total = formats.reduce((s, f) => s + FORMAT_WEIGHT[f], 0);
  let x = rng.next() * total;
  for (const f of formats) {
    x -= FORMAT_WEIGHT[f];
    if (x < 0) return f;
  }
  return formats[formats.length - 1]!;
}

function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (!allowed.includes(item as T))
      throw new Error(`unknown ${what} "${item}" (use ${allowed.join(', ')})`);
  return items as T[];
}

export async function documentsCommand(argv: string[]): Promise<number> {
  const opts: Partial<CorpusOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--units') opts.units = Number(value());
    else if (a === '--years') {
      const m = value().match(/^(\d{4})(?:-(\d{4}))?$/);
      if (!m) throw new Error('--years takes YYYY or YYYY-YYYY');
      opts.firstYear = Number(m[1]);
      opts.lastYear = Number(m[2] ?? m[1]);
    } else if (a === '--out') opts.out = value();
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--formats') opts.formats = parseList(value(), FORMATS, 'format');
    else if (a === '--layouts') opts.layouts = parseList(value(), LAYOUTS, 'layout');
    else if (a === '--every') opts.every = true;
    else if (a === '--max-pdf') opts.maxPdf = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  if (!opts.units || !Number.isInteger(opts.units) || opts.units < 1)
    throw new Error('--units N (a positive integer) is required');
  if (!opts.out) throw new Error('--out DIR is required');
  if (!opts.firstYear || !opts.lastYear || opts.lastYear < opts.firstYear)
    throw new Error('--years YYYY-YYYY is required');
  const summary = await generateCorpus(opts as CorpusOptions);
  const byFormat = new Map<string, number>();
  for (const d of summary.documents) byFormat.set(d.format, (byFormat.get(d.format) ?? 0) + 1);
  console.log(
    `${summary.documents.length} documents (${[...byFormat].map(([f, n]) => `${f} ${n}`).join(', ')}) in ${opts.out}, ` +
      `answer key ${summary.answerKey}, ${(summary.millis / 1000).toFixed(1)} s`,
  );
  return 0;
}
