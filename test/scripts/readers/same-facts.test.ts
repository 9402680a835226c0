// "Same facts whatever the format": each bundled sample, read as text, is written as DOCX (real
// Word tables), HTML (real <table>s inside site chrome) and PDF (LibreOffice from the DOCX); each
// is read back and must give the same document content and the same recognised facts as the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import { documentToHtml } from '../../../scripts/convert/html';
import type { DocumentModel } from '../../../scripts/model/document';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { readDocument } from '../../../scripts/readers/index';
import { convertWithLibreOffice } from '../../../scripts/readers/libreoffice';
import { readText } from '../../../scripts/readers/text';
import { digest, normalise } from './digest';
import { factLines } from './facts';

const SAMPLES_DIR = join(import.meta.dirname, '../../../data/samples');
const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt'));
const FORMATS = ['docx', 'html', 'pdf'] as const;
const HTML_TITLE = '绩效自评报告（网页版）';

const text = new Map<string, DocumentModel>();
const converted = new Map<string, DocumentModel>();

beforeAll(async () => {
  const docx: { name: string; bytes: Buffer }[] = [];
  for (const file of samples) {
    const model = readText(file, readFileSync(join(SAMPLES_DIR, file)));
    text.set(file, model);
    const stem = file.replace(/\.txt$/, '');
    const bytes = documentToDocx(model);
    docx.push({ name: `${stem}.docx`, bytes });
    converted.set(`${file}:docx`, await readDocument(`${stem}.docx`, bytes));
    const html = Buffer.from(documentToHtml(model, { title: HTML_TITLE, siteChrome: true }));
    converted.set(`${file}:html`, await readDocument(`${stem}.html`, html));
  }
  const pdfs = await convertWithLibreOffice(docx, 'pdf:writer_pdf_Export');
  for (const file of samples) {
    const stem = file.replace(/\.txt$/, '');
    converted.set(`${file}:pdf`, await readDocument(`${stem}.pdf`, pdfs.get(`${stem}.docx`)!));
  }
}, 300_000);

/** Table rows exactly; paragraphs as one stream, since a PDF cannot tell a wrapped line from a new paragraph. */
function content(model: DocumentModel) {
  const lines = digest(model).filter(
    (l) => l !== `P ${normalise(HTML_TITLE)}` && !l.startsWith('P 发布时间'),
  );
  return {
    rows: lines.filter((l) => !l.startsWith('P ')),
    prose: lines
      .filter((l) => l.startsWith('P '))
      .map((l) => l.slice(2))
      .join(''),
  };
}

describe.each(FORMATS)('%s round trip of the samples', (format) => {
  it.each(samples)('%s reads back with the same tables and text', (file) => {
    const model = converted.get(`${file}:${format}`)!;
    expect(model.format).toBe(format);
    const want = content(text.get(file)!);
    const got = content(model);
    expect(got.rows).toEqual(want.rows);
    expect(got.prose).toBe(want.prose);
  });

  it.each(samples)('%s gives the same facts as its text version', (file) => {
    const want = factLines(recogniseDocument(text.get(file)!));
    // The comparison means something only when the text version states facts.
    expect(want.length).toBeGreaterThan(50);
    expect(factLines(recogniseDocument(converted.get(`${file}:${format}`)!))).toEqual(want);
  });
});
