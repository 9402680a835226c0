// A fast path from a DOCX body (word/document.xml) to the HTML the HTML reader reads: paragraphs,
// line breaks, tables with gridSpan → colspan and vMerge → rowspan, nested tables kept nested.
// It scans the XML once with a tokenizer instead of building a DOM, several times faster than
// mammoth; the DOCX reader falls back to mammoth for anything this scanner does not accept.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface CellDraft {
  html: string;
  span: number;
  vMerge?: 'restart' | 'continue';
  /** Grid column where the cell starts (after gridBefore and earlier spans). */
  column: number;
}

interface TableDraft {
  rows: CellDraft[][];
  gridBefore: number;
}

/** Elements whose content is never body text (deleted runs, field codes, properties). */
const SKIPPED = new Set([
  'w:del',
  'w:delText',
  'w:instrText',
  'w:rPr',
  'w:pPr',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:sdtPr',
  // Drawings and their text boxes, as mammoth leaves them out too.
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
]);

export class DocxXmlError extends Error {}

/** The body of a WordprocessingML document as simple HTML; throws DocxXmlError on malformed XML. */
export function documentXmlToHtml(xml: string): string {
  const out: string[] = [];
  // Containers: the body writes to `out`; each open table cell collects its own HTML.
  const tables: TableDraft[] = [];
  const cells: CellDraft[] = [];
  let paragraph: string | undefined;
  let skipDepth = 0;
  let skipTag = '';
  let inText = false;
  const open: string[] = [];
  const sink = (html: string) => {
    const cell = cells[cells.length - 1];
    if (cell && tables.length === cells.length) cell.html += html;
    else out.push(html);
  };
  const tag =
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tag.exec(xml))) {
    if (match.index !== consumed) throw new DocxXmlError(`unexpected markup at offset ${consumed}`);
    consumed = tag.lastIndex;
    const [, closing, name, attrs = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && skipDepth === 0 && paragraph !== undefined) paragraph += escapeHtml(decodeEntities(text));
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (open.pop() !== name) throw new DocxXmlError(`mismatched </${name}>`);
    } else if (!selfClosing) open.push(name);
    if (skipDepth > 0) {
      if (name === skipTag) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (!closing && SKIPPED.has(name)) {
      if (!selfClosing) {
        skipDepth = 1;
        skipTag = name;
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (closing || selfClosing) {
          sink(`<p>${paragraph ?? ''}</p>`);
          paragraph = undefined;
        } else paragraph = '';
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (!closing && paragraph !== undefined) paragraph += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing && paragraph !== undefined) paragraph += '<br>';
        break;
      case 'w:sym':
        if (!closing && paragraph !== undefined) {
          const char = /w:char="([0-9A-Fa-f]+)"/.exec(attrs)?.[1];
          if (char) paragraph += escapeHtml(String.fromCodePoint(Number.parseInt(char, 16)));
        }
        break;
      case 'w:tbl':
        if (!closing) tables.push({ rows: [], gridBefore: 0 });
        else sink(tableHtml(tables.pop()!));
        break;
      case 'w:tr':
        if (!closing) {
          const table = tables[tables.length - 1];
          if (!table) throw new DocxXmlError('a table row outside a table');
          table.rows.push([]);
          table.gridBefore = 0;
        }
        break;
      case 'w:tc':
        if (!closing) {
          const table = tables[tables.length - 1];
          const row = table?.rows[table.rows.length - 1];
          if (!table || !row) throw new DocxXmlError('a table cell outside a row');
          // Grid columns a row skips at its start (gridBefore) become empty cells, so columns stay aligned.
          if (row.length === 0)
            for (let c = 0; c < table.gridBefore; c++) row.push({ html: '', span: 1, column: c });
          const last = row[row.length - 1];
          cells.push({ html: '', span: 1, column: last ? last.column + last.span : 0 });
        } else {
          const cell = cells.pop();
          const table = tables[tables.length - 1];
          if (!cell || !table) throw new DocxXmlError('unbalanced table cell');
          table.rows[table.rows.length - 1]!.push(cell);
        }
        break;
      case 'w:gridBefore':
        // Grid columns missing at the start of a row shift the columns of its cells.
        if (tables.length)
          tables[tables.length - 1]!.gridBefore = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 0);
        break;
      case 'w:noBreakHyphen':
        if (!closing && paragraph !== undefined) paragraph += '-';
        break;
      case 'w:gridSpan':
        if (cells.length)
          cells[cells.length - 1]!.span = Math.max(1, Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1));
        break;
      case 'w:vMerge':
        if (cells.length)
          cells[cells.length - 1]!.vMerge = /w:val="restart"/.test(attrs) ? 'restart' : 'continue';
        break;
      default:
        break;
    }
  }
  if (consumed !== xml.length || open.length) throw new DocxXmlError('the document XML ends early');
  return out.join('\n');
}

function tableHtml(table: TableDraft): string {
  // A vMerge restart spans down over the continuation cells in the same grid column below it.
  const rowSpan = (r: number, cell: CellDraft) => {
    let span = 1;
    for (let k = r + 1; k < table.rows.length; k++) {
      const below = table.rows[k]!.find((c) => c.column === cell.column);
      if (below?.vMerge !== 'continue') break;
      span++;
    }
    return span;
  };
  const rows = table.rows.map((row, r) => {
    const cellsHtml = row
      .filter((cell) => cell.vMerge !== 'continue')
      .map((cell) => {
        const rs = cell.vMerge === 'restart' ? rowSpan(r, cell) : 1;
        const spans = (cell.span > 1 ? ` colspan="${cell.span}"` : '') + (rs > 1 ? ` rowspan="${rs}"` : '');
        return `<td${spans}>${cell.html}</td>`;
      });
    return `<tr>${cellsHtml.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}
