// A document being written: the blocks of its document model and, beside them, the answer-key
// record of what it states. Layouts call `say` with the figure they print, so the key holds
// exactly what the text says (computed from the story, never read back from the text).

import type Decimal from 'decimal.js';
import type { Block, Cell } from '../../model/document';

export { DEMO_MARKER } from '../../extraction/document-text';

/** A record of the golden file (`evaluation-record/1`) with the expected findings. */
export interface AnswerRecord {
  unit: {
    name: string;
    dept_type: string;
    province: string;
    city: string;
    county: string;
    division_code: string;
  };
  year: number;
  report_kinds: string[];
  overall: Record<string, string>;
  finance: Record<string, string>;
  sangong: Record<string, string>;
  staff: Record<string, string>;
  assets: Record<string, string>;
  quarterly: { quarter: number; progress: string }[];
  projects: {
    name: string;
    budget?: string;
    executed?: string;
    execution_rate?: string;
    score?: string;
    indicators?: {
      name: string;
      path: string[];
      target: string;
      actual: string;
      weight: string;
      score: string;
    }[];
  }[];
  indicators: { name: string; path: string[]; weight: string; score: string }[];
  expected_findings: { code: string; about: string }[];
}

export type CellSpec = string | { text: string; colSpan?: number; rowSpan?: number };

export type Section = 'overall' | 'finance' | 'sangong' | 'staff' | 'assets';

export class Draft {
  readonly blocks: Block[] = [];
  private line = 0;

  constructor(readonly record: AnswerRecord) {}

  p(text: string): void {
    this.blocks.push({ kind: 'paragraph', text, loc: { line: ++this.line } });
  }

  /** A table; merged cells repeat their text over the positions they cover, as the model expects. */
  table(rows: CellSpec[][]): void {
    const width = Math.max(
      ...rows.map((r) => r.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.colSpan ?? 1)), 0)),
    );
    const grid: (Cell | undefined)[][] = rows.map(() => Array<Cell | undefined>(width).fill(undefined));
    const start = this.line + 1;
    rows.forEach((row, r) => {
      let c = 0;
      for (const spec of row) {
        while (c < width && grid[r]![c]) c++;
        const s = typeof spec === 'string' ? { text: spec } : spec;
        const colSpan = s.colSpan ?? 1;
        const rowSpan = s.rowSpan ?? 1;
        for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
          for (let dc = 0; dc < colSpan; dc++) {
            const cell: Cell = { text: s.text, line: start + r + dr };
            if (!dr && !dc) {
              if (colSpan > 1) cell.colSpan = colSpan;
              if (rowSpan > 1) cell.rowSpan = rowSpan;
            }
            grid[r + dr]![c + dc] = cell;
          }
        }
        c += colSpan;
      }
    });
    this.line += rows.length;
    this.blocks.push({
      kind: 'table',
      table: {
        line: start,
        rows: grid.map((cells, r) => ({
          line: start + r,
          cells: cells.map((c) => c ?? { text: '', line: start + r }),
        })),
      },
    });
  }

  /** Record a stated scalar fact and return the text to print. */
  say(section: Section, key: string, value: Decimal | number | string, text?: string): string {
    const v = typeof value === 'object' ? value.toFixed() : String(value);
    this.record[section][key] = v;
    return text ?? v;
  }

  finding(code: string, about: string): void {
    if (!this.record.expected_findings.some((f) => f.code === code))
      this.record.expected_findings.push({ code, about });
  }

  kind(kind: string): void {
    if (!this.record.report_kinds.includes(kind)) this.record.report_kinds.push(kind);
  }
}
