// DOCX reader: the document body becomes HTML that keeps real table cells (gridSpan becomes
// colspan, vMerge becomes rowspan), and the HTML reader turns that into the document model,
// paragraphs and tables in their order in the document. A one-pass scanner of the body XML
// (docx-xml) does this several times faster than mammoth; mammoth remains the path for anything
// the scanner does not accept (and gives damaged documents their reason).

import mammoth from 'mammoth';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { documentXmlToHtml, DocxXmlError } from './docx-xml';
import { htmlToBlocks } from './html';
import { checkZipArchive, type ReaderLimits } from './limits';
import { readEntry } from './zip';

export async function readDocx(file: string, bytes: Buffer, limits?: ReaderLimits): Promise<DocumentModel> {
  const entries = checkZipArchive(bytes, limits);
  const main = mainPart(bytes);
  if (!entries.some((e) => e.name === main)) {
    throw new UnreadableDocumentError(`a Word archive without its document part (${main})`, 'corrupt');
  }
  let html = fastHtml(bytes, main);
  const notes: string[] = [];
  if (html === undefined) {
    try {
      // Images are left out unread: they carry no text, and inlining them would cost memory and time.
      const result = await mammoth.convertToHtml(
        { buffer: bytes },
        { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
      );
      html = result.value;
      notes.push(...result.messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`));
    } catch (error) {
      throw new UnreadableDocumentError(`damaged Word document: ${(error as Error).message}`, 'corrupt');
    }
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new UnreadableDocumentError('the document holds no text', 'empty');
  return { file, format: 'docx', blocks, notes };
}

/** The main document part named by the package relationships (almost always word/document.xml). */
function mainPart(bytes: Buffer): string {
  const rels = readEntry(bytes, '_rels/.rels')?.toString('utf8') ?? '';
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (!/Type="[^"]*\/officeDocument"/.test(rel)) continue;
    const target = /Target="([^"]+)"/.exec(rel)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

/** The body as HTML by the fast scanner, or undefined when the scanner declines the XML. */
function fastHtml(bytes: Buffer, main: string): string | undefined {
  const xml = readEntry(bytes, main);
  if (!xml) return undefined;
  const encoding = /encoding="([^"]+)"/i.exec(xml.subarray(0, 100).toString('latin1'))?.[1];
  if (encoding && !/^utf-?8$/i.test(encoding)) return undefined;
  try {
    return documentXmlToHtml(xml.toString('utf8'));
  } catch (error) {
    if (error instanceof DocxXmlError) return undefined;
    throw error;
  }
}
