// Tables flattened as " | " rows whose rows broke over several lines: a row's first cells on a
// line ("其中:政府性基金预算财政拨款 | 2 |"), its further cells on lines opening with a pipe
// ("| 二、外交支出 | 36 |"), and a bare "|" for an empty cell. The header row ("项目 | 行次 | 金额 |
// 项目 | 行次 | 金额 |") says how wide a row is; the lines after it are joined until each row is that
// wide, and a line opening with a cell of its own (no pipe) starts the next row. Runs that do not
// fit (a row overflowing the width) are left as they were.

import type { Block, Location } from '../model/document';
import { paragraphAt } from './leading-pipes';
import { isFigure, tableOf } from './rebuild-cells';

/** The fewest header cells for a table read this way, and the fewest rows it must rebuild. */
const MIN_WIDTH = 4;
const MIN_ROWS = 3;

/** A line's cells as written: a leading pipe opens with an empty cell, the trailing one closes the last. */
function tokens(line: string): string[] {
  const parts = line.split(/[|｜]/).map((p) => p.trim());
  if (/[|｜]$/.test(line)) parts.pop();
  return parts;
}

/** The header row: four or more words, none a figure, every cell filled. */
function headerWidth(line: string | undefined): number | undefined {
  if (!line || !/[|｜]/.test(line)) return undefined;
  const cells = tokens(line);
  return cells.length >= MIN_WIDTH && cells.every((c) => c !== '' && !isFigure(c)) ? cells.length : undefined;
}

/** The rows after a header at `at`, or undefined when the lines do not fit its width. */
function rowsAfter(
  blocks: Block[],
  at: number,
  width: number,
): { rows: { cells: string[]; loc: Location }[]; next: number; joined: boolean } | undefined {
  const rows: { cells: string[]; loc: Location }[] = [];
  let row: { cells: string[]; loc: Location } | undefined;
  let joined = false;
  let k = at;
  for (; k < blocks.length; k++) {
    const p = paragraphAt(blocks, k);
    const line = p?.text.trim();
    if (!p || !line || !/[|｜]/.test(line)) break;
    const cells = tokens(line);
    // A line opening with its own cell starts a row: the one before, short, is closed as it is.
    if (row && !/^[|｜]/.test(line)) {
      rows.push(row);
      row = undefined;
    }
    if (row) {
      row.cells.push(...cells);
      joined = true;
    } else row = { cells, loc: p.loc };
    if (row.cells.length > width) return undefined;
    if (row.cells.length === width) {
      rows.push(row);
      row = undefined;
    }
  }
  if (row) rows.push(row);
  return { rows, next: k, joined };
}

export function brokenPipeRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    const head = paragraphAt(blocks, i);
    const width = headerWidth(head?.text.trim());
    const found = width ? rowsAfter(blocks, i + 1, width) : undefined;
    if (head && found && found.joined && found.rows.length >= MIN_ROWS) {
      out.push(tableOf([{ cells: tokens(head.text.trim()), loc: head.loc }, ...found.rows]));
      i = found.next;
    } else {
      out.push(blocks[i]!);
      i++;
    }
  }
  return out;
}
