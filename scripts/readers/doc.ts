// DOC reader (Word 97–2003). word-extractor pulls the body text quickly, but it cannot tell where
// a table row ends (cell and row end marks both come out as tabs, and rows run together). So a
// document with tables is converted to DOCX by LibreOffice headless and read by the DOCX reader,
// which keeps rows, columns and merged cells; a document without tables, or a machine without
// LibreOffice, keeps word-extractor's text (tab-separated lines then become table rows).
// `line` is the running number of the paragraph or row, as for DOCX.

import WordExtractor from 'word-extractor';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { readDocx } from './docx';
import { convertWithLibreOffice, LibreOfficeMissingError } from './libreoffice';
import { layoutLines } from './text';

export async function readDoc(file: string, bytes: Buffer): Promise<DocumentModel> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(bytes);
    body = document.getBody();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/encrypt|password/i.test(message)) {
      throw new UnreadableDocumentError('the Word document is password-protected', 'encrypted');
    }
    throw new UnreadableDocumentError(`damaged Word 97–2003 document: ${message}`, 'corrupt');
  }
  if (body.includes('\t')) {
    const converted = await convertToDocx(bytes);
    if (converted) {
      const model = await readDocx(file, converted);
      return { ...model, format: 'doc', notes: [...model.notes, 'converted from .doc with LibreOffice'] };
    }
  }
  const lines = trimRowEnds(body.replace(/\r\n?/g, '\n')).split('\n');
  const blocks = layoutLines(lines);
  if (blocks.length === 0) throw new UnreadableDocumentError('the document holds no text', 'empty');
  const notes = body.includes('\t')
    ? ['LibreOffice is not installed: table rows read from tab-separated text']
    : [];
  return { file, format: 'doc', blocks, notes };
}

/** The document as DOCX, or undefined when LibreOffice is missing; a file it cannot convert is damaged. */
async function convertToDocx(bytes: Buffer): Promise<Buffer | undefined> {
  try {
    const converted = await convertWithLibreOffice([{ name: 'input.doc', bytes }], 'docx:MS Word 2007 XML', [
      '--infilter=MS Word 97',
    ]);
    const docx = converted.get('input.doc');
    if (!docx || docx.length === 0) {
      throw new UnreadableDocumentError('LibreOffice could not convert the Word 97–2003 document', 'corrupt');
    }
    return docx;
  } catch (error) {
    if (error instanceof LibreOfficeMissingError) return undefined;
    if (error instanceof UnreadableDocumentError) throw error;
    throw new UnreadableDocumentError(
      `LibreOffice could not convert the document: ${(error as Error).message}`,
      'corrupt',
    );
  }
}

/** word-extractor ends every table row with the tab of its last cell: drop it so rows have their real width. */
export function trimRowEnds(body: string): string {
  return body
    .split('\n')
    .map((line) => (/\t.*\t$/.test(line) ? line.slice(0, -1) : line))
    .join('\n');
}
