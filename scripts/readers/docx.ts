// DOCX reader: mammoth turns the document into HTML that keeps real table cells (gridSpan
// becomes colspan, vMerge becomes rowspan), and the HTML reader turns that into the document
// model, paragraphs and tables in their order in the document.

import mammoth from 'mammoth';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { htmlToBlocks } from './html';
import { checkZipArchive, type ReaderLimits } from './limits';

export async function readDocx(file: string, bytes: Buffer, limits?: ReaderLimits): Promise<DocumentModel> {
  const entries = checkZipArchive(bytes, limits);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new UnreadableDocumentError('a Word archive without word/document.xml', 'corrupt');
  }
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    // Images are left out unread: they carry no text, and inlining them would cost memory and time.
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new UnreadableDocumentError(`damaged Word document: ${(error as Error).message}`, 'corrupt');
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new UnreadableDocumentError('the document holds no text', 'empty');
  const notes = messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`);
  return { file, format: 'docx', blocks, notes };
}
