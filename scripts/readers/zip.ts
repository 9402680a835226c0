// A tiny reader of a zip archive's central directory, so that a DOCX or XLSX can be sized
// up (entry names, declared sizes, compression ratio) BEFORE anything is inflated, and each
// entry's real inflated size can be measured with a hard cap on the memory it may take.

import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  /** As declared in the central directory; a zip bomb may lie here. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** True when the bytes start like a zip archive (local file header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** Lists the entries named in the central directory; throws ZipFormatError when there is none. */
export function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (offset === ZIP64_MARK || size === ZIP64_MARK || count === 0xffff) {
    throw new ZipFormatError('ZIP64 archives are not supported for office documents');
  }
  if (offset + size > bytes.length) throw new ZipFormatError('central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('central directory is damaged');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) {
      throw new ZipFormatError('ZIP64 entries are not supported for office documents');
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('no zip central directory (truncated or not a zip archive)');
}

/** The compressed bytes of one entry, located through its local header. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`local header of ${entry.name} is damaged`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, but never to more than `maxBytes`: returns null when the real data
 * would be larger (zlib stops at the cap, so a bomb costs at most `maxBytes` of memory).
 */
export function inflateEntryCapped(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data.length > maxBytes ? null : data;
  if (entry.method !== 8)
    throw new ZipFormatError(`${entry.name} uses unsupported compression ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw new ZipFormatError(`${entry.name} cannot be inflated: ${(error as Error).message}`);
  }
}

/** Reads one entry in full (after the archive has passed the limits). */
export function readEntry(bytes: Buffer, name: string): Buffer | undefined {
  const entry = readCentralDirectory(bytes).find((e) => e.name === name);
  if (!entry) return undefined;
  return inflateEntryCapped(bytes, entry, entry.uncompressedSize) ?? undefined;
}
