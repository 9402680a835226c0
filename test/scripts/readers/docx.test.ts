// DOCX reader: Word tables with gridSpan/vMerge, paragraphs in order with tables.
import { describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import { readDocument } from '../../../scripts/readers/index';
import { readEntry } from '../../../scripts/readers/zip';
import { grid, MERGED_GRID, mergedReport, paragraphs } from './fixtures';

describe('readDocx', () => {
  const bytes = documentToDocx(mergedReport());

  it('writes real merges into the fixture (gridSpan and vMerge)', () => {
    const xml = readEntry(bytes, 'word/document.xml')!.toString();
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge/>');
  });

  it('reads paragraphs and the table in document order', async () => {
    const model = await readDocument('report.docx', bytes);
    expect(model.format).toBe('docx');
    expect(model.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(paragraphs(model.blocks)).toEqual([
      '某某县教育局2021年度部门整体支出绩效自评报告',
      '本年支出906.09万元，执行率95.74%。',
      '四、绩效自评结果拟应用和公开情况',
    ]);
  });

  it('repeats merged text over the range and puts the spans on its origin', async () => {
    const model = await readDocument('report.docx', bytes);
    expect(grid(model.blocks)).toEqual([MERGED_GRID]);
    const table = model.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.table.rows[0]!.cells[0]).toMatchObject({ text: '项目', rowSpan: 2 });
    expect(table.table.rows[0]!.cells[1]).toMatchObject({ text: '预算执行', colSpan: 2 });
    expect(table.table.rows[0]!.cells[2]!.colSpan).toBeUndefined();
  });

  it('gives each paragraph and row a running line number', async () => {
    const model = await readDocument('report.docx', bytes);
    const lines = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.loc.line] : b.table.rows.map((r) => r.line),
    );
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('quarantines a Word archive whose document XML is cut off as damaged', async () => {
    const { writeZip } = await import('../../../scripts/convert/zip');
    const { readCentralDirectory } = await import('../../../scripts/readers/zip');
    const parts = readCentralDirectory(bytes).map((e) => ({ name: e.name, data: readEntry(bytes, e.name)! }));
    const cut = writeZip(
      parts.map((p) => (p.name === 'word/document.xml' ? { ...p, data: p.data.subarray(0, 120) } : p)),
    );
    await expect(readDocument('cut.docx', cut)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('refuses a zip without a Word document part as damaged', async () => {
    const { writeZip } = await import('../../../scripts/convert/zip');
    const bytes = writeZip([{ name: 'word/other.xml', data: Buffer.from('<x/>') }]);
    await expect(readDocument('broken.docx', bytes)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
