// Clear reasons for files no reader can use, given at once: an encrypted Word 97–2003 or Excel
// 97–2003 file says "encrypted" within 2 s; markup nested 100,000 deep says "nested too deeply";
// an image or random bytes under a report's extension say what they are; UTF-16 text without a BOM
// is decoded and read like its UTF-8 original.
//
// The encrypted files are LibreOffice's own .doc/.xls of a small report with the marks of
// encryption set as Word and Excel set them: the FIB's fEncrypted flag, a FILEPASS record after BOF.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import { extractBuffer } from '../../../scripts/extract';
import { convertWithLibreOffice } from '../../../scripts/readers/libreoffice';
import { markupDepth } from '../../../scripts/readers/preflight';
import { budgetWorkbook, mergedReport } from './fixtures';

const REPORT = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'bad', 'report-utf8.txt'));

let doc: Buffer;
let xls: Buffer;

/** Offsets of sector starts (512-byte sectors) where `test` holds. */
function sectorWhere(bytes: Buffer, test: (at: number) => boolean): number {
  for (let at = 512; at + 32 <= bytes.length; at += 512) if (test(at)) return at;
  throw new Error('not found');
}

beforeAll(async () => {
  const docs = await convertWithLibreOffice(
    [{ name: 'report.docx', bytes: documentToDocx(mergedReport()) }],
    'doc:MS Word 97',
  );
  doc = docs.get('report.docx')!;
  const books = await convertWithLibreOffice(
    [{ name: 'budget.xlsx', bytes: await budgetWorkbook() }],
    'xls:MS Excel 97',
  );
  xls = books.get('budget.xlsx')!;
});

async function timed(file: string, bytes: Buffer) {
  const started = Date.now();
  const out = await extractBuffer(file, bytes);
  return { out, ms: Date.now() - started, message: out.errors.map((e) => e.message).join('; ') };
}

describe('encrypted legacy Office files', () => {
  it('a .doc with the FIB’s fEncrypted flag is "encrypted" within 2 s', async () => {
    const locked = Buffer.from(doc);
    // The FIB opens the WordDocument stream: wIdent 0xA5EC, flags at 0x0A (fEncrypted = 0x0100).
    const fib = sectorWhere(locked, (at) => locked.readUInt16LE(at) === 0xa5ec);
    locked.writeUInt16LE(locked.readUInt16LE(fib + 10) | 0x0100, fib + 10);
    const { out, ms, message } = await timed('locked.doc', locked);
    expect(out.status).toBe('quarantined');
    expect(out.errors[0]!.code).toBe('encrypted');
    expect(message).toMatch(/^locked\.doc: .*encrypted/);
    expect(ms).toBeLessThan(2000);
  });

  it('a .xls with a FILEPASS record is "encrypted" within 2 s', async () => {
    const locked = Buffer.from(xls);
    // The globals substream opens with BOF (0x0809, 16 bytes, BIFF8, type 5); the record after it
    // becomes FILEPASS (0x002F), as in a workbook Excel saved with a password.
    const bof = sectorWhere(
      locked,
      (at) =>
        locked.readUInt16LE(at) === 0x0809 &&
        locked.readUInt16LE(at + 4) === 0x0600 &&
        locked.readUInt16LE(at + 6) === 5,
    );
    const next = bof + 4 + locked.readUInt16LE(bof + 2);
    locked.writeUInt16LE(0x002f, next);
    const { out, ms, message } = await timed('locked.xls', locked);
    expect(out.status).toBe('quarantined');
    expect(message).toMatch(/^locked\.xls: .*encrypted/);
    expect(ms).toBeLessThan(2000);
  });

  it('leaves the same files unencrypted alone', async () => {
    expect((await timed('plain.doc', doc)).out.status).not.toBe('quarantined');
    expect((await timed('plain.xls', xls)).out.status).not.toBe('quarantined');
  });
});

describe('markup nested too deeply', () => {
  it('100,000 nested elements: "nested too deeply", fast, no stack overflow', async () => {
    const html = Buffer.from(
      `<html><body>${'<div>'.repeat(100_000)}报告${'</div>'.repeat(100_000)}</body></html>`,
    );
    const { out, ms, message } = await timed('deep.html', html);
    expect(out.status).toBe('quarantined');
    expect(message).toMatch(/nested too deeply/);
    expect(message).not.toMatch(/call stack/);
    expect(ms).toBeLessThan(2000);
  });

  it('counts depth with void and self-closed elements not nesting', () => {
    expect(markupDepth('<html><body><div><br><img src=x><p/></div></body></html>')).toBe(3);
  });
});

describe('bytes of another kind than the name says', () => {
  it('a PNG named .pdf says it is a PNG image', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(4000),
    ]);
    const { out, message } = await timed('report.pdf', png);
    expect(out.status).toBe('quarantined');
    expect(out.errors[0]!.code).toBe('wrong_format');
    expect(message).toMatch(/^report\.pdf: the file is a PNG image, not a report \(its name says \.pdf\)/);
  });

  it('random bytes named .docx say they are not a Word document', async () => {
    const { out, message } = await timed('report.docx', randomBytes(8000));
    expect(out.status).toBe('quarantined');
    expect(message).toMatch(/named \.docx but its bytes are not a Word \(\.docx\) document/);
  });

  it('a ZIP, a gzip and a JPEG named .txt are named for what they are', async () => {
    expect(
      (await timed('a.txt', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), randomBytes(500)]))).message,
    ).toMatch(/gzip/);
    expect(
      (await timed('a.txt', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)])))
        .message,
    ).toMatch(/JPEG/);
  });
});

describe('UTF-16 without a byte order mark', () => {
  for (const encoding of ['utf-16be', 'utf-16le'] as const) {
    it(`${encoding}: decoded and read like the UTF-8 original`, async () => {
      const le = Buffer.from(REPORT.toString('utf8'), 'utf16le');
      const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
      const utf16 = await extractBuffer('report.txt', bytes);
      const utf8 = await extractBuffer('report.txt', REPORT);
      expect(utf16.status).toBe(utf8.status);
      expect(utf16.encoding).toBe(encoding);
      expect(utf16.records).toEqual(utf8.records);
    });
  }
});
