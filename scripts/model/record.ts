// The `evaluation-record/1` shape (../shared/golden/README.md): what one document states about
// one unit in one year. Amounts are 万元 as exact decimal strings, rates are percentages.
// A key is present only when the document states the value; computed values live in keys of
// their own (derived_score, prev_total_derived, execution_rate_derived, …).

import type { Location } from './document';
import { FIELDS } from './fields';
import type { Grade } from './rules';

export type { Grade };

export const SCHEMA = 'evaluation-record/1';

/** Exact decimal number carried as a string (e.g. "1308.05"); never a float. */
export type Dec = string;

/** Provenance of one fact: where it was read and the quoted source text. */
export interface SourceRef extends Location {
  text: string;
  /** The unit the source figure was stated in (元, 万元, 亿元, %, 分, 人 …). */
  unit?: string;
  /** How it was read: the form block, row and column, or the rule (shown in the data view). */
  rule?: string;
}

export type ReportKind = 'overall_self_eval' | 'project_self_eval' | 'project_dept_eval' | 'final_accounts';

export interface UnitInfo {
  name?: string;
  dept_type?: string;
  province?: string;
  city?: string;
  county?: string;
  division_code?: string;
}

export interface Overall {
  budget?: Dec;
  executed?: Dec;
  execution_rate?: Dec;
  score?: Dec;
  grade?: Grade;
  derived_score?: Dec;
  execution_rate_derived?: Dec;
}

export interface ProjectIndicator {
  name: string;
  path?: string[];
  target?: string;
  actual?: string;
  weight?: Dec;
  score?: Dec;
  source?: SourceRef;
}

export interface Project {
  name: string;
  category?: string;
  budget?: Dec;
  executed?: Dec;
  returned?: Dec;
  execution_rate?: Dec;
  execution_rate_derived?: Dec;
  score?: Dec;
  indicators?: ProjectIndicator[];
  /** Provenance per key of this project (budget, executed, …). */
  source?: Record<string, SourceRef>;
}

export interface IndicatorRow {
  name: string;
  path: string[];
  weight?: Dec;
  score?: Dec;
  derived_score?: Dec;
  source?: SourceRef;
}

export interface QuarterProgress {
  quarter: 1 | 2 | 3 | 4;
  progress: Dec;
  source?: SourceRef;
}

export type FindingCode =
  | 'balance_mismatch'
  | 'value_conflict'
  | 'score_missing'
  | 'score_sum_mismatch'
  | 'unit_suspect'
  | 'rate_mismatch'
  | 'high_score_low_execution'
  | 'score_derived'
  | 'parts_exceed_total'
  | 'grade_mismatch'
  | 'year_missing'
  | 'unit_missing';

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The record keys the finding is about (e.g. ["finance.carryover_end"]). */
  keys?: string[];
  /** Figures behind the finding, as exact strings. */
  values?: Record<string, Dec | string>;
  source?: SourceRef[];
}

export interface EvaluationRecord {
  unit: UnitInfo;
  year?: number;
  report_kinds: ReportKind[];
  overall: Overall;
  finance: Record<string, Dec>;
  sangong: Record<string, Dec>;
  staff: Record<string, Dec>;
  assets: Record<string, Dec>;
  quarterly: QuarterProgress[];
  projects: Project[];
  indicators: IndicatorRow[];
  findings: Finding[];
  /** Provenance of the scalar facts, keyed "section.key" (e.g. "overall.budget"). */
  source: Record<string, SourceRef>;
}

export type DocumentStatus = 'ok' | 'partial' | 'quarantined';

export interface DocumentError {
  code: string;
  message: string;
}

export interface ExtractedDocument {
  file: string;
  /** sha256 of the file's bytes. */
  sha256?: string;
  format?: string;
  status: DocumentStatus;
  /** True for generated demo documents (演示数据), never mixed silently with real data. */
  demo?: boolean;
  records: EvaluationRecord[];
  errors: DocumentError[];
}

/** An extracted document with what the loader records about the file besides the records. */
export interface ExtractedFile extends ExtractedDocument {
  /** The path the file was read from, as given. */
  path?: string;
  size_bytes: number;
  encoding?: string;
  /** The readers' non-fatal notes (e.g. "decoded as gb18030"). */
  notes?: string[];
  /** The text of a readable document in which nothing was recognised, kept for a later parser version. */
  text?: string;
}

export interface ExtractionOutput {
  schema: typeof SCHEMA;
  parser_version: string;
  documents: ExtractedDocument[];
}

/** The sections a document states, each present and empty (shared with the demo corpus's answer key). */
export function emptySections() {
  return {
    report_kinds: [] as never[],
    overall: {},
    finance: {},
    sangong: {},
    staff: {},
    assets: {},
    quarterly: [] as never[],
    projects: [] as never[],
    indicators: [] as never[],
  };
}

/** A record with every section present and empty: what a recogniser starts from. */
export function emptyRecord(unit: UnitInfo = {}): EvaluationRecord {
  return { unit, ...emptySections(), findings: [], source: {} };
}

/** Does a record state anything: a figure in a section, a project, an indicator or a quarter? */
export function statesFigures(rec: EvaluationRecord): boolean {
  const sections = [rec.overall, rec.finance, rec.sangong, rec.staff, rec.assets];
  return (
    sections.some((s) => Object.keys(s ?? {}).length > 0) ||
    rec.projects.length + rec.indicators.length + rec.quarterly.length > 0
  );
}

/** Chinese names of the record's keys, for messages a reader sees (findings, provenance). */
export const KEY_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f.label.zh]),
);

export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}
