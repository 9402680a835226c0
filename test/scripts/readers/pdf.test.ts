// PDF reader: tables rebuilt from ruling lines (merged cells included) or from aligned x gaps,
// wrapped prose joined, page and line provenance; refusals for scans, passwords and damage.
// The PDFs are made here from DOCX fixtures with LibreOffice headless, as in the wild.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import type { Block, DocumentModel, Table } from '../../../scripts/model/document';
import { readDocument } from '../../../scripts/readers/index';
import { convertWithLibreOffice } from '../../../scripts/readers/libreoffice';
import { grid, MERGED_GRID, mergedReport, paragraphs } from './fixtures';
import { scannedPdf, textPdf } from './pdf-fixtures';

// pdfjs is loaded lazily by the first PDF read; these are the built-ins before it.
const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;

const LONG_SENTENCE =
  '2021年本单位严格执行预算，年初预算数为1000.00万元，全年预算数1200.00万元，全年执行数1150.00万元，执行率95.83%，' +
  '其中基本支出850.00万元，项目支出300.00万元，三公经费支出12.50万元，较上年减少2.10万元，主要原因是严格落实中央八项规定精神，' +
  '压缩公务接待和公务用车运行维护费用，切实提高财政资金使用效益，确保各项工作任务顺利完成。';

const LONG_CELL =
  '保障机关正常运转，完成年度重点工作任务，提升服务质量和办事效率，确保各项经费支出合规、及时、有效，群众满意度达到95%以上';

function wrappedReport(): Pick<DocumentModel, 'blocks'> {
  const rows = [['序号', '项目名称', '绩效目标', '预算数', '执行数']];
  for (let i = 1; i <= 60; i++)
    rows.push([String(i), `项目${i}`, i === 2 ? LONG_CELL : `目标${i}`, `${100 + i}.00`, `${90 + i}.50`]);
  const table: Table = {
    line: 3,
    rows: rows.map((r, k) => ({ line: 3 + k, cells: r.map((text) => ({ text, line: 3 + k })) })),
  };
  return {
    blocks: [
      { kind: 'paragraph', text: '一、部门整体支出情况', loc: { line: 1 } },
      { kind: 'paragraph', text: LONG_SENTENCE, loc: { line: 2 } },
      { kind: 'table', table },
      { kind: 'paragraph', text: '二、存在的问题', loc: { line: 70 } },
    ],
  };
}

/** A table whose long row must break across a page, as Word allows by default. */
const BROKEN_CELL = Array.from(
  { length: 24 },
  (_, i) => `第${i + 1}项工作按计划完成，资金使用规范，群众满意度较高。`,
).join('');

function brokenRowReport(): Pick<DocumentModel, 'blocks'> {
  const rows = [['序号', '内容', '得分']];
  for (let i = 1; i <= 30; i++) rows.push([String(i), `工作${i}`, '10']);
  rows.push(['31', BROKEN_CELL, '9']);
  rows.push(['32', '最后一项', '8']);
  const table: Table = {
    line: 1,
    rows: rows.map((r, k) => ({ line: k + 1, cells: r.map((text) => ({ text, line: k + 1 })) })),
  };
  return { blocks: [{ kind: 'table', table }] };
}

const tablesOf = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

let merged: DocumentModel;
let wrapped: DocumentModel;
let unruled: DocumentModel;
let encrypted: Buffer;
let broken: DocumentModel;

beforeAll(async () => {
  const pdfs = await convertWithLibreOffice(
    [
      { name: 'merged.docx', bytes: documentToDocx(mergedReport()) },
      { name: 'wrapped.docx', bytes: documentToDocx(wrappedReport(), { landscape: false, fontSize: 10.5 }) },
      { name: 'unruled.docx', bytes: documentToDocx(mergedReport(), { borders: false }) },
      {
        name: 'broken.docx',
        bytes: documentToDocx(brokenRowReport(), { landscape: false, fontSize: 12, splitRows: true }),
      },
    ],
    'pdf:writer_pdf_Export',
  );
  merged = await readDocument('merged.pdf', pdfs.get('merged.docx')!);
  wrapped = await readDocument('wrapped.pdf', pdfs.get('wrapped.docx')!);
  unruled = await readDocument('unruled.pdf', pdfs.get('unruled.docx')!);
  broken = await readDocument('broken.pdf', pdfs.get('broken.docx')!);
  const options = JSON.stringify({
    EncryptFile: { type: 'boolean', value: 'true' },
    DocumentOpenPassword: { type: 'string', value: 'secret' },
  });
  encrypted = (
    await convertWithLibreOffice(
      [{ name: 'secret.docx', bytes: documentToDocx(mergedReport()) }],
      `pdf:writer_pdf_Export:${options}`,
    )
  ).get('secret.docx')!;
});

describe('readPdf: ruled tables', () => {
  it('rebuilds the table grid from the rules, merged cells repeated with their spans', () => {
    expect(merged.format).toBe('pdf');
    expect(grid(merged.blocks)).toEqual([MERGED_GRID]);
    const [table] = tablesOf(merged.blocks);
    expect(table!.rows[0]!.cells[0]).toMatchObject({ text: '项目', rowSpan: 2, page: 1 });
    expect(table!.rows[0]!.cells[1]).toMatchObject({ text: '预算执行', colSpan: 2 });
  });

  it('keeps paragraphs and the table in reading order with page and running line numbers', () => {
    expect(merged.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(paragraphs(merged.blocks)).toEqual(paragraphs(mergedReport().blocks));
    const lines = merged.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.loc.line] : b.table.rows.map((r) => r.line),
    );
    expect(lines[0]).toBe(1);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(lines).size).toBe(lines.length);
    expect(merged.blocks.every((b) => (b.kind === 'paragraph' ? b.loc.page : b.table.page) === 1)).toBe(true);
  });

  it('joins a wrapped cell and a wrapped sentence, and a table that runs onto the next page', () => {
    expect(paragraphs(wrapped.blocks)).toEqual(['一、部门整体支出情况', LONG_SENTENCE, '二、存在的问题']);
    const tables = tablesOf(wrapped.blocks);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows).toHaveLength(61);
    expect(rows[2]!.cells.map((c) => c.text)).toEqual(['2', '项目2', LONG_CELL, '102.00', '92.50']);
    expect(rows[60]!.cells.map((c) => c.text)).toEqual(['60', '项目60', '目标60', '160.00', '150.50']);
    const pages = new Set(rows.map((r) => r.page));
    expect(pages.size).toBeGreaterThan(1);
    const paragraph = wrapped.blocks.find((b) => b.kind === 'paragraph' && b.text === '二、存在的问题');
    expect(paragraph?.kind === 'paragraph' && paragraph.loc.page).toBe(Math.max(...rows.map((r) => r.page!)));
  });
});

describe('readPdf: a row broken by a page break', () => {
  it('joins the two parts of the row, and no other rows', () => {
    const tables = tablesOf(broken.blocks);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    const long = rows.find((r) => r.cells[0]!.text === '31')!;
    expect(long.cells.map((c) => c.text)).toEqual(['31', BROKEN_CELL, '9']);
    expect(rows.map((r) => r.cells[0]!.text)).toEqual(
      Array.from({ length: 33 }, (_, i) => (i ? String(i) : '序号')),
    );
    // The row did break: its text was on two pages.
    const pages = new Set(rows.map((r) => r.page));
    expect(pages.size).toBe(2);
  });
});

describe('readPdf: tables without rules', () => {
  it('rebuilds rows and columns from x gaps that line up across lines', () => {
    const tables = tablesOf(unruled.blocks);
    expect(tables).toHaveLength(1);
    const cells = tables[0]!.rows.map((r) => r.cells.map((c) => c.text));
    // Merged headers cannot be seen without rules; the body rows keep their columns.
    expect(cells).toContainEqual(['基本支出', '700.00', '690.50', '9.5']);
    expect(cells).toContainEqual(['项目支出', '300.00', '215.59', '8']);
    expect(paragraphs(unruled.blocks)).toContain('本年支出906.09万元，执行率95.74%。');
  });
});

describe('loading pdfjs', () => {
  it('leaves the native Array.prototype.push and JSON.parse in place for the rest of the process', () => {
    expect(merged.blocks.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeParse);
  });
});

describe('readPdf: refusals', () => {
  it('quarantines a scan without a text layer as needing OCR', async () => {
    await expect(readDocument('scan.pdf', scannedPdf())).rejects.toMatchObject({
      code: 'needs_ocr',
      reason: expect.stringMatching(/needs OCR/),
    });
  });

  it('quarantines a PDF whose text layer is unreadable (glyph codes without Unicode) as needing OCR', async () => {
    await expect(readDocument('glyphs.pdf', textPdf('\\001\\002\\003\\004\\201\\202'))).rejects.toMatchObject(
      {
        code: 'needs_ocr',
        reason: expect.stringMatching(/not readable/),
      },
    );
    await expect(readDocument('latin.pdf', textPdf('Budget 906.09'))).resolves.toMatchObject({
      format: 'pdf',
    });
  });

  it('quarantines a password-protected PDF', async () => {
    expect(encrypted.toString('latin1')).toContain('/Encrypt');
    await expect(readDocument('secret.pdf', encrypted)).rejects.toMatchObject({ code: 'encrypted' });
  });

  it('quarantines a damaged or truncated PDF', async () => {
    const garbage = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251)),
    ]);
    await expect(readDocument('garbage.pdf', garbage)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocument('cut.pdf', encrypted.subarray(0, 200))).rejects.toMatchObject({
      code: 'corrupt',
    });
  });
});
