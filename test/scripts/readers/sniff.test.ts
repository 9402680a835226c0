// Format sniffing: the content decides, not the extension.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentToDocx } from '../../../scripts/convert/docx';
import { writeZip } from '../../../scripts/convert/zip';
import { UnreadableDocumentError } from '../../../scripts/model/document';
import { readDocument, sniffFormat } from '../../../scripts/readers/index';
import { textPdf } from './pdf-fixtures';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole2With = (stream: string) => Buffer.concat([OLE2, Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);

describe('sniffFormat', () => {
  it('recognises PDF, DOCX and XLSX by their bytes whatever the extension', async () => {
    const docx = documentToDocx({ blocks: [{ kind: 'paragraph', text: '正文', loc: { line: 1 } }] });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').getCell('A1').value = '预算数';
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffFormat('report.txt', textPdf('x'))).toBe('pdf');
    expect(sniffFormat('report.doc', docx)).toBe('docx');
    expect(sniffFormat('report.xls', xlsx)).toBe('xlsx');
    expect(sniffFormat('archive.zip', writeZip([{ name: 'a.txt', data: Buffer.from('a') }]))).toBe('zip');
  });

  it('tells .doc from .xls in an OLE2 container by stream name, else by extension', () => {
    expect(sniffFormat('a.doc', ole2With('Workbook'))).toBe('xls');
    expect(sniffFormat('a.xls', ole2With('WordDocument'))).toBe('doc');
    expect(sniffFormat('a.xls', ole2With('Other'))).toBe('xls');
    expect(sniffFormat('a.doc', ole2With('Other'))).toBe('doc');
    expect(sniffFormat('a.bin', ole2With('WordDocument'))).toBe('doc');
    expect(sniffFormat('a.bin', ole2With('Workbook'))).toBe('xls');
    expect(sniffFormat('a.bin', ole2With('Other'))).toBe('ole2');
  });

  it('recognises HTML, also a page saved as .doc, and leaves everything else to the text reader', () => {
    expect(sniffFormat('page.doc', Buffer.from('\ufeff<!DOCTYPE html><html><body>x</body></html>'))).toBe(
      'html',
    );
    expect(sniffFormat('page.txt', Buffer.from('  <html lang="zh"><body><p>x</p></body></html>'))).toBe(
      'html',
    );
    expect(sniffFormat('frag.htm', Buffer.from('<div><table><tr><td>1</td></tr></table></div>'))).toBe(
      'html',
    );
    expect(sniffFormat('report.html', Buffer.from('一、部门基本情况\n预算数\t100'))).toBe('text');
    expect(sniffFormat('note.txt', Buffer.from('<5万元的项目\n'))).toBe('text');
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n';
    expect(sniffFormat('page.doc', Buffer.from(mht))).toBe('mhtml');
  });
});

describe('readDocument dispatch', () => {
  it('refuses a password-protected Office file and an unknown container with their reasons', async () => {
    const encrypted = ole2With('EncryptedPackage');
    await expect(readDocument('secret.docx', encrypted)).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readDocument('thing.bin', ole2With('Other'))).rejects.toMatchObject({ code: 'unsupported' });
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('a') }]);
    await expect(readDocument('a.zip', zip)).rejects.toBeInstanceOf(UnreadableDocumentError);
  });

  it('reads a PDF named .txt as a PDF', async () => {
    const model = await readDocument('mislabelled.txt', textPdf('Budget 906.09'));
    expect(model.format).toBe('pdf');
    expect(model.blocks).toEqual([{ kind: 'paragraph', text: 'Budget 906.09', loc: { line: 1, page: 1 } }]);
  });
});
