// Entry point of the readers: bytes of any supported file → the document model.
// The real format is sniffed from the content (magic bytes, zip entry names, markup), not taken
// from the extension; each format's reader lives in a module of its own. Size limits apply first.

import { extname } from 'node:path';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readMhtml } from './mhtml';
import { checkFileSize, checkZipArchive, DEFAULT_LIMITS, type ReaderLimits } from './limits';
import { readPdf } from './pdf';
import { preflight } from './preflight';
import { isEncryptedOffice, sniffFormat } from './sniff';
import { readText } from './text';
import { readXls } from './xls';
import { readXlsx } from './xlsx';

export { sniffFormat, type SniffedFormat } from './sniff';

export async function readDocument(
  file: string,
  bytes: Buffer,
  limits: ReaderLimits = DEFAULT_LIMITS,
): Promise<DocumentModel> {
  checkFileSize(bytes.length, limits);
  const format = sniffFormat(file, bytes);
  preflight(file, bytes, format);
  switch (format) {
    case 'pdf':
      return readPdf(file, bytes);
    case 'docx':
      return readDocx(file, bytes, limits);
    case 'xlsx':
      return readXlsx(file, bytes, 'xlsx', limits);
    case 'xls':
      return readXls(file, bytes);
    case 'doc':
      return readDoc(file, bytes);
    case 'html':
      return readHtml(file, bytes);
    case 'mhtml':
      return readMhtml(file, bytes);
    case 'text':
      return readText(file, bytes);
    case 'ole2':
      if (isEncryptedOffice(bytes)) {
        throw new UnreadableDocumentError('the Office document is password-protected', 'encrypted');
      }
      throw new UnreadableDocumentError(
        `an OLE2 container that is neither a Word nor an Excel document (${extname(file) || 'no extension'})`,
        'unsupported',
      );
    case 'zip':
      checkZipArchive(bytes, limits); // a damaged or hostile archive gets that reason first
      throw new UnreadableDocumentError(
        'a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) document',
        'unsupported',
      );
  }
}
