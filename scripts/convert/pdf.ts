// Turns DOCX or HTML documents into PDF with LibreOffice headless (Writer's PDF export), in one
// soffice run for the whole batch.

import { convertWithLibreOffice } from '../readers/libreoffice';

export async function documentsToPdf(
  inputs: { name: string; bytes: Uint8Array }[],
): Promise<Map<string, Buffer>> {
  const docx = inputs.filter((i) => i.name.endsWith('.docx'));
  const html = inputs.filter((i) => !i.name.endsWith('.docx'));
  const out = new Map<string, Buffer>();
  if (docx.length)
    for (const [k, v] of await convertWithLibreOffice(docx, 'pdf:writer_pdf_Export')) out.set(k, v);
  if (html.length) {
    const converted = await convertWithLibreOffice(html, 'pdf:writer_pdf_Export', [
      '--infilter=HTML (StarWriter)',
    ]);
    for (const [k, v] of converted) out.set(k, v);
  }
  return out;
}
