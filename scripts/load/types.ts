// Types shared by the loader's modules: a document as the warehouse keeps it, table rows, the
// load's options, progress events and summary.

import type { ExtractedFile } from '../model/record';

/** A document in the warehouse: its extraction plus what the load recorded about it. */
export interface WarehouseDocument {
  /** sha256 of the file's bytes. */
  docId: string;
  /** The path it was loaded from; a later load of a changed file at the same path replaces it. */
  path: string;
  /** ISO time of the load that brought this version in. */
  loadedAt: string;
  parserVersion: string;
  demo: boolean;
  extract: ExtractedFile;
}

/** One table row, keyed by column name; decimals are exact strings. */
export type Row = Record<string, unknown>;

export const TABLES = [
  'documents',
  'document_extracts',
  'units',
  'unit_years',
  'sangong',
  'projects',
  'project_indicators',
  'indicators',
  'quarterly',
  'findings',
  'facts',
] as const;
export type TableName = (typeof TABLES)[number];
export type WarehouseRows = Record<TableName, Row[]>;

export type DocumentOutcome = 'loaded' | 'replaced' | 'skipped' | 'quarantined' | 'failed';

/** What happened to one input file in a load. */
export interface DocumentLine {
  file: string;
  path: string;
  outcome: DocumentOutcome;
  status?: 'ok' | 'partial' | 'quarantined';
  records: number;
  findings: number;
  /** Why it was quarantined or partial, or why it was skipped. */
  message?: string;
}

export interface LoadProgress {
  phase: 'read' | 'extract' | 'write' | 'swap';
  done: number;
  total: number;
  file?: string;
}

/** One file of an upload request, logged in the warehouse's upload_log by the load that takes it in. */
export interface UploadLogEntry {
  upload_id: string;
  seq: number;
  received_at: string;
  client: string | null;
  file_name: string;
  size_bytes: number | null;
  sha256: string | null;
  stored_as: string | null;
  /** The input path this load reads the file from; its outcome and status are filled in from the load. */
  input?: string;
  outcome: string;
  status?: string | null;
  message?: string | null;
}

export interface LoadOptions {
  /** The warehouse file (e.g. data/warehouse.duckdb). */
  db: string;
  onProgress?: (p: LoadProgress) => void;
  /** Mark every document of this load as demo data (演示数据). */
  demo?: boolean;
  /** Re-extract documents even when their bytes and parser version are unchanged. */
  force?: boolean;
  /** Start a new warehouse instead of carrying over the documents of the existing one. */
  fresh?: boolean;
  /**
   * Extract in this many worker threads (1: the main thread); 'auto' (the default) uses one per
   * core when there are at least AUTO_WORKERS_MIN_FILES inputs (below that, starting workers costs
   * more than it saves) and the main thread otherwise.
   */
  workers?: number | 'auto';
  /** Upload log entries to record with this load (a load with entries always writes). */
  uploads?: UploadLogEntry[];
}

export interface LoadSummary {
  db: string;
  /** New documents (not in the warehouse before). */
  loaded: number;
  /** Unchanged documents (same bytes, same parser version): nothing to do. */
  skipped: number;
  /** Documents whose earlier version (same path) was replaced. */
  replaced: number;
  /** Inputs set aside: unreadable, empty, not a report … (counted among loaded/replaced/skipped too when stored). */
  quarantined: number;
  partial: number;
  /** Findings of the documents this load extracted. */
  findings: number;
  /** Whether a new warehouse was written (false when nothing changed). */
  written: boolean;
  /** Whether it was written as an update of a copy (only the affected documents' rows rebuilt). */
  incremental: boolean;
  generation: number;
  totals: { documents: number; units: number; unitYears: number; facts: number; findings: number };
  documents: DocumentLine[];
  millis: number;
}
