// The document model every reader produces and every recogniser reads.
// Readers (text, PDF, DOCX, XLSX, HTML, DOC) turn a file into blocks in reading order:
// paragraphs of text and tables made of rows of cells. Each piece remembers where it came
// from (line in a text file, page in a PDF, sheet/row in a workbook) so that every fact
// extracted from it can be traced back to its source. Nothing downstream knows the format.

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
