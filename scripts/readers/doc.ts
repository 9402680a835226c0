// DOC reader (Word 97–2003): word-extractor pulls the body text; table cells come separated by
// tabs, so the text reader's layout turns such lines into table rows. `line` is the running
// number of the paragraph in the extracted body.

import WordExtractor from 'word-extractor';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
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
  const lines = trimRowEnds(body.replace(/\r\n?/g, '\n')).split('\n');
  const blocks = layoutLines(lines);
  if (blocks.length === 0) throw new UnreadableDocumentError('the document holds no text', 'empty');
  return { file, format: 'doc', blocks, notes: [] };
}

/** word-extractor ends every table row with the tab of its last cell: drop it so rows have their real width. */
export function trimRowEnds(body: string): string {
  return body
    .split('\n')
    .map((line) => (/\t.*\t$/.test(line) ? line.slice(0, -1) : line))
    .join('\n');
}
