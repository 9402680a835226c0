// Tables flattened with each row's first cell on a line of its own and every further cell on a line
// that opens with "| " (the page indented them; the reader keeps the text), a bare "|" (or "| ||")
// closing the row. A line without a pipe between a row's cells is the cell before it wrapped
// ("资金到位" / "情况"), and two very short lines before the first pipe are one wrapped first cell
// ("绩效" / "指标"). Runs of two or more such rows become one table; everything else is left alone.

import type { Block, Location } from '../model/document';
import { tableOf } from './rebuild-cells';

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

/** "| 36万元": a further cell of a row; "|", "| |", "| ||": the row's end. */
const PIPE_CELL = /^[|｜]\s*([^|｜]*?)[\s|｜]*$/;
/** A wrapped piece of a cell: short, no sentence in it. */
const WRAPPED = /^[^。；;！？|｜]{1,8}$/;
/** A first cell wrapped over two lines: both pieces this short. */
const HEAD_PIECE = /^[\u4e00-\u9fa5]{1,4}$/;

interface Row {
  cells: string[];
  loc: Location;
  next: number;
}

/** The block at i when it is a paragraph of one line. */
export function paragraphAt(blocks: Block[], i: number): Paragraph | undefined {
  const b = blocks[i];
  return b?.kind === 'paragraph' && !b.text.includes('\n') ? b : undefined;
}

const isPipe = (p: Paragraph | undefined) => !!p && /^[|｜]/.test(p.text.trim());

/** The row starting at block i, or undefined when none starts there. */
function rowAt(blocks: Block[], i: number): Row | undefined {
  const first = paragraphAt(blocks, i);
  // A line holding pipes is a row of another flattening ("年度资金总额 |" / "| 512000.00 | …").
  if (!first || /[|｜]/.test(first.text)) return undefined;
  let head = first.text.trim();
  let k = i + 1;
  const second = paragraphAt(blocks, k);
  if (second && !isPipe(second) && HEAD_PIECE.test(head) && HEAD_PIECE.test(second.text.trim())) {
    head += second.text.trim();
    k++;
  }
  if (!isPipe(paragraphAt(blocks, k)) || head.length > 40) return undefined;
  const cells = [head];
  for (; k < blocks.length; k++) {
    const p = paragraphAt(blocks, k);
    if (!p) break;
    const text = p.text.trim();
    const pipe = text.match(PIPE_CELL);
    if (!pipe && isPipe(p)) return undefined;
    if (pipe) {
      // An empty cell closes the row, unless further cells follow it ("合计 | (empty) | 1,286,400.00").
      if (pipe[1] === '' && !isPipe(paragraphAt(blocks, k + 1)))
        return cells.length > 1 ? { cells, loc: first.loc, next: k + 1 } : undefined;
      cells.push(pipe[1]!);
    } else if (cells.length > 1 && WRAPPED.test(text) && isPipe(paragraphAt(blocks, k + 1))) {
      cells[cells.length - 1] += text;
    } else break;
  }
  return cells.length > 1 ? { cells, loc: first.loc, next: k } : undefined;
}

export function leadingPipeRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    const rows: Row[] = [];
    for (let row = rowAt(blocks, i); row; row = rowAt(blocks, row.next)) rows.push(row);
    if (rows.length >= 2) {
      out.push(tableOf(rows));
      i = rows[rows.length - 1]!.next;
    } else {
      out.push(blocks[i]!);
      i++;
    }
  }
  return out;
}
