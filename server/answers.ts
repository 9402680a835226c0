// Shapes of the API's JSON answers that the dashboard reads beyond the aggregate: a unit's profile
// (/api/units/:id) and the alerts (/api/alerts). Pure types: the query layer builds these answers,
// the web app imports the types, so both sides agree on every field.

import type { Text } from '../scripts/model/fields';

/** A value of a warehouse column as JSON: decimals as exact strings, counts as numbers. */
export type Value = string | number | boolean | null;

/** The fact behind each shown column of a row (column → fact id), so that every number opens its source. */
export type Sources = Record<string, string>;

/** A row of a profile section: the table's columns, and the facts behind them. */
export interface ProfileRow {
  sources: Sources;
  [column: string]: Value | string[] | Sources | undefined;
}

export interface ProfileUnit {
  unit_id: string;
  name: string;
  dept_type: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  division_code: string | null;
  is_demo: boolean;
}

export interface ProfileFinding {
  finding_id: string;
  doc_id: string;
  unit_id: string | null;
  year: number | null;
  code: string;
  severity: string;
  message: string;
  label: Text;
  explanation: Text;
  severity_label: Text;
  [column: string]: unknown;
}

export interface ProfileDocument {
  doc_id: string;
  file_name: string;
  format: string | null;
  kinds: string[] | null;
  status: string;
  reason: string | null;
  loaded_at: string;
  is_demo: boolean;
}

export interface ProfileFact {
  fact_id: string;
  doc_id: string;
  year: number | null;
  subject: string;
  subject_id: string | null;
  key: string;
  value_num: string | null;
  value_text: string | null;
  source_unit: string | null;
  derived: boolean;
  chosen: boolean;
}

/** /api/units/:id: the unit and, over all its years, every section with the facts behind its numbers. */
export interface UnitProfile {
  unit: ProfileUnit;
  years: ProfileRow[];
  sangong: ProfileRow[];
  quarterly: ProfileRow[];
  projects: ProfileRow[];
  project_indicators: ProfileRow[];
  indicators: ProfileRow[];
  findings: ProfileFinding[];
  documents: ProfileDocument[];
  facts: ProfileFact[];
  demo: boolean;
}

/** One alert entry: the rule's columns of the row (unit_id, unit_name, year, figures) and why it is listed. */
export interface AlertEntry {
  why: Text;
  unit_id?: string | null;
  unit_name?: string | null;
  year?: number | null;
  [column: string]: unknown;
}

export interface AlertRuleAnswer {
  id: string;
  label: Text;
  description: Text;
  /** Entries in all, beyond the page. */
  total: number;
  offset: number;
  entries: AlertEntry[];
}

/** /api/alerts: the thresholds and cut as applied, and each rule's page of entries. */
export interface AlertsAnswer {
  query: { year: number; cut: string; limit: number; offset: number; rule?: string | undefined } & Record<
    string,
    number | string | undefined
  >;
  rules: AlertRuleAnswer[];
}
