// HTML reader: web pages the way government sites publish reports, and the HTML that mammoth
// makes of a DOCX. Text is split into paragraphs at block tags and <br>; <table>s become tables
// (colspan/rowspan expanded onto the grid); layout tables that only wrap other content are read
// as flowing text; site chrome is dropped (see html-elements). Pages are decoded in html-decode.
// `line` is a running number of the paragraph or table row in reading order.

import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, Cell, DocumentModel, TableRow } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { decodeHtml } from './html-decode';
import {
  attr,
  BLOCK_TAGS,
  HEADING_TAGS,
  children,
  isBoilerplate,
  isChrome,
  isElement,
  normaliseSpace,
  SKIPPED_TAGS,
  type Element,
  type Node,
} from './html-elements';

/** Parses markup into blocks. Shared by the HTML and DOCX readers. */
export function htmlToBlocks(html: string): Block[] {
  const doc = parse(html);
  const flow = new Flow();
  walk(doc, flow, false);
  flow.flush();
  return flow.blocks;
}

export function readHtml(file: string, bytes: Buffer): DocumentModel {
  const { text, encoding } = decodeHtml(bytes);
  const blocks = htmlToBlocks(text);
  if (blocks.length === 0) throw new UnreadableDocumentError('the page holds no readable text', 'empty');
  const notes = encoding === 'utf-8' ? [] : [`decoded as ${encoding}`];
  // A page saved whole closes its markup; one that opens <html> and never closes it was cut.
  if (/<html[\s>]/i.test(text) && !/<\/html\s*>/i.test(text))
    notes.push('the page’s markup stops before its </html>: truncated');
  return { file, format: 'html', encoding, blocks, notes };
}

/** Accumulates inline text into paragraphs and numbers every paragraph and table row. */
class Flow {
  readonly blocks: Block[] = [];
  private line = 0;
  private buffer = '';

  text(value: string): void {
    this.buffer += value;
  }

  flush(): void {
    const text = normaliseSpace(this.buffer);
    this.buffer = '';
    if (text === '' || isBoilerplate(text)) return;
    this.blocks.push({ kind: 'paragraph', text, loc: { line: ++this.line } });
  }

  nextLine(): number {
    return ++this.line;
  }
}

function walk(node: Node, flow: Flow, inArticle: boolean): void {
  if (node.nodeName === '#text') {
    flow.text((node as DefaultTreeAdapterMap['textNode']).value);
    return;
  }
  if (!isElement(node)) {
    for (const child of children(node)) walk(child, flow, inArticle);
    return;
  }
  const tag = node.tagName;
  if (SKIPPED_TAGS.has(tag) || isChrome(node, inArticle)) return;
  if (tag === 'br') {
    flow.flush();
    return;
  }
  if (tag === 'table') {
    flow.flush();
    readTable(node, flow, inArticle);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flow.flush();
  const article = inArticle || tag === 'article' || tag === 'main';
  for (const child of children(node)) walk(child, flow, article);
  if (block) flow.flush();
}

/** The rows of a table, not those of tables nested in its cells. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of children(el)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
        visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(row: Element): Element[] {
  return children(row).filter(
    (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
  );
}

const PAGE_STRUCTURE = new Set<string>([
  'table',
  ...HEADING_TAGS,
  'nav',
  'header',
  'footer',
  'article',
  'main',
]);

/**
 * A cell that holds page structure (a table, a heading, navigation) or a whole article (many
 * paragraphs of long text) belongs to a layout table, not to a table of the report.
 */
function holdsPage(cell: Element): boolean {
  let breaks = 0;
  let length = 0;
  let structure = false;
  const visit = (el: Element): void => {
    for (const child of children(el)) {
      if (child.nodeName === '#text')
        length += (child as DefaultTreeAdapterMap['textNode']).value.trim().length;
      if (!isElement(child)) continue;
      if (PAGE_STRUCTURE.has(child.tagName)) structure = true;
      if (
        child.tagName === 'p' ||
        child.tagName === 'div' ||
        child.tagName === 'br' ||
        child.tagName === 'li'
      )
        breaks++;
      visit(child);
    }
  };
  visit(cell);
  return structure || (breaks >= 20 && length >= 1000);
}

/** The text of a cell, its paragraphs and line breaks joined with "\n". */
function cellText(cell: Element): string {
  const lines: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = normaliseSpace(buffer);
    if (text !== '') lines.push(text);
    buffer = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      buffer += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node)) return;
    if (SKIPPED_TAGS.has(node.tagName) || isChrome(node, true)) return;
    if (node.tagName === 'br') return flush();
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) flush();
    for (const child of children(node)) visit(child);
    if (block) flush();
  };
  for (const child of children(cell)) visit(child);
  flush();
  return lines.join('\n');
}

function span(el: Element, name: string, max: number): number {
  const value = Number.parseInt(attr(el, name) ?? '1', 10);
  if (!Number.isFinite(value) || value < 1) return name === 'rowspan' && value === 0 ? max : 1;
  return Math.min(value, max);
}

function readTable(table: Element, flow: Flow, inArticle: boolean): void {
  const rows = tableRows(table);
  const cells = rows.flatMap(rowCells);
  // A layout table (a single box, or cells holding page structure) is read as flowing content.
  if (cells.length <= 1 || cells.some(holdsPage)) {
    for (const cell of cells) {
      flow.flush();
      for (const child of children(cell)) walk(child, flow, inArticle);
      flow.flush();
    }
    return;
  }
  for (const child of children(table)) {
    if (isElement(child) && child.tagName === 'caption') walk(child, flow, inArticle);
  }
  flow.flush();

  const grid: Cell[][] = rows.map(() => []);
  const lines = rows.map(() => 0);
  rows.forEach((row, r) => {
    lines[r] = flow.nextLine();
    let col = 0;
    for (const cell of rowCells(row)) {
      const slots = grid[r]!;
      while (slots[col]) col++;
      const colSpan = span(cell, 'colspan', 1000);
      const rowSpan = span(cell, 'rowspan', rows.length - r);
      const text = cellText(cell);
      // A merged range repeats its text in every grid position it covers; the first carries the spans.
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const covered: Cell = { text, line: dr === 0 ? lines[r]! : 0 };
          if (dr === 0 && dc === 0) {
            if (colSpan > 1) covered.colSpan = colSpan;
            if (rowSpan > 1) covered.rowSpan = rowSpan;
          }
          grid[r + dr]![col + dc] = covered;
        }
      }
      col += colSpan;
    }
  });
  const tableRowsOut: TableRow[] = [];
  grid.forEach((slots, r) => {
    const line = lines[r]!;
    const cellsOut: Cell[] = [];
    for (let c = 0; c < slots.length; c++) {
      const cell = slots[c] ?? { text: '' };
      cellsOut.push({ ...cell, line });
    }
    if (cellsOut.some((c) => c.text !== '')) tableRowsOut.push({ cells: cellsOut, line });
  });
  if (tableRowsOut.length) {
    flow.blocks.push({ kind: 'table', table: { rows: tableRowsOut, line: tableRowsOut[0]!.line } });
  }
}
