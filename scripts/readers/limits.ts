// Size limits that every reader respects, so that an oversize file or a zip bomb is refused
// with a clear reason instead of exhausting memory. Zip archives (DOCX, XLSX) are checked
// from their central directory first, then each entry is inflated with a hard cap to catch
// archives whose declared sizes lie.

import { UnreadableDocumentError } from '../model/document';
import { inflateEntryCapped, readCentralDirectory, ZipFormatError, type ZipEntry } from './zip';

export interface ReaderLimits {
  /** Largest input file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of a zip archive, in bytes. */
  maxUnzippedBytes: number;
  /** Largest uncompressed/compressed ratio accepted for an entry bigger than `ratioFloorBytes`. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Most entries a zip archive may hold. */
  maxZipEntries: number;
  /** Largest XML part (a document body, a worksheet) that a reader parses into memory. */
  maxXmlPartBytes: number;
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxZipEntries: 10_000,
  maxXmlPartBytes: 64 * 1024 * 1024,
};

const MB = 1024 * 1024;
const megabytes = (n: number) => `${(n / MB).toFixed(1)} MB`;

export function checkFileSize(size: number, limits: ReaderLimits = DEFAULT_LIMITS): void {
  if (size > limits.maxFileBytes) {
    throw new UnreadableDocumentError(
      `file is ${megabytes(size)}, larger than the ${megabytes(limits.maxFileBytes)} limit`,
      'too_large',
    );
  }
}

/**
 * Refuses a zip archive that would inflate past the limits, judging first by the central
 * directory (declared sizes, ratios, entry count), then by inflating each entry with a cap
 * equal to what it declared. Returns the entries so callers need not parse them twice.
 */
export function checkZipArchive(bytes: Buffer, limits: ReaderLimits = DEFAULT_LIMITS): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    throw new UnreadableDocumentError(`damaged zip archive: ${(error as Error).message}`, 'corrupt');
  }
  if (entries.length > limits.maxZipEntries) {
    throw new UnreadableDocumentError(
      `zip archive holds ${entries.length} entries, more than the ${limits.maxZipEntries} limit`,
      'zip_bomb',
    );
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      throw new UnreadableDocumentError(
        `zip entry ${entry.name} inflates ${Math.round(ratio)}× (${megabytes(entry.uncompressedSize)}), ` +
          `past the ${limits.maxCompressionRatio}× limit: refused as a possible zip bomb`,
        'zip_bomb',
      );
    }
  }
  // An XML part becomes a tree in memory many times its size; images are never parsed.
  const part = entries.find(
    (e) => /\.(xml|rels)$/i.test(e.name) && e.uncompressedSize > limits.maxXmlPartBytes,
  );
  if (part) {
    throw new UnreadableDocumentError(
      `${part.name} is ${megabytes(part.uncompressedSize)} of XML, more than the ${megabytes(limits.maxXmlPartBytes)} ` +
        'a document part may have: too large to read',
      'too_large',
    );
  }
  if (declared > limits.maxUnzippedBytes) {
    throw new UnreadableDocumentError(
      `zip archive would inflate to ${megabytes(declared)}, past the ${megabytes(limits.maxUnzippedBytes)} limit: ` +
        'refused as a possible zip bomb',
      'zip_bomb',
    );
  }
  for (const entry of entries) {
    let inflated: Buffer | null;
    try {
      inflated = inflateEntryCapped(bytes, entry, entry.uncompressedSize);
    } catch (error) {
      if (error instanceof ZipFormatError) {
        throw new UnreadableDocumentError(`damaged zip archive: ${error.message}`, 'corrupt');
      }
      throw error;
    }
    if (inflated === null) {
      throw new UnreadableDocumentError(
        `zip entry ${entry.name} inflates past the ${megabytes(entry.uncompressedSize)} it declares: ` +
          'refused as a possible zip bomb',
        'zip_bomb',
      );
    }
  }
  return entries;
}
