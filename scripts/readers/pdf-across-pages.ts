// What a PDF's pages share once each is laid out: running heads and feet repeated on many pages
// are dropped before layout, and a table that continues from one page onto the next is joined
// into one (a row broken by the page break into one row).

import type { Block, Table, TableRow } from '../model/document';
import type { PageContent } from './pdf-layout';
import { filledCells, findRuledGrids, RULE_SNAP, tableColumns } from './pdf-ruled-tables';
import { joinText, lineText, type TextRun } from './pdf-text-lines';

/**
 * Drops running heads and feet: text in the top or bottom margin that repeats at the same height
 * on at least half of the pages (and two), digits aside ("第 3 页", a report title, a unit's name).
 */
export function dropRunningHeads(pages: PageContent[]): PageContent[] {
  if (pages.length < 2) return pages;
  const keyOf = (y: number, text: string) =>
    `${Math.round(y / 4)}|${text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const marginLines = (content: PageContent) => {
    const margin = content.height * 0.08;
    // Table rows near a page edge are body, not running heads, however alike they look.
    const grids = findRuledGrids(content.hRules, content.vRules);
    const inGrid = (run: TextRun) =>
      grids.some(
        (g) => run.y >= g.ys[0]! && run.y <= g.ys.at(-1)! && run.x >= g.xs[0]! && run.x <= g.xs.at(-1)!,
      );
    const lines = new Map<string, TextRun[]>();
    for (const run of content.runs) {
      if ((run.y >= margin && run.y <= content.height - margin) || inGrid(run)) continue;
      const band = Math.round(run.y / 4);
      lines.set(String(band), [...(lines.get(String(band)) ?? []), run]);
    }
    // Only the two outermost lines at either edge can be running heads or feet.
    const bands = [...lines.values()].sort((a, b) => a[0]!.y - b[0]!.y);
    const top = bands.filter((runs) => runs[0]!.y < margin).slice(0, 2);
    const bottom = bands.filter((runs) => runs[0]!.y > content.height - margin).slice(-2);
    return [...top, ...bottom].map((runs) => ({ runs, key: keyOf(runs[0]!.y, lineText(runs)) }));
  };
  const perPage = pages.map(marginLines);
  const count = new Map<string, number>();
  for (const lines of perPage)
    for (const key of new Set(lines.map((l) => l.key))) count.set(key, (count.get(key) ?? 0) + 1);
  const threshold = Math.max(2, pages.length / 2);
  return pages.map((content, i) => {
    const drop = new Set(perPage[i]!.filter((l) => count.get(l.key)! >= threshold).flatMap((l) => l.runs));
    return drop.size ? { ...content, runs: content.runs.filter((r) => !drop.has(r)) } : content;
  });
}

/** Joins a table that continues from one page onto the next (same columns, nothing in between). */
export function joinPageTables(pages: Block[][]): Block[] {
  const out: Block[] = [];
  for (const blocks of pages) {
    blocks.forEach((block, k) => {
      const previous = out[out.length - 1];
      if (
        k === 0 &&
        block.kind === 'table' &&
        previous?.kind === 'table' &&
        sameColumns(previous.table, block.table)
      ) {
        const rows = block.table.rows;
        const last = previous.table.rows[previous.table.rows.length - 1];
        if (last && rows[0] && continuesRow(last, rows[0])) {
          last.cells.forEach((cell, c) => (cell.text = joinText(cell.text, rows[0]!.cells[c]?.text ?? '')));
          previous.table.rows.push(...rows.slice(1));
        } else previous.table.rows.push(...rows);
      } else out.push(block);
    });
  }
  return out;
}

const tableWidth = (rows: TableRow[]) => Math.max(0, ...rows.map((r) => r.cells.length));

function sameColumns(a: Table, b: Table): boolean {
  const xa = tableColumns.get(a);
  const xb = tableColumns.get(b);
  if (xa && xb) {
    // The boundaries of one part are among those of the other: a header row on one page may merge
    // columns that the body on the next page splits, or be a ragged row narrower than the body.
    const has = (list: number[], x: number) => list.some((y) => Math.abs(x - y) <= RULE_SNAP);
    return xa.length >= 2 && xb.length >= 2 && (xa.every((x) => has(xb, x)) || xb.every((x) => has(xa, x)));
  }
  return tableWidth(a.rows) === tableWidth(b.rows);
}

const FIGURE = /^[-+]?[\d,，.]+%?$/;

/**
 * A row broken by a page break: the part on the new page has no label (first cell empty), its
 * text sits only under cells of the row before, none of it is a bare figure, and at least one of
 * those cells filled its width to the bottom of the page (it was cut, not ended).
 */
function continuesRow(last: TableRow, next: TableRow): boolean {
  if (next.cells[0]?.text !== '' || !last.cells[0]?.text) return false;
  const filled = next.cells.flatMap((c, i) => (c.text !== '' ? [[c.text, last.cells[i]] as const] : []));
  if (filled.length === 0) return false;
  return (
    filled.every(([text, above]) => above !== undefined && above.text !== '' && !FIGURE.test(text)) &&
    filled.some(
      ([, above]) => above !== undefined && filledCells.has(above) && !/[。；;！!？?]$/.test(above.text),
    )
  );
}
