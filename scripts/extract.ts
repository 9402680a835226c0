// The extractor pipeline for one file: bytes → reader → recognisers → checks → an ExtractedDocument.
// It never throws for a bad document: every failure becomes a `quarantined` document whose errors
// name the reason, and a document that was read but lacks a year or unit, or looks cut short, is
// `partial`. Also the input walker (files and directories, recursive, sorted, hidden files skipped).

import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord } from './checks/index';
import type { DocumentModel } from './model/document';
import { UnreadableDocumentError } from './model/document';
import type { DocumentError, EvaluationRecord, ExtractedDocument, ExtractionOutput } from './model/record';
import { SCHEMA } from './model/record';
import { readDocument } from './readers/index';
import { modelTruncationSign } from './readers/truncation';
import { recogniseReadings, type Recognised } from './recognise/index';
import { listInputFiles } from './walk';

/** Files larger than this are refused before they are read (no report comes near it). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Documents whose text is longer than this are refused after reading: a report of several hundred
 * pages holds a few hundred thousand characters, and the recognisers are not meant for data dumps.
 */
export const MAX_TEXT_CHARS = 2_000_000;

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

/**
 * The parser version: a major number bumped by hand when the output shape changes, plus a hash of
 * the extractor's source (readers, recognisers, checks, gazetteer, model, this file). A warehouse
 * load re-extracts a document whose stored parser version differs, so an improved extractor is
 * never hidden behind "unchanged" documents.
 */
export const PARSER_VERSION = `1+${sourceHash()}`;

function sourceHash(): string {
  const root = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(name)) hash.update(name).update(readFileSync(full));
    }
  };
  for (const dir of ['readers', 'recognise', 'checks', 'gazetteer', 'model']) walk(path.join(root, dir));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 12);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file read for extraction: its bytes and hash, or the quarantined document saying why it cannot be. */
export interface InputFile {
  file: string;
  path: string;
  size: number;
  bytes?: Buffer;
  sha256?: string;
  refused?: ExtractedFile;
}

/** Read one input file, refusing (not throwing) what is missing, not a file or over the size limit. */
export async function readInput(filePath: string): Promise<InputFile> {
  const file = path.basename(filePath);
  const refuse = (size: number, code: string, reason: string, hash?: string): InputFile => ({
    file,
    path: filePath,
    size,
    sha256: hash,
    refused: { ...quarantine(file, filePath, size, code, reason), ...(hash ? { sha256: hash } : {}) },
  });
  let size: number;
  try {
    const st = statSync(filePath);
    if (!st.isFile()) return refuse(0, 'not_a_file', 'is not a regular file');
    size = st.size;
  } catch (err) {
    return refuse(0, 'cannot_open', `cannot be opened (${errorText(err)})`);
  }
  if (size > MAX_FILE_BYTES) {
    // Hashed as a stream (constant memory) so that the refusal is recorded against its content.
    const limit = formatBytes(MAX_FILE_BYTES);
    return refuse(
      size,
      'too_large',
      `is ${formatBytes(size)}, over the ${limit} limit for one report`,
      await hashFile(filePath),
    );
  }
  try {
    const bytes = readFileSync(filePath);
    return { file, path: filePath, size: bytes.length, bytes, sha256: sha256(bytes) };
  } catch (err) {
    return refuse(size, 'cannot_open', `cannot be read (${errorText(err)})`);
  }
}

async function hashFile(filePath: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** Read and extract one file. Never throws for a bad document (missing, too large, unreadable …). */
export async function extractFile(filePath: string): Promise<ExtractedFile> {
  const input = await readInput(filePath);
  if (input.refused || !input.bytes) return input.refused!;
  return { ...(await extractBuffer(input.file, input.bytes, input.sha256)), path: filePath };
}

/** Extract a document from bytes already in memory (uploads, benchmarks). `file` is the base name. */
export async function extractBuffer(
  file: string,
  bytes: Buffer,
  hash = sha256(bytes),
): Promise<ExtractedFile> {
  try {
    return await extractChecked(file, bytes, hash);
  } catch (err) {
    // A bug anywhere below (e.g. a malformed record) costs this document, never the whole run.
    return {
      file,
      sha256: hash,
      size_bytes: bytes.length,
      status: 'quarantined',
      records: [],
      errors: [{ code: 'extract_failed', message: `${file}: extraction failed (${errorText(err)})` }],
    };
  }
}

async function extractChecked(file: string, bytes: Buffer, hash: string): Promise<ExtractedFile> {
  const base: ExtractedFile = {
    file,
    sha256: hash,
    format: undefined,
    encoding: undefined,
    size_bytes: bytes.length,
    status: 'ok',
    records: [],
    errors: [],
  };
  const fail = (code: string, reason: string, known: ExtractedFile = base): ExtractedFile => ({
    ...known,
    status: 'quarantined',
    records: [],
    errors: [{ code, message: `${file}: ${reason}` }],
  });
  if (bytes.length === 0) return fail('empty', 'the file is empty (0 bytes)');
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      'too_large',
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_FILE_BYTES)} limit`,
    );
  }

  const tail = cutIncompleteUtf8Tail(bytes);
  let doc: DocumentModel;
  try {
    doc = await readDocument(file, tail.bytes);
  } catch (err) {
    if (err instanceof UnreadableDocumentError) return fail(err.code, err.reason);
    return fail('reader_failed', `the reader failed (${errorText(err)})`);
  }
  const described: ExtractedFile = {
    ...base,
    format: doc.format,
    encoding: doc.encoding,
    notes: doc.notes,
    ...(carriesDemoMarker(doc) ? { demo: true } : {}),
  };
  if (!doc.blocks.length) return fail('empty', 'holds no text', described);
  const chars = textLength(doc);
  if (chars > MAX_TEXT_CHARS) {
    const limit = MAX_TEXT_CHARS.toLocaleString('en');
    return fail(
      'too_long',
      `holds ${chars.toLocaleString('en')} characters of text, over the ${limit} limit for one report`,
      described,
    );
  }

  let recognised: Recognised[];
  try {
    recognised = recogniseReadings(doc);
  } catch (err) {
    return fail('recogniser_failed', `the recognisers failed (${errorText(err)})`, described);
  }
  const records = recognised.map((x) => x.record);
  if (!records.some(isReportRecord)) {
    // Readable but nothing recognised: kept (not quarantined) with its text, so that a later parser
    // version re-reads it and the data view lists it with the reason.
    return {
      ...described,
      status: 'partial',
      records: [],
      errors: [
        {
          code: 'unrecognised',
          message: `${file}: no budget figure, score, project or scoring table was recognised; kept unread`,
        },
      ],
      text: plainText(doc),
    };
  }

  const errors: DocumentError[] = [];
  for (const { record: rec, reading } of recognised) {
    try {
      rec.findings.push(...checkRecord(rec, reading));
    } catch (err) {
      errors.push({ code: 'check_failed', message: `${file}: the checks failed (${errorText(err)})` });
    }
  }
  errors.push(...partialReasons(file, records, doc, tail.cut));
  return { ...described, status: errors.length ? 'partial' : 'ok', records, errors };
}

/** The line every generated demo document carries (scripts/synth/documents); such a document is demo data. */
export const DEMO_MARKER = '演示数据（自动生成，非真实数据）';
const DEMO_MARKER_KEY = DEMO_MARKER.normalize('NFKC');

/** Does the document state the demo marker near its top (in any format, spacing ignored)? */
function carriesDemoMarker(doc: DocumentModel): boolean {
  const has = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').includes(DEMO_MARKER_KEY);
  return doc.blocks
    .slice(0, 12)
    .some((b) =>
      b.kind === 'paragraph' ? has(b.text) : b.table.rows.some((r) => r.cells.some((c) => has(c.text))),
    );
}

/** The document's text in reading order (table rows as tab-separated lines), as stored for an unrecognised document. */
function plainText(doc: DocumentModel): string {
  return doc.blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.text
        : b.table.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'),
    )
    .join('\n');
}

function textLength(doc: DocumentModel): number {
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') n += b.text.length;
    else for (const r of b.table.rows) for (const c of r.cells) n += c.text.length;
  }
  return n;
}

/** A record counts as report content when it carries a figure, a table row or a recognised report kind. */
function isReportRecord(rec: EvaluationRecord): boolean {
  const sections = [rec.overall, rec.finance, rec.sangong, rec.staff, rec.assets];
  return (
    sections.some((s) => Object.keys(s ?? {}).length > 0) ||
    rec.projects.length > 0 ||
    rec.indicators.length > 0 ||
    rec.quarterly.length > 0 ||
    rec.report_kinds.length > 0
  );
}

function partialReasons(
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
  const note = doc.notes.find((n) => /truncat|截断|incomplete/i.test(n));
  if (note) return note;
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

function quarantine(
  file: string,
  filePath: string,
  size: number,
  code: string,
  reason: string,
): ExtractedFile {
  return {
    file,
    path: filePath,
    size_bytes: size,
    status: 'quarantined',
    records: [],
    errors: [{ code, message: `${file}: ${reason}` }],
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

/**
 * Expand inputs (files or directories) into the files to read: directories recursively, each
 * directory's entries sorted by name, hidden files and directories (".name") skipped. A path that
 * does not exist is returned as is, so that its extraction reports it.
 */
export { listInputFiles };

/** Extract every input file, in order, into one evaluation-record/1 output. */
export async function extractAll(
  inputs: string[],
  onDocument?: (doc: ExtractedFile, index: number, total: number) => void,
): Promise<ExtractionOutput & { documents: ExtractedFile[] }> {
  const files = listInputFiles(inputs);
  const documents: ExtractedFile[] = [];
  for (const [i, f] of files.entries()) {
    const doc = await extractFile(f);
    documents.push(doc);
    onDocument?.(doc, i, files.length);
  }
  return { schema: SCHEMA, parser_version: PARSER_VERSION, documents };
}
