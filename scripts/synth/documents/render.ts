// Renders a layout's document model in a file format: UTF-8 text (tab rows, or one cell per line
// for the form layout), GBK text, an HTML page of a government site, DOCX and XLSX from the model
// (scripts/convert), and PDF through LibreOffice headless from the DOCX (in one batch, as it is slow).

import { documentToDocx } from '../../convert/docx';
import { tableGrid } from '../../convert/grid';
import { documentToHtml, escapeHtml } from '../../convert/html';
import { documentsToPdf } from '../../convert/pdf';
import { documentToXlsx } from '../../convert/xlsx';
import type { Block } from '../../model/document';
import { DEMO_MARKER } from './draft';
import { encodeGbk } from './gbk';

export const FORMATS = ['text', 'gbk', 'html', 'docx', 'xlsx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSION: Record<Format, string> = {
  text: 'txt',
  gbk: 'txt',
  html: 'html',
  docx: 'docx',
  xlsx: 'xlsx',
  pdf: 'pdf',
};

/** Plain text: tables as tab rows (merged positions left empty), or one cell per line. */
export function modelToText(blocks: Block[], cellPerLine: boolean): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(block.text, '');
      continue;
    }
    const grid = tableGrid(block.table);
    for (const row of grid) {
      const texts = row.map((c) => (c.covered || c.absent ? '' : c.text.replace(/\s*\n\s*/g, ' ')));
      if (cellPerLine) {
        for (const text of texts) lines.push(`\t${text}`);
        lines.push('');
      } else {
        lines.push(texts.join('\t'));
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export async function renderFile(
  format: Exclude<Format, 'pdf'>,
  blocks: Block[],
  opts: { title: string; cellPerLine: boolean },
): Promise<Buffer> {
  switch (format) {
    case 'text':
      return Buffer.from(modelToText(blocks, opts.cellPerLine), 'utf8');
    case 'gbk':
      return encodeGbk(modelToText(blocks, opts.cellPerLine).replace(/\n/g, '\r\n'));
    case 'html': {
      const html = documentToHtml({ blocks }, { title: opts.title, siteChrome: true });
      const meta = `<meta name="description" content="${escapeHtml(DEMO_MARKER)}">`;
      return Buffer.from(html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`), 'utf8');
    }
    case 'docx':
      return documentToDocx({ blocks });
    case 'xlsx':
      return documentToXlsx({ blocks }, '自评表');
  }
}

/** PDFs of several documents at once (one LibreOffice run). */
export async function renderPdfs(docs: { name: string; blocks: Block[] }[]): Promise<Map<string, Buffer>> {
  const inputs = docs.map((d) => ({
    name: d.name.replace(/\.pdf$/, '.docx'),
    bytes: documentToDocx({ blocks: d.blocks }),
  }));
  const converted = await documentsToPdf(inputs);
  const out = new Map<string, Buffer>();
  for (const d of docs) {
    const pdf = converted.get(d.name) ?? converted.get(d.name.replace(/\.pdf$/, '.docx'));
    if (pdf) out.set(d.name, pdf);
  }
  return out;
}
