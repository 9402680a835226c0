// DOC and XLS readers (LibreOffice converts them for reading), on Word 97 and Excel 97 files that LibreOffice headless writes from the
// DOCX and XLSX fixtures (so the content to expect is known).
import { beforeAll, describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import type { DocumentModel } from '../../../scripts/model/document';
import { readDocument } from '../../../scripts/readers/index';
import { convertWithLibreOffice } from '../../../scripts/readers/libreoffice';
import { trimRowEnds } from '../../../scripts/readers/doc';
import { budgetWorkbook, grid, MERGED_GRID, mergedReport, paragraphs } from './fixtures';

let doc: Buffer;
let docWithoutTables: Buffer;
let xls: Buffer;
let xlsx: Buffer;

beforeAll(async () => {
  const plain = documentToDocx({
    blocks: [
      { kind: 'paragraph', text: '一、部门基本情况', loc: { line: 1 } },
      { kind: 'paragraph', text: '本年支出906.09万元。', loc: { line: 2 } },
    ],
  });
  const docs = await convertWithLibreOffice(
    [
      { name: 'report.docx', bytes: documentToDocx(mergedReport()) },
      { name: 'plain.docx', bytes: plain },
    ],
    'doc:MS Word 97',
  );
  doc = docs.get('report.docx')!;
  docWithoutTables = docs.get('plain.docx')!;
  xlsx = await budgetWorkbook();
  xls = (await convertWithLibreOffice([{ name: 'budget.xlsx', bytes: xlsx }], 'xls:MS Excel 97')).get(
    'budget.xlsx',
  )!;
});

describe('readDoc', () => {
  let model: DocumentModel;
  beforeAll(async () => {
    model = await readDocument('report.doc', doc);
  });

  it('reads a Word 97 file with tables like the DOCX it came from: rows, columns, merged cells', () => {
    expect(doc.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    expect(model.format).toBe('doc');
    expect(paragraphs(model.blocks)).toEqual(paragraphs(mergedReport().blocks));
    expect(grid(model.blocks)).toEqual([MERGED_GRID]);
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[0]!.cells[1]).toMatchObject({ colSpan: 2 });
    expect(model.notes).toContain('converted from .doc with LibreOffice');
  });

  it('reads a Word 97 file without tables from its text alone', async () => {
    const plain = await readDocument('plain.doc', docWithoutTables);
    expect(plain.format).toBe('doc');
    expect(paragraphs(plain.blocks)).toEqual(['一、部门基本情况', '本年支出906.09万元。']);
    expect(plain.notes).toEqual([]);
  });

  it('numbers paragraphs and rows by their place in the body', () => {
    const lines = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.loc.line] : b.table.rows.map((r) => r.line),
    );
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines[0]).toBe(1);
  });

  it('drops the tab that ends every table row, not the one between cells', () => {
    expect(trimRowEnds('标题\n项目\t预算数\t\n基本支出\t700\t\n正文')).toBe(
      '标题\n项目\t预算数\n基本支出\t700\n正文',
    );
  });

  it('quarantines a damaged Word 97 file', async () => {
    const cut = Buffer.from(doc.subarray(0, 1536));
    await expect(readDocument('cut.doc', cut)).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('readXls', () => {
  it('reads an Excel 97 workbook like the XLSX it came from: merges, formula results, formats', async () => {
    expect(xls.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    const fromXls = await readDocument('budget.xls', xls);
    const fromXlsx = await readDocument('budget.xlsx', xlsx);
    expect(fromXls.format).toBe('xls');
    expect(grid(fromXls.blocks)).toEqual(grid(fromXlsx.blocks));
    expect(paragraphs(fromXls.blocks)).toEqual(paragraphs(fromXlsx.blocks));
    const table = fromXls.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[4]!.cells[0]).toMatchObject({
      rowSpan: 2,
      line: 8,
      sheet: '整体支出',
    });
  });

  it('quarantines a workbook LibreOffice cannot convert', async () => {
    const cut = Buffer.from(xls.subarray(0, 1024));
    await expect(readDocument('cut.xls', cut)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
