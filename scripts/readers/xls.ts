// XLS reader: LibreOffice headless converts the legacy workbook to XLSX, which the XLSX reader
// reads (merged ranges, formula results). The `xlsx` npm package would read .xls directly but
// carries unfixed advisories; a converter running in its own process keeps hostile files at a distance.

import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { convertWithLibreOffice, LibreOfficeMissingError } from './libreoffice';
import { readXlsx } from './xlsx';

const EXCEL_FILTERS = ['MS Excel 97', 'MS Excel 95', 'MS Excel 5.0/95'];

export async function readXls(file: string, bytes: Buffer): Promise<DocumentModel> {
  let converted: Buffer | undefined;
  try {
    // The import filter is named, or LibreOffice would read a damaged workbook as text and "succeed".
    for (const filter of EXCEL_FILTERS) {
      converted = (
        await convertWithLibreOffice([{ name: 'input.xls', bytes }], 'xlsx', [`--infilter=${filter}`])
      ).get('input.xls');
      if (converted && converted.length > 0) break;
    }
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
