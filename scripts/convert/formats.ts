// Renders one document model in every supported input format: DOCX, HTML, XLSX, GBK text and
// (through LibreOffice, in one batch) PDF, DOC and XLS. Used by the round-trip tests' tooling and
// the ETL benchmark to get the same report in each format.

import type { DocumentModel } from '../model/document';
import { convertWithLibreOffice } from '../readers/libreoffice';
import { documentToDocx } from './docx';
import { documentToHtml } from './html';
import { documentToXlsx } from './xlsx';

export type RenderedFormat = 'docx' | 'html' | 'xlsx' | 'pdf' | 'doc' | 'xls';

/**
 * The way sites publish: each model as an HTML page whose tables lost their merged cells (ragged
 * rows), and DOCX and PDF that LibreOffice makes from that page. Files are `stem.html|docx|pdf`.
 */
export async function renderPublished(
  models: { stem: string; model: Pick<DocumentModel, 'blocks'> }[],
  ragged: 'leading' | 'all' = 'leading',
): Promise<{ file: string; format: RenderedFormat; bytes: Buffer }[]> {
  const html = models.map(({ stem, model }) => ({
    name: `${stem}.html`,
    bytes: Buffer.from(documentToHtml(model, { siteChrome: true, ragged })),
  }));
  const out: { file: string; format: RenderedFormat; bytes: Buffer }[] = html.map((h) => ({
    file: h.name,
    format: 'html',
    bytes: h.bytes,
  }));
  const fromHtml = ['--infilter=HTML (StarWriter)'];
  for (const [target, format] of [
    ['docx:MS Word 2007 XML', 'docx'],
    ['pdf:writer_pdf_Export', 'pdf'],
  ] as const) {
    for (const [name, bytes] of await convertWithLibreOffice(html, target, fromHtml))
      out.push({ file: name.replace(/\.[^.]+$/, `.${format}`), format, bytes });
  }
  return out;
}

/** Renders each model (keyed by a file stem) in the formats asked for; files are named `stem.ext`. */
export async function renderFormats(
  models: { stem: string; model: Pick<DocumentModel, 'blocks'> }[],
  formats: RenderedFormat[],
): Promise<{ file: string; format: RenderedFormat; bytes: Buffer }[]> {
  const out: { file: string; format: RenderedFormat; bytes: Buffer }[] = [];
  const docx = models.map(({ stem, model }) => ({ name: `${stem}.docx`, bytes: documentToDocx(model) }));
  const xlsx: { name: string; bytes: Buffer }[] = [];
  for (const { stem, model } of models) {
    if (formats.includes('docx'))
      out.push({ file: `${stem}.docx`, format: 'docx', bytes: documentToDocx(model) });
    if (formats.includes('html')) {
      out.push({
        file: `${stem}.html`,
        format: 'html',
        bytes: Buffer.from(documentToHtml(model, { siteChrome: true })),
      });
    }
    if (formats.includes('xlsx') || formats.includes('xls')) {
      const bytes = await documentToXlsx(model);
      xlsx.push({ name: `${stem}.xlsx`, bytes });
      if (formats.includes('xlsx')) out.push({ file: `${stem}.xlsx`, format: 'xlsx', bytes });
    }
  }
  const viaLibreOffice = async (inputs: typeof docx, target: string, format: RenderedFormat, ext: string) => {
    const converted = await convertWithLibreOffice(inputs, target);
    for (const [name, bytes] of converted)
      out.push({ file: name.replace(/\.[^.]+$/, `.${ext}`), format, bytes });
  };
  if (formats.includes('pdf')) await viaLibreOffice(docx, 'pdf:writer_pdf_Export', 'pdf', 'pdf');
  if (formats.includes('doc')) await viaLibreOffice(docx, 'doc:MS Word 97', 'doc', 'doc');
  if (formats.includes('xls')) await viaLibreOffice(xlsx, 'xls:MS Excel 97', 'xls', 'xls');
  return out;
}
