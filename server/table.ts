// The shape of a tabular answer, shared by the query layer (which builds tables), the routes and the
// HTTP layer (which encodes them as CSV, XLSX or Arrow): columns with their role and type, cells,
// and a DuckDB JSON value in its column's type. No imports: every layer may use it.

export interface Column {
  name: string;
  role: 'dimension' | 'label' | 'measure';
  type: 'integer' | 'string' | 'boolean' | 'decimal';
}

/** A column; most are dimensions of text. */
export function column(
  name: string,
  role: Column['role'] = 'dimension',
  type: Column['type'] = 'string',
): Column {
  return { name, role, type };
}

/** The unit's id and name, which every table of units begins with. */
export const UNIT_COLUMNS: readonly Column[] = [column('unit'), column('unit.label', 'label')];

export type Cell = string | number | boolean | null;
export type TableRow = Record<string, Cell>;

/** A table as an endpoint answers it in the non-JSON formats. */
export interface Table {
  columns: Column[];
  rows: TableRow[];
  name: string;
}

/** A DuckDB JSON value in the column's type: integers (BIGINT arrives as a string) as numbers. */
export function typedValue(value: unknown, type: Column['type']): Cell {
  if (value === null || value === undefined) return null;
  if (type === 'integer') return typeof value === 'number' ? value : Number(value);
  if (type === 'boolean') return typeof value === 'boolean' ? value : value === 'true';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
