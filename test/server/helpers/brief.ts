// Checks a generated 年度分析简报 the way a reader would: the DOCX unzipped and its XML read, the
// PDF through pdftotext; its key figures against /api/aggregate for the same cut and year, and a
// footnote naming a source on every figure (every table row and paragraph holding a digit).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { expect } from 'vitest';

export type Fetch = (path: string) => Promise<{ status: number; body: Buffer; type: string }>;

const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const squeeze = (s: string) => s.replace(/\s+/g, '');

export function amountText(v: string): string {
  const [int, frac] = new Decimal(v).toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}万元`;
}

/** Every figure's footnote: rows and paragraphs with a digit hold a footnote reference. */
export function expectFootnoted(documentXml: string, footnotesXml: string): number {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const rows = [...body.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  let checked = 0;
  for (const row of rows) {
    if (row.includes('<w:tblHeader')) continue;
    if (!/\d/.test(texts(row))) continue;
    expect(row, `table row "${texts(row)}" has a footnote`).toContain('<w:footnoteReference');
    checked++;
  }
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  for (const [p] of outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (/<w:pStyle w:val="(Title|Heading\d)"/.test(p) || !/\d/.test(texts(p))) continue;
    expect(p, `paragraph "${texts(p)}" has a footnote`).toContain('<w:footnoteReference');
    checked++;
  }
  const refs = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => Number(m[1]));
  const notes = [...footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[\s\S]*?<\/w:footnote>/g)].filter(
    (m) => Number(m[1]) > 0,
  );
  expect(new Set(refs).size).toBe(refs.length);
  expect(notes.length).toBe(refs.length);
  for (const [n] of notes) expect(texts(n)).toMatch(/^来源：\S+/);
  return checked;
}

/** Generates the brief for `cut` and `year`, checks it, and returns its text. */
export async function checkBrief(
  get: Fetch,
  cut: string,
  year: number,
): Promise<{ docx: string; pdf: string }> {
  const q = `year=${year}&cut=${encodeURIComponent(cut)}`;
  const agg = await get(
    `/api/aggregate?measures=budget_matched|executed_matched|execution_rate|unit_year_count&cut=${encodeURIComponent(`${cut}|year:${year}`)}`,
  );
  expect(agg.status).toBe(200);
  const kpi = JSON.parse(agg.body.toString()).cells[0];
  const docx = await get(`/api/brief?${q}&format=docx`);
  expect(docx.status).toBe(200);
  expect(docx.type).toContain('wordprocessingml');
  const dir = mkdtempSync(join(tmpdir(), 'jx-brief-'));
  writeFileSync(join(dir, 'brief.docx'), docx.body);
  const unzip = (part: string) => execFileSync('unzip', ['-p', join(dir, 'brief.docx'), part]).toString();
  const documentXml = unzip('word/document.xml');
  expect(expectFootnoted(documentXml, unzip('word/footnotes.xml'))).toBeGreaterThan(5);
  const media = execFileSync('unzip', ['-l', join(dir, 'brief.docx')]).toString();
  expect(media.match(/word\/media\/\S+\.svg/g)?.length).toBe(3);
  expect(media.match(/word\/media\/\S+\.png/g)?.length).toBe(3);
  const docText = squeeze(texts(documentXml));
  const figures = [
    amountText(kpi.budget_matched),
    amountText(kpi.executed_matched),
    `${new Decimal(kpi.execution_rate).toFixed(2)}%`,
    `${kpi.unit_year_count}个`,
  ];
  for (const f of figures) expect(docText, f).toContain(f);
  // The rate shown is executed ÷ budget of the amounts shown, within rounding.
  const ratio = new Decimal(kpi.executed_matched).mul(100).div(kpi.budget_matched);
  expect(ratio.minus(kpi.execution_rate).abs().lt(0.0001)).toBe(true);
  const pdf = await get(`/api/brief?${q}&format=pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(join(dir, 'brief.pdf'), pdf.body);
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'brief.pdf'), '-']).toString();
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'brief.pdf')]).toString())![1],
  );
  expect(pages).toBeLessThanOrEqual(3);
  for (const f of figures) expect(squeeze(pdfText), f).toContain(f);
  expect(squeeze(pdfText)).toContain(`${year}年度预算绩效分析简报`);
  expect((pdfText.match(/来源：/g) ?? []).length).toBeGreaterThan(5);
  return { docx: docText, pdf: pdfText };
}
