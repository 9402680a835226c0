// Refusals before reading: oversize files, zip bombs (declared, lying, by ratio, by entry count),
// damaged archives; and the central-directory reader they rely on.
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../../scripts/model/document';
import { documentToDocx } from '../../../scripts/convert/docx';
import { writeZip } from '../../../scripts/convert/zip';
import { readDocument } from '../../../scripts/readers/index';
import { checkZipArchive, DEFAULT_LIMITS } from '../../../scripts/readers/limits';
import { readCentralDirectory, readEntry } from '../../../scripts/readers/zip';

const MB = 1024 * 1024;

async function refusal(
  file: string,
  bytes: Buffer,
  limits = DEFAULT_LIMITS,
): Promise<UnreadableDocumentError> {
  const error = await readDocument(file, bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return error as UnreadableDocumentError;
}

/** A DOCX whose document part is `size` bytes of zeros, really deflated: what a zip bomb is. */
function bombDocx(size: number, declaredSize?: number): Buffer {
  const zeros = Buffer.alloc(size);
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: zeros, declaredSize },
  ]);
}

describe('central directory reader', () => {
  it('lists entries with their sizes and reads one back', () => {
    const zip = writeZip([
      { name: 'a.txt', data: Buffer.from('hello hello hello') },
      { name: 'dir/b.xml', data: Buffer.from('<b/>'), store: true },
    ]);
    const entries = readCentralDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, 17],
      ['dir/b.xml', 0, 4],
    ]);
    expect(readEntry(zip, 'a.txt')!.toString()).toBe('hello hello hello');
  });
});

describe('size limits', () => {
  it('refuses a file larger than the limit before reading it', async () => {
    const error = await refusal('huge.txt', Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1, 0x41));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/50\.0 MB limit/);
  });

  it('refuses a DOCX that declares it inflates past the limit, from the central directory alone', async () => {
    // 2 MB really, but the directory claims 300 MB: refused before any inflating.
    const bytes = bombDocx(2 * MB, 300 * MB);
    const error = await refusal('bomb.docx', bytes);
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/inflate/);
  });

  it('refuses a real zip bomb (201 MB of zeros in ~200 kB) without inflating it', async () => {
    const bytes = bombDocx(DEFAULT_LIMITS.maxUnzippedBytes + MB);
    expect(bytes.length).toBeLessThan(MB);
    const before = process.memoryUsage().rss;
    const error = await refusal('bomb.docx', bytes);
    expect(error.code).toBe('zip_bomb');
    // Refused by its ratio or its total: either way nothing near 200 MB was allocated.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it('refuses an archive whose entries inflate past what they declare', async () => {
    const bytes = bombDocx(8 * MB, 1000);
    const error = await refusal('liar.docx', bytes);
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toMatch(/inflates past/);
  });

  it('refuses an absurd compression ratio and too many entries, with the limits given', () => {
    const ratio = bombDocx(4 * MB);
    expect(() => checkZipArchive(ratio, { ...DEFAULT_LIMITS, maxCompressionRatio: 100 })).toThrow(
      /possible zip bomb/,
    );
    const many = writeZip(
      Array.from({ length: 30 }, (_, i) => ({ name: `word/p${i}.xml`, data: Buffer.from('x') })),
    );
    expect(() => checkZipArchive(many, { ...DEFAULT_LIMITS, maxZipEntries: 20 })).toThrow(/30 entries/);
  });

  it('refuses a document part too large to parse in memory, whatever its ratio', () => {
    // Text that hardly compresses, so that only the part's size can refuse it.
    let seed = 7;
    const text = Buffer.from(
      Array.from({ length: 3 * MB }, () => 0x41 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26)),
    );
    const docx = writeZip([{ name: 'word/document.xml', data: text }]);
    expect(() => checkZipArchive(docx, { ...DEFAULT_LIMITS, maxXmlPartBytes: 2 * MB })).toThrow(
      /too large to read/,
    );
    expect(checkZipArchive(docx).map((e) => e.name)).toEqual(['word/document.xml']);
  });

  it('accepts an ordinary DOCX under the same limits', () => {
    const docx = documentToDocx({ blocks: [{ kind: 'paragraph', text: '正文', loc: { line: 1 } }] });
    expect(checkZipArchive(docx).map((e) => e.name)).toContain('word/document.xml');
  });

  it('reports a truncated archive as damaged', async () => {
    const docx = documentToDocx({
      blocks: [{ kind: 'paragraph', text: '正文'.repeat(500), loc: { line: 1 } }],
    });
    const error = await refusal('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/damaged zip archive/);
  });

  it('reports an entry whose compressed data is garbage as damaged', () => {
    const zip = writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const broken = Buffer.from(zip);
    const start = 30 + 'word/document.xml'.length;
    broken.fill(0xff, start, start + 4);
    expect(() => checkZipArchive(broken)).toThrow(UnreadableDocumentError);
  });
});
