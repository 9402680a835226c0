// The text of a read document as a whole: whether it carries the demo marker, the plain text kept
// for a document in which nothing was recognised, and its length (refused over a limit).

import { blockText, type DocumentModel } from '../model/document';

/** The line every generated demo document carries (scripts/synth/documents); such a document is demo data. */
export const DEMO_MARKER = '演示数据（自动生成，非真实数据）';
const DEMO_MARKER_KEY = DEMO_MARKER.normalize('NFKC');

/** Does the document state the demo marker near its top (in any format, spacing ignored)? */
export function carriesDemoMarker(doc: DocumentModel): boolean {
  const has = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').includes(DEMO_MARKER_KEY);
  return doc.blocks
    .slice(0, 12)
    .some((b) =>
      b.kind === 'paragraph' ? has(b.text) : b.table.rows.some((r) => r.cells.some((c) => has(c.text))),
    );
}

/** The document's text in reading order (table rows as tab-separated lines), as stored for an unrecognised document. */
export function plainText(doc: DocumentModel): string {
  return doc.blocks.map((b) => blockText(b, '\t')).join('\n');
}

export function textLength(doc: DocumentModel): number {
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') n += b.text.length;
    else for (const r of b.table.rows) for (const c of r.cells) n += c.text.length;
  }
  return n;
}
