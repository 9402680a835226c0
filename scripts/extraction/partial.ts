// Why a document that was read is only partial: none of its records is report content, a report
// lacks its year or unit, or the document looks cut short (its bytes end inside a character, a
// reader says so, or its last line stops mid-sentence).

import type { DocumentModel } from '../model/document';
import { statesFigures, type DocumentError, type EvaluationRecord } from '../model/record';
import { modelTruncationSign } from '../readers/truncation';

/** A record counts as report content when it carries a figure, a table row or a recognised report kind. */
export function isReportRecord(rec: EvaluationRecord): boolean {
  return statesFigures(rec) || rec.report_kinds.length > 0;
}

export function partialReasons(
  file: string,
  records: EvaluationRecord[],
  doc: DocumentModel,
  cut: number,
): DocumentError[] {
  const errors: DocumentError[] = [];
  const reports = records.filter(isReportRecord);
  const noYear = reports.filter((r) => r.year === undefined);
  const noUnit = reports.filter((r) => !r.unit?.name);
  if (noYear.length) {
    errors.push({
      code: 'year_missing',
      message: `${file}: no budget year recognised (${describe(noYear)})`,
    });
  }
  if (noUnit.length) {
    errors.push({
      code: 'unit_missing',
      message: `${file}: no reporting unit recognised (${describe(noUnit)})`,
    });
  }
  const truncated = truncationSign(doc, cut);
  if (truncated) errors.push({ code: 'truncated', message: `${file}: looks truncated (${truncated})` });
  return errors;
}

function describe(records: EvaluationRecord[]): string {
  return records
    .map((r) => [r.unit?.name ?? 'unknown unit', r.year ?? 'unknown year'].join(' '))
    .slice(0, 3)
    .join('; ');
}

/**
 * Signs that a document was cut short: its bytes end inside a multi-byte character, a reader said
 * so, or its last line stops on a comma, an enumeration mark or an opening bracket, where no
 * finished report ends.
 */
function truncationSign(doc: DocumentModel, cutBytes: number): string | undefined {
  if (cutBytes > 0)
    return `the file ends inside a character (${cutBytes} dangling byte${cutBytes > 1 ? 's' : ''})`;
  const last = lastText(doc);
  if (last && /[，,、（(“‘《【]$/.test(last)) return `the last line stops mid-sentence: “${last.slice(-20)}”`;
  return modelTruncationSign(doc);
}

function lastText(doc: DocumentModel): string | undefined {
  const block = doc.blocks[doc.blocks.length - 1];
  if (!block) return undefined;
  if (block.kind === 'paragraph') return block.text.trim();
  const row = block.table.rows[block.table.rows.length - 1];
  const cells = row?.cells.filter((c) => c.text.trim() !== '') ?? [];
  return cells[cells.length - 1]?.text.trim();
}

/**
 * A text file cut at an arbitrary byte ends inside a UTF-8 character, and a strict decoder then
 * rejects the whole file. When everything but the last 1–3 bytes is valid UTF-8, hand the reader
 * the complete characters and remember the cut (the document is then `partial`, truncated).
 */
export function cutIncompleteUtf8Tail(bytes: Buffer): { bytes: Buffer; cut: number } {
  const n = bytes.length;
  let lead = n - 1;
  while (lead >= 0 && lead > n - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return { bytes, cut: 0 };
  const b = bytes[lead]!;
  const need = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
  if (need === 1 || n - lead >= need) return { bytes, cut: 0 };
  const head = bytes.subarray(0, lead);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head);
  } catch {
    return { bytes, cut: 0 };
  }
  return { bytes: head, cut: n - lead };
}
