// Reading aggregate cells: a dimension's key and label, a measure's value.
import type { Cell } from './types';

export function cellKey(cell: Cell, dimension: string): string {
  const value = cell[dimension];
  return value === null || value === undefined ? '' : String(value);
}

/** The label of an id dimension (unit, project), else its key. */
export function cellLabel(cell: Cell, dimension: string): string {
  const label = cell[`${dimension}_label`] ?? cell[`${dimension}.label`] ?? cell[`${dimension}_name`];
  return label === null || label === undefined ? cellKey(cell, dimension) : String(label);
}

/** A measure's value as the exact string (or number) the API sent. */
export function cellValue(cell: Cell, measure: string): string | number | null {
  const value = cell[measure];
  if (value === undefined || value === null || typeof value === 'boolean') return null;
  return value;
}

/** True where the cell's unit is demo data (the request drilled down by `demo`). */
export function cellIsDemo(cell: Cell): boolean {
  return cell.demo === true || cell.demo === 'true';
}

/** A unit's label, marked when it is demo data so that demo units are never mistaken for real ones. */
export function unitLabel(cell: Cell, demoMark: string): string {
  const label = cellLabel(cell, 'unit');
  return cellIsDemo(cell) ? `${label} ${demoMark}` : label;
}

/** True when at least one cell has a value for every one of the measures (something to draw). */
export function hasValues(cells: readonly Cell[], ...measures: string[]): boolean {
  return cells.some((c) => measures.every((m) => cellValue(c, m) !== null));
}

/** How many cells of the answer were not returned (pages beyond the first), for a "showing N of M" note. */
export function cellsLeftOut(
  response: { cells: readonly Cell[]; total_cell_count: number } | undefined,
): number {
  return response ? Math.max(0, response.total_cell_count - response.cells.length) : 0;
}
