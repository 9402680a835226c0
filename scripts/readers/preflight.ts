// Checks made on a file's bytes before its reader runs, so that a file no reader can use is refused
// at once with the reason a person understands, rather than a reader's crash:
// - a password-protected Word 97–2003 (.doc: the FIB's fEncrypted flag) or Excel 97–2003 workbook
//   (.xls: a FILEPASS record in its globals) is "encrypted";
// - bytes of another kind than a report (an image, an archive, an executable … by magic number), or
//   bytes that are not what a binary extension says (.docx that is no zip) are "wrong_format";
// - an HTML page nested deeper than MAX_HTML_DEPTH elements is "too_complex" (nested too deeply).

import { extname } from 'node:path';
import { UnreadableDocumentError } from '../model/document';
import { Ole2 } from './ole2';
import type { SniffedFormat } from './sniff';
import { detectUtf16 } from './utf16';

export const MAX_HTML_DEPTH = 2000;

const MAGIC: [string, number[], number?][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a BMP image', [0x42, 0x4d], 0],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows program', [0x4d, 0x5a]],
  ['an SQLite database', [...Buffer.from('SQLite format 3\0', 'latin1')]],
  ['a RIFF file (audio, video or WebP image)', [0x52, 0x49, 0x46, 0x46]],
  ['an MP3 file', [0x49, 0x44, 0x33]],
  ['an Ogg file', [0x4f, 0x67, 0x67, 0x53]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const CLAIMED: Record<string, string> = {
  '.pdf': 'a PDF',
  '.docx': 'a Word (.docx) document',
  '.xlsx': 'an Excel (.xlsx) workbook',
  '.doc': 'a Word 97–2003 document',
  '.xls': 'an Excel 97–2003 workbook',
  '.pptx': 'a PowerPoint file',
};

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Mostly control bytes and no text encoding that explains them. */
function looksBinary(bytes: Buffer): boolean {
  if (detectUtf16(bytes)) return false;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  return head.length > 0 && control / head.length > 0.05;
}

function encrypted(file: string, bytes: Buffer, format: 'doc' | 'xls'): boolean {
  const ole = Ole2.open(bytes);
  if (!ole) return false;
  if (format === 'doc') {
    const fib = ole.stream('WordDocument', 64);
    // FibBase: wIdent 0xA5EC, then flags at 0x0A; fEncrypted is 0x0100.
    return (
      fib !== undefined &&
      fib.length >= 12 &&
      fib.readUInt16LE(0) === 0xa5ec &&
      (fib.readUInt16LE(10) & 0x0100) !== 0
    );
  }
  const book = ole.stream('Workbook', 16_384) ?? ole.stream('Book', 16_384);
  if (!book) return false;
  // BIFF records of the globals substream: FILEPASS (0x002F) comes before its EOF (0x000A).
  for (let at = 0; at + 4 <= book.length;) {
    const type = book.readUInt16LE(at);
    const size = book.readUInt16LE(at + 2);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false;
    at += 4 + size;
  }
  void file;
  return false;
}

/** Nesting depth of elements in markup (void and self-closed elements do not nest). */
export function markupDepth(text: string, stopAt = Infinity): number {
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  let depth = 0;
  let max = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.test(m[2]!)) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) break;
    }
  }
  return max;
}

export function preflight(file: string, bytes: Buffer, format: SniffedFormat): void {
  const ext = extname(file).toLowerCase();
  if ((format === 'doc' || format === 'xls') && encrypted(file, bytes, format)) {
    const what = format === 'doc' ? 'Word 97–2003 document' : 'Excel 97–2003 workbook';
    throw new UnreadableDocumentError(`the ${what} is encrypted (password-protected)`, 'encrypted');
  }
  if (format === 'text') {
    const named = ext ? ` (its name says ${ext})` : '';
    for (const [what, magic] of MAGIC) {
      if (startsWith(bytes, magic)) {
        throw new UnreadableDocumentError(`the file is ${what}, not a report${named}`, 'wrong_format');
      }
    }
    const claimed = CLAIMED[ext];
    if (claimed && looksBinary(bytes)) {
      throw new UnreadableDocumentError(
        `the file is named ${ext} but its bytes are not ${claimed} (nor text)`,
        'wrong_format',
      );
    }
  }
  if (format === 'html' || format === 'mhtml') {
    const depth = markupDepth(bytes.toString('latin1'), MAX_HTML_DEPTH);
    if (depth > MAX_HTML_DEPTH) {
      throw new UnreadableDocumentError(
        `the page's markup is nested too deeply (over ${MAX_HTML_DEPTH} levels); no report is built that way`,
        'too_complex',
      );
    }
  }
}
