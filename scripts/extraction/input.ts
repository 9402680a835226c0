// Reading one input file for extraction: its bytes and hash, or a quarantined document saying
// why it cannot be read (missing, not a file, over the size limit), never an exception.

import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedFile } from '../model/record';

/** Files larger than this are refused before they are read (no report comes near it). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

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

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}
