// Which record key lands in which warehouse column, and as what kind of value: read from the field
// declaration (scripts/model/fields.ts), whose columns are those of scripts/sql/schema.sql. Keys a
// document states that have no column still reach the `facts` table.

import { tableFields, type FieldTable } from '../model/fields';
import type { DecimalKind } from './decimal';

export type ColumnKind = DecimalKind | 'int' | 'text';

export interface FieldColumn {
  /** "section.key" of the record (e.g. "overall.budget"); a project's own key for PROJECT_FIELDS. */
  key: string;
  column: string;
  kind: ColumnKind;
}

/** The declared fields the loader merges into a table's columns (computed columns are the loader's own). */
function columnsOf(table: FieldTable, key: (k: string) => string = (k) => k): FieldColumn[] {
  return tableFields(table).map((f) => ({ key: key(f.key), column: f.column!, kind: f.kind }));
}

/** unit_years: the merged overall figures, finance breakdown, staffing and assets of a unit-year. */
export const UNIT_YEAR_FIELDS: FieldColumn[] = columnsOf('unit_years');

/** sangong: 三公经费 of a unit-year. */
export const SANGONG_FIELDS: FieldColumn[] = columnsOf('sangong');

/** projects: one project row (keys of the record's project object). */
export const PROJECT_FIELDS: FieldColumn[] = columnsOf('projects', (k) => k.slice('project.'.length));

/** The record sections whose scalar keys are facts, and the fact subject they belong to. */
export const SCALAR_SECTIONS = [
  ['overall', 'unit_year'],
  ['finance', 'unit_year'],
  ['sangong', 'sangong'],
  ['staff', 'unit_year'],
  ['assets', 'unit_year'],
] as const;

/** The order report kinds are listed in, and their rank when documents are merged (lower first). */
export const REPORT_KIND_ORDER = [
  'overall_self_eval',
  'final_accounts',
  'project_self_eval',
  'project_dept_eval',
];

/** A key holds a value the extractor or loader computed rather than one the document states. */
export function isDerivedKey(key: string): boolean {
  return /derived|computed/.test(key);
}
