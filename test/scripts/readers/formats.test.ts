// Rendering one model in several formats, and the throughput helper the ETL bench calls (only its
// counting is tested here; speed is measured by `npm run bench:etl`, never in a test).
import { describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import { renderFormats } from '../../../scripts/convert/formats';
import { documentToHtml } from '../../../scripts/convert/html';
import { documentsToPdf } from '../../../scripts/convert/pdf';
import { readDocument } from '../../../scripts/readers/index';
import { measureReadThroughput } from '../../../scripts/readers/throughput';
import { grid, MERGED_GRID, mergedReport, paragraphs } from './fixtures';

describe('renderFormats', () => {
  it('renders a model as DOCX, HTML and XLSX that read back to the same table', async () => {
    const rendered = await renderFormats(
      [{ stem: 'report', model: mergedReport() }],
      ['docx', 'html', 'xlsx'],
    );
    expect(rendered.map((r) => r.file).sort()).toEqual(['report.docx', 'report.html', 'report.xlsx']);
    for (const { file, format, bytes } of rendered) {
      const model = await readDocument(file, bytes);
      expect(model.format).toBe(format);
      expect(grid(model.blocks)).toEqual([MERGED_GRID]);
      expect(paragraphs(model.blocks)).toContain('本年支出906.09万元，执行率95.74%。');
    }
  });
});

describe('documentsToPdf', () => {
  it('makes PDFs with LibreOffice from DOCX and from HTML that read back to the same table', async () => {
    const pdfs = await documentsToPdf([
      { name: 'a.docx', bytes: documentToDocx(mergedReport()) },
      { name: 'b.html', bytes: Buffer.from(documentToHtml(mergedReport())) },
    ]);
    expect([...pdfs.keys()].sort()).toEqual(['a.docx', 'b.html']);
    for (const bytes of pdfs.values()) {
      const model = await readDocument('x.pdf', bytes);
      expect(grid(model.blocks)).toEqual([MERGED_GRID]);
      expect(paragraphs(model.blocks)).toEqual(paragraphs(mergedReport().blocks));
    }
  });
});

describe('measureReadThroughput', () => {
  it('counts the documents read per sniffed format over the rounds, failures included', async () => {
    const rendered = await renderFormats([{ stem: 'report', model: mergedReport() }], ['docx', 'html']);
    const documents = [
      ...rendered,
      { file: 'report.txt', bytes: Buffer.from('一、部门基本情况\n预算数\t100\n') },
      { file: 'empty.txt', bytes: Buffer.alloc(0) },
    ];
    const result = await measureReadThroughput(documents, 2);
    const counts = Object.fromEntries(result.map((r) => [r.format, r.documents]));
    expect(counts).toEqual({ docx: 2, html: 2, text: 4 });
    for (const r of result) expect(r.docsPerSecond).toBeCloseTo(r.documents / r.seconds);
  });
});
