// The extractor pipeline for one file: bytes → reader → recognisers → checks → an ExtractedDocument.
// It never throws for a bad document: every failure becomes a `quarantined` document whose errors
// name the reason, and a document that was read but lacks a year or unit, or looks cut short, is
// `partial`. Also the input walker (files and directories, recursive, sorted, hidden files skipped).
// Reading an input file, the document's text as a whole and the reasons for `partial` are in
// extraction/.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord } from './checks/index';
import { carriesDemoMarker, plainText, textLength } from './extraction/document-text';
import { errorText, formatBytes, MAX_FILE_BYTES, readInput, sha256 } from './extraction/input';
import { cutIncompleteUtf8Tail, isReportRecord, partialReasons } from './extraction/partial';
import type { DocumentModel } from './model/document';
import { UnreadableDocumentError } from './model/document';
import type { DocumentError, ExtractedFile, ExtractionOutput } from './model/record';
import { SCHEMA } from './model/record';
import { readDocument } from './readers/index';
import { recogniseReadings, type Recognised } from './recognise/index';
import { listInputFiles } from './walk';

/**
 * Documents whose text is longer than this are refused after reading: a report of several hundred
 * pages holds a few hundred thousand characters, and the recognisers are not meant for data dumps.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * The parser version: a major number bumped by hand when the output shape changes, plus a hash of
 * the extractor's source (readers, recognisers, checks, gazetteer, model, extraction, this file).
 * A warehouse load re-extracts a document whose stored parser version differs, so an improved
 * extractor is never hidden behind "unchanged" documents.
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
  for (const dir of ['readers', 'recognise', 'checks', 'gazetteer', 'model', 'extraction'])
    walk(path.join(root, dir));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 12);
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
