// Detects a file's real format from its bytes rather than its extension: a report saved as
// .doc may really be HTML, a .xls may be an XLSX, a .txt may be a PDF. The extension only
// helps where the content says too little (an OLE2 container whose stream names are not found).

import { extname } from 'node:path';
import type { SourceFormat } from '../model/document';
import { looksLikeMhtml } from './mhtml';
import { looksLikeZip, readCentralDirectory } from './zip';

export type SniffedFormat = SourceFormat | 'mhtml' | 'zip' | 'ole2';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(file: string, bytes: Buffer): SniffedFormat {
  const ext = extname(file).toLowerCase();
  const head = bytes.subarray(0, 1024);
  if (head.indexOf('%PDF-') >= 0 && head.indexOf('%PDF-') < 1024) return 'pdf';
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) return sniffOle2(ext, bytes);
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  if (looksLikeMhtml(bytes)) return 'mhtml';
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}

function sniffZip(bytes: Buffer): SniffedFormat {
  try {
    const names = readCentralDirectory(bytes).map((e) => e.name);
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  } catch {
    // A damaged archive: let the caller report it as a zip it cannot read.
  }
  return 'zip';
}

/** A password-protected DOCX/XLSX is an OLE2 container holding an EncryptedPackage stream. */
export function isEncryptedOffice(bytes: Buffer): boolean {
  return bytes.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0;
}

function sniffOle2(ext: string, bytes: Buffer): SniffedFormat {
  if (isEncryptedOffice(bytes)) return 'ole2';
  // The directory names its streams in UTF-16: "WordDocument" in a .doc, "Workbook" (or "Book") in a .xls.
  if (bytes.indexOf(Buffer.from('WordDocument', 'utf16le')) >= 0) return 'doc';
  if (bytes.indexOf(Buffer.from('Workbook', 'utf16le')) >= 0) return 'xls';
  if (ext === '.xls' || ext === '.et') return 'xls';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  if (bytes.indexOf(Buffer.from('Book', 'utf16le')) >= 0) return 'xls';
  return 'ole2';
}

function looksLikeHtml(bytes: Buffer): boolean {
  // Markup is ASCII in every encoding these pages use (UTF-8, GBK, GB18030), so latin1 is enough here.
  let head = bytes.subarray(0, 4096).toString('latin1');
  if (head.charCodeAt(0) === 0xef && head.charCodeAt(1) === 0xbb && head.charCodeAt(2) === 0xbf)
    head = head.slice(3);
  head = head.trimStart().toLowerCase();
  if (/^<!doctype\s+html/.test(head) || /^<html[\s>]/.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<!doctype\s+html/.test(head) || /^<\?xml[^>]*>\s*<html[\s>]/.test(head)) return true;
  // A fragment that opens with markup and contains structural tags.
  return head.startsWith('<') && /<(body|head|table|div|p|meta)[\s>]/.test(head);
}
