// Writes a document model as a DOCX with real Word tables (gridSpan for merged columns, vMerge
// for merged rows), for the format round-trip tests, the reader fixtures and the demo corpus.

import type { Block, DocumentModel } from '../model/document';
import { tableGrid } from './grid';
import { writeZip } from './zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxOptions {
  /** Landscape pages leave wide tables room (default true). */
  landscape?: boolean;
  /** Font size in points (default 9). */
  fontSize?: number;
  /** Draw table borders (default true); without them a PDF of the document has unruled tables. */
  borders?: boolean;
  /** Let rows break across pages, as Word allows by default (default false). */
  splitRows?: boolean;
}

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function paragraphXml(text: string): string {
  const runs = text
    .split('\n')
    .map((line, i) => `${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('');
  return `<w:p><w:r>${runs}</w:r></w:p>`;
}

function tableXml(block: Extract<Block, { kind: 'table' }>, textWidth: number, options: DocxOptions): string {
  const borders = options.borders ?? true;
  const grid = tableGrid(block.table);
  const width = grid[0]?.length ?? 0;
  if (width === 0) return '';
  // Columns share the page width by the length of their longest unmerged cell, so that long text
  // gets room and short figures do not wrap.
  const weights = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(
      0,
      ...grid.map((row) => (row[c]!.colSpan === 1 && !row[c]!.covered ? row[c]!.text.length : 0)),
    );
    return Math.min(Math.max(longest, 3), 40);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((textWidth * w) / total));
  const spanWidth = (c: number, span: number) => widths.slice(c, c + span).reduce((a, b) => a + b, 0);
  const border = (side: string) =>
    borders
      ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
      : `<w:${side} w:val="nil"/>`;
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:w="${spanWidth(0, width)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${sides}</w:tblBorders></w:tblPr><w:tblGrid>`;
  for (let c = 0; c < width; c++) xml += `<w:gridCol w:w="${widths[c]}"/>`;
  xml += '</w:tblGrid>';
  grid.forEach((row, r) => {
    // Rows do not break across pages unless asked to; a ragged row declares the grid columns it lacks.
    const missing = row.length - (row.findLastIndex((cell) => !cell.absent) + 1);
    xml +=
      '<w:tr><w:trPr>' +
      (options.splitRows ? '' : '<w:cantSplit/>') +
      (missing > 0
        ? `<w:gridAfter w:val="${missing}"/><w:wAfter w:w="${spanWidth(width - missing, missing)}" w:type="dxa"/>`
        : '') +
      '</w:trPr>';
    for (let c = 0; c < width; c++) {
      const cell = row[c]!;
      if (cell.absent) break;
      // A position covered from above is a vMerge continuation; one covered from the left is skipped.
      const above = r > 0 ? originAbove(grid, r, c) : undefined;
      if (cell.covered && !above) continue;
      const origin = above ?? cell;
      const props =
        `<w:tcW w:w="${spanWidth(c, origin.colSpan)}" w:type="dxa"/>` +
        (origin.colSpan > 1 ? `<w:gridSpan w:val="${origin.colSpan}"/>` : '') +
        (above ? '<w:vMerge/>' : cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '');
      xml += `<w:tc><w:tcPr>${props}</w:tcPr>${above ? '<w:p/>' : paragraphXml(cell.text)}</w:tc>`;
      c += origin.colSpan - 1;
    }
    xml += '</w:tr>';
  });
  return `${xml}</w:tbl><w:p/>`;
}

/** The origin of a vertical merge that covers (r, c) from a row above, when (r, c) is its left edge. */
function originAbove(grid: ReturnType<typeof tableGrid>, r: number, c: number) {
  for (let k = r - 1; k >= 0; k--) {
    const cell = grid[k]![c]!;
    if (!cell.covered) return cell.rowSpan > r - k ? cell : undefined;
  }
  return undefined;
}

export function documentToDocx(model: Pick<DocumentModel, 'blocks'>, options: DocxOptions = {}): Buffer {
  const landscape = options.landscape ?? true;
  const [pageW, pageH] = landscape ? [16838, 11906] : [11906, 16838];
  const margin = 720;
  const textWidth = pageW - 2 * margin;
  const body = model.blocks
    // A paragraph's line breaks are wraps of one paragraph (as the text reader joins them), not new lines.
    .map((b) =>
      b.kind === 'paragraph'
        ? paragraphXml(b.text.replace(/\s*\n\s*/g, ' '))
        : tableXml(b, textWidth, options),
    )
    .join('');
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="${pageW}" w:h="${pageH}"${landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="0" w:footer="0" w:gutter="0"/>` +
    '</w:sectPr></w:body></w:document>';
  const size = Math.round((options.fontSize ?? 9) * 2);
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults>` +
    '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Sans CJK SC"/>' +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults></w:styles>';
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>';
  const documentRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '</Relationships>';
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(document) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(documentRels) },
    { name: 'word/styles.xml', data: Buffer.from(styles) },
  ]);
}
