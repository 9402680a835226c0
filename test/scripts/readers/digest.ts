// Test helper: a format-independent digest of a document model (block kinds, paragraph text and
// table cells, compared after NFKC with white space removed) and a diff of two digests.

import type { DocumentModel } from '../../../scripts/model/document';

export const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export function digest(model: DocumentModel): string[] {
  const out: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      const text = normalise(block.text);
      if (text) out.push(`P ${text}`);
      continue;
    }
    for (const row of block.table.rows) {
      const cells = row.cells.map((c) => normalise(c.text));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (cells.length) out.push(`R ${cells.join(' | ')}`);
    }
    out.push('T');
  }
  return out;
}

/** Lines present in one digest and not the other (a multiset difference), for readable failures. */
export function digestDiff(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const count = new Map<string, number>();
  for (const line of expected) count.set(line, (count.get(line) ?? 0) + 1);
  const extra: string[] = [];
  for (const line of actual) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else extra.push(line);
  }
  const missing = [...count.entries()].flatMap(([line, n]) => Array<string>(n).fill(line));
  return { missing, extra };
}
