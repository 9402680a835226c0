// XLS reader: LibreOffice headless converts the legacy workbook to XLSX, which the XLSX reader
// reads (merged ranges, formula results). The `xlsx` npm package would read .xls directly but
// carries unfixed advisories; a converter running in its own process keeps hostile files at a distance.

import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { convertWithLibreOffice, LibreOfficeMissingError } from './libreoffice';
import { readXlsx } from './xlsx';

export async function readXls(file: string, bytes: Buffer): Promise<DocumentModel> {
  let converted: Buffer | undefined;
  try {
    converted = (await convertWithLibreOffice([{ name: 'input.xls', bytes }], 'xlsx')).get('input.xls');
  } catch (error) {
    if (error instanceof LibreOfficeMissingError) {
      throw new UnreadableDocumentError(
        'reading .xls needs LibreOffice (soffice), which is not installed',
        'unsupported',
      );
    }
    throw new UnreadableDocumentError(
      `LibreOffice could not convert the workbook: ${(error as Error).message}`,
      'corrupt',
    );
  }
  if (!converted || converted.length === 0) {
    throw new UnreadableDocumentError(
      'LibreOffice could not convert the workbook (damaged or protected)',
      'corrupt',
    );
  }
  const model = await readXlsx(file, converted, 'xls');
  return { ...model, notes: [...model.notes, 'converted from .xls with LibreOffice'] };
}
