// Stable identifiers of warehouse rows, derived from what documents state so that reloading the
// same documents gives the same ids: units, projects, facts and findings.

import type { UnitInfo } from '../model/record';

/** A name for comparison: Unicode NFKC (full-width → half-width brackets) with white space removed. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The unit's id: "<division_code>:<dept_type>" when both are known (the same department of the same
 * county, however the document spells its full name), else "name:<normalised full name>".
 * Undefined when the document names no unit.
 */
export function unitIdOf(unit: UnitInfo | undefined): string | undefined {
  if (!unit) return undefined;
  const code = unit.division_code?.trim();
  const type = unit.dept_type ? normaliseName(unit.dept_type) : '';
  if (code && /^\d{6}$/.test(code) && type) return `${code}:${type}`;
  const name = unit.name ? normaliseName(unit.name) : '';
  return name ? `name:${name}` : undefined;
}

/** The project's id: unit, year and normalised project name. */
export function projectIdOf(unitId: string, year: number, name: string): string {
  return `${unitId}/${year}/${normaliseName(name)}`;
}

/** Short document tag used as the prefix of fact and finding ids (the first 16 hex digits of its sha256). */
export function docTag(docId: string): string {
  return docId.slice(0, 16);
}
