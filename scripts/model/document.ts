// The document model every reader produces and every recogniser reads.
// Readers (text, PDF, DOCX, XLSX, HTML, DOC) turn a file into blocks in reading order:
// paragraphs of text and tables made of rows of cells. Each piece remembers where it came
// from (line in a text file, page in a PDF, sheet/row in a workbook) so that every fact
// extracted from it can be traced back to its source. Nothing downstream knows the format.

/**
 * A web page's own header and footer lines (its operator, 备案 numbers, menus): they name the site,
 * not the report's unit, and end no sentence of the report.
 */
export const SITE_BOILERPLATE =
  /主办(单位)?[:：]|承办(单位)?[:：]|版权所有|ICP|备案|网站标识码|技术支持|联系我们|当前位置|网站地图|打印本页|关闭窗口|门户网站|扫一扫|^(上一篇|下一篇|上一条|下一条)/;

export type SourceFormat = 'text' | 'pdf' | 'docx' | 'doc' | 'xlsx' | 'xls' | 'html';

/** Where a piece of text sits in its source file. `line` is 1-based; `page` is 1-based for paged formats. */
export interface Location {
  line: number;
  page?: number;
  /** Sheet name for workbooks. */
  sheet?: string;
}

// Merged cells: every grid position of a merged range holds a cell repeating its text; the top-left one also carries colSpan/rowSpan.
export interface Cell extends Location {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableRow extends Location {
  cells: Cell[];
}

export interface Table extends Location {
  rows: TableRow[];
}

export type Block = { kind: 'paragraph'; text: string; loc: Location } | { kind: 'table'; table: Table };

export interface DocumentModel {
  /** Base name of the input file. */
  file: string;
  format: SourceFormat;
  /** Text encoding detected for text input (utf-8, gb18030, …). */
  encoding?: string;
  blocks: Block[];
  /** Readers' notes about the input that are not fatal (e.g. "decoded as GB18030"). */
  notes: string[];
}

/** Raised by a reader when a file cannot be read at all; the ETL quarantines the file with this reason. */
export class UnreadableDocumentError extends Error {
  constructor(
    readonly reason: string,
    readonly code: string = 'unreadable',
  ) {
    super(reason);
    this.name = 'UnreadableDocumentError';
  }
}

/** A block as text: a paragraph's, or a table's rows one a line, their cells parted by `separator`. */
export function blockText(b: Block, separator: string): string {
  return b.kind === 'paragraph'
    ? b.text
    : b.table.rows.map((r) => r.cells.map((c) => c.text).join(separator)).join('\n');
}
