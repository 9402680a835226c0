// Which documents a load has to rebuild. Every merged row (unit, unit-year, 三公经费, quarter,
// project) depends on all the documents about its unit, and a document's unit ids depend on the
// other documents naming the same unit, so the affected set is closed over shared units: start from
// the added and removed documents, and add every document that shares a unit id or a unit name with
// the set, until nothing more joins. Rows built from exactly that set replace theirs in a copy of the
// warehouse; everything else is left as it is.

import { normaliseName, unitIdOf } from './ids';
import type { WarehouseDocument } from './types';

/** The unit ids and unit names a document's records are about (demo ones kept apart). */
export function unitKeys(doc: WarehouseDocument): string[] {
  if (doc.extract.status === 'quarantined') return [];
  const prefix = doc.demo ? 'demo:' : '';
  const keys: string[] = [];
  for (const rec of doc.extract.records) {
    const id = unitIdOf(rec.unit);
    if (id) keys.push(`${prefix}id:${id}`);
    if (rec.unit?.name) keys.push(`${prefix}name:${normaliseName(rec.unit.name)}`);
  }
  return keys;
}

/** The ids of the documents whose rows must be rebuilt: the changed ones and all that share a unit with them. */
export function affectedDocuments(all: WarehouseDocument[], changed: WarehouseDocument[]): Set<string> {
  const affected = new Set(changed.map((d) => d.docId));
  const keys = new Set(changed.flatMap(unitKeys));
  const rest = all.map((d) => ({ doc: d, keys: unitKeys(d) })).filter((d) => !affected.has(d.doc.docId));
  for (let grew = true; grew;) {
    grew = false;
    for (const d of rest) {
      if (affected.has(d.doc.docId) || !d.keys.some((k) => keys.has(k))) continue;
      affected.add(d.doc.docId);
      for (const k of d.keys) keys.add(k);
      grew = true;
    }
  }
  return affected;
}
