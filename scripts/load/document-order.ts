// The order in which documents are merged, when they disagree about a unit-year (the first wins,
// a value_conflict finding records the other value, and both stay in `facts`):
//   1. documents with status ok before partial ones;
//   2. by the most authoritative report kind the document contains: 部门整体支出绩效自评
//      (overall_self_eval), then 部门决算 (final_accounts), then 项目支出绩效自评, then 项目支出部门评价;
//   3. the earlier loaded first (a value already shown is not silently replaced by a newcomer);
//   4. file name, then content hash, so that the order is always total.

import { REPORT_KIND_ORDER } from './columns';
import type { WarehouseDocument } from './types';

const STATUS_RANK = { ok: 0, partial: 1, quarantined: 2 } as const;

export function kindsOf(doc: WarehouseDocument): string[] {
  const kinds = new Set(doc.extract.records.flatMap((r) => r.report_kinds ?? []));
  return orderKinds(kinds);
}

/** Report kinds, most authoritative first. */
export function orderKinds(kinds: Iterable<string>): string[] {
  const rank = (k: string) => REPORT_KIND_ORDER.indexOf(k) + 1 || 99;
  return [...new Set(kinds)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Document priority for merging (see the header of this module). */
export function compareDocuments(a: WarehouseDocument, b: WarehouseDocument): number {
  const kindRank = (d: WarehouseDocument) => {
    const ranks = kindsOf(d)
      .map((k) => REPORT_KIND_ORDER.indexOf(k))
      .filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : REPORT_KIND_ORDER.length;
  };
  return (
    STATUS_RANK[a.extract.status] - STATUS_RANK[b.extract.status] ||
    kindRank(a) - kindRank(b) ||
    a.loadedAt.localeCompare(b.loadedAt) ||
    a.extract.file.localeCompare(b.extract.file) ||
    a.docId.localeCompare(b.docId)
  );
}
