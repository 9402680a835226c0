// Test helper: a small report model with a merged-cell table, used to build DOCX, HTML, PDF, DOC
// and XLS fixtures, and the expected grid a reader must give back; a workbook with merges and formulas.

import ExcelJS from 'exceljs';
import type { Block, Cell, DocumentModel } from '../../../scripts/model/document';

const cell = (text: string, spans: { colSpan?: number; rowSpan?: number } = {}): Cell => ({
  text,
  line: 0,
  ...spans,
});

/** Title, a sentence, a table with a horizontal and a vertical merge, a closing sentence. */
export function mergedReport(): Pick<DocumentModel, 'blocks'> {
  const blocks: Block[] = [
    { kind: 'paragraph', text: '某某县教育局2021年度部门整体支出绩效自评报告', loc: { line: 1 } },
    { kind: 'paragraph', text: '本年支出906.09万元，执行率95.74%。', loc: { line: 2 } },
    {
      kind: 'table',
      table: {
        line: 3,
        rows: [
          {
            line: 3,
            cells: [
              cell('项目', { rowSpan: 2 }),
              cell('预算执行', { colSpan: 2 }),
              cell('预算执行'),
              cell('得分'),
            ],
          },
          { line: 4, cells: [cell('项目'), cell('预算数'), cell('执行数'), cell('')] },
          { line: 5, cells: [cell('基本支出'), cell('700.00'), cell('690.50'), cell('9.5')] },
          { line: 6, cells: [cell('项目支出'), cell('300.00'), cell('215.59'), cell('8')] },
        ],
      },
    },
    { kind: 'paragraph', text: '四、绩效自评结果拟应用和公开情况', loc: { line: 7 } },
  ];
  return { blocks };
}

export const MERGED_GRID = [
  ['项目', '预算执行', '预算执行', '得分'],
  ['项目', '预算数', '执行数', ''],
  ['基本支出', '700.00', '690.50', '9.5'],
  ['项目支出', '300.00', '215.59', '8'],
];

export const grid = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows.map((r) => r.cells.map((c) => c.text))] : []));

export const paragraphs = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** A workbook with a merged title, formulas with cached results, percent formats, a merged label, a second and a hidden sheet. */
export async function budgetWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('整体支出');
  sheet.getCell('A1').value = '2021年度部门整体支出绩效自评表';
  sheet.mergeCells('A1:D1');
  sheet.getCell('A2').value = '单位：万元';
  sheet.addRow([]);
  sheet.getRow(4).values = ['项目', '预算数', '执行数', '执行率'];
  sheet.getRow(5).values = ['基本支出', 700, 690.5];
  sheet.getRow(6).values = ['项目支出', 300, 215.59];
  sheet.getRow(7).values = ['合计'];
  sheet.getCell('B7').value = { formula: 'SUM(B5:B6)', result: 1000 };
  sheet.getCell('C7').value = { formula: 'SUM(C5:C6)', result: 906.09 };
  for (const r of [5, 6, 7]) {
    sheet.getCell(`D${r}`).value = {
      formula: `C${r}/B${r}`,
      result: [0.986428571, 0.718633333, 0.90609][r - 5]!,
    };
    sheet.getCell(`D${r}`).numFmt = '0.00%';
    sheet.getCell(`C${r}`).numFmt = '0.00';
  }
  sheet.getCell('A8').value = '一般公共服务';
  sheet.mergeCells('A8:A9');
  sheet.getCell('B8').value = 10;
  sheet.getCell('B9').value = 20;
  sheet.getCell('A11').value = '注：数据来源于部门决算。';
  const second = workbook.addWorksheet('三公经费');
  second.addRow(['项目', '预算数', '决算数']);
  second.addRow(['公务接待费', 5, { formula: '2+2.2', result: 4.2 }]);
  const hidden = workbook.addWorksheet('参数');
  hidden.state = 'hidden';
  hidden.addRow(['隐藏', 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
