// The grid of a model table as writers need it: a rectangle of positions, each either the origin
// of a (possibly merged) cell or a position that an earlier origin covers. Model tables repeat a
// merged cell's text in every position it covers and put the spans on its top-left cell. Rows may
// be ragged (the text reader keeps a row's own number of cells); writers keep them so.

import type { Table } from '../model/document';

export interface GridCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** Covered by the origin of a merged range above or to the left. */
  covered: boolean;
  /** Past the end of a row that has fewer cells than the table is wide (a ragged row). */
  absent: boolean;
}

export function tableGrid(table: Table): GridCell[][] {
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const grid: GridCell[][] = table.rows.map((row) =>
    Array.from({ length: width }, (_, c) => ({
      text: row.cells[c]?.text ?? '',
      colSpan: 1,
      rowSpan: 1,
      covered: false,
      absent: c >= row.cells.length,
    })),
  );
  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const slot = grid[r]![c]!;
      if (slot.covered) return;
      const colSpan = Math.min(cell.colSpan ?? 1, width - c);
      const rowSpan = Math.min(cell.rowSpan ?? 1, table.rows.length - r);
      slot.colSpan = colSpan;
      slot.rowSpan = rowSpan;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr || dc) Object.assign(grid[r + dr]![c + dc]!, { covered: true, absent: false });
        }
      }
    });
  });
  return grid;
}
