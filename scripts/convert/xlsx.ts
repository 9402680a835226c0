// Writes a document model as an XLSX workbook with exceljs: paragraphs as single-cell rows, tables
// as rows of cells with merged ranges, numbers as numbers (so formats and formulas can be tested).

import ExcelJS from 'exceljs';
import type { DocumentModel } from '../model/document';
import { tableGrid } from './grid';

export async function documentToXlsx(
  model: Pick<DocumentModel, 'blocks'>,
  sheetName = 'Sheet1',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  let r = 1;
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      sheet.getCell(r, 1).value = block.text;
      r++;
      continue;
    }
    // Blank rows around a table keep it apart from the titles and notes beside it.
    if (r > 1) r++;
    const grid = tableGrid(block.table);
    grid.forEach((row, dr) => {
      row.forEach((cell, c) => {
        if (cell.covered) return;
        sheet.getCell(r + dr, c + 1).value = cell.text;
        if (cell.colSpan > 1 || cell.rowSpan > 1) {
          sheet.mergeCells(r + dr, c + 1, r + dr + cell.rowSpan - 1, c + cell.colSpan);
        }
      });
    });
    r += grid.length + 1;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
