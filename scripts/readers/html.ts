// HTML reader: web pages the way government sites publish reports, and the HTML that mammoth
// makes of a DOCX. Text is split into paragraphs at block tags and <br>; <table>s become tables
// (colspan/rowspan expanded onto the grid); layout tables that only wrap other content are read
// as flowing text; site chrome (nav, header, footer, menus, breadcrumbs, "打印本页", …) is dropped.
// `line` is a running number of the paragraph or table row in reading order.

import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, Cell, DocumentModel, TableRow } from '../model/document';
import { UnreadableDocumentError } from '../model/document';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'select',
  'button',
  'input',
  'textarea',
  'svg',
  'canvas',
  'object',
  'head',
  'menu',
]);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'caption',
  'address',
  'hr',
  'body',
  'header',
  'footer',
  'tr',
  'td',
  'th',
]);

/** class/id tokens that mark site chrome rather than the report. */
const CHROME_TOKEN =
  /(^|[-_\s])(nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|sidebar|share|toolbar|topbar|dqwz)([-_\s]|$)/i;

/** Lines that are site boilerplate, whatever element holds them. */
const BOILERPLATE_PREFIX =
  /^((当前位置|您当前的位置|您当前所在位置|您现在的位置|当前所在位置|您的位置|所在位置)\s*[:：]?|首页\s*[>›»＞])/;
const BOILERPLATE_TOKENS =
  /打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|收藏本页|加入收藏|分享到|分享|字号|字体|默认|[大中小]|保存|【|】|\[|\]|[|｜:：·\s\u3000]/g;

export function isBoilerplate(text: string): boolean {
  if (BOILERPLATE_PREFIX.test(text)) return true;
  return text.length <= 40 && text.replace(BOILERPLATE_TOKENS, '') === '' && /[\u4e00-\u9fff]/.test(text);
}

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
  return { file, format: 'html', encoding, blocks, notes };
}

/** Decodes a page: BOM, then strict UTF-8, then the declared <meta charset>, then GB18030 (GBK/GB2312). */
export function decodeHtml(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length === 0) throw new UnreadableDocumentError('the file is empty', 'empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  // Bytes that are valid UTF-8 are UTF-8 whatever the page declares: GBK text with Chinese in it
  // is practically never valid UTF-8, while pages re-encoded to UTF-8 often keep their old gb2312 label.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the declared charset, else GB18030 (a superset of GBK and GB2312).
  }
  // Pages with long inline scripts in <head> declare their charset late: look well past the first 1 kB.
  const head = bytes.subarray(0, 32768).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const isChinese =
    declared !== undefined && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(declared);
  if (declared && !isChinese && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // An unknown label: fall through to GB18030.
    }
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
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

function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isChrome(el: Element, inArticle: boolean): boolean {
  if ((el.tagName === 'header' || el.tagName === 'footer') && !inArticle) return true;
  const style = attr(el, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return CHROME_TOKEN.test(tokens);
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
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

const PAGE_STRUCTURE = new Set([
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
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
