// Shapes of the API's answers as the dashboard reads them. The catalog types come from the
// pure-TS catalog module the API serves at /api/model.
import type { Dimension, Measure, Parameter, Text } from '../../../server/catalog/types';

export type { Text };

export type CatalogMeasure = Pick<Measure, 'id' | 'label' | 'unit' | 'format' | 'description' | 'formula'> & {
  fact?: string;
};
export type CatalogDimension = Pick<Dimension, 'id' | 'label' | 'description' | 'type'> & { parent?: string };
export type CatalogParameter = Parameter;

export interface Model {
  measures: CatalogMeasure[];
  dimensions: CatalogDimension[];
  parameters?: CatalogParameter[];
}

/** One cell of an aggregate: dimension keys (and `<dim>_label`/labels) and measure values. */
export type Cell = Record<string, string | number | boolean | null>;

export interface AggregateResponse {
  query: Record<string, unknown>;
  cells: Cell[];
  summary?: Cell;
  total_cell_count: number;
}

export interface Member {
  key: string | number | boolean;
  label?: string;
  parent?: string | null;
  count?: number;
  demo?: boolean;
}

export interface MembersResponse {
  dimension: string;
  members: Member[];
}

export interface Health {
  status: string;
  units?: number;
  years?: number[];
  documents?: number;
  warehouse_time?: string;
  [key: string]: unknown;
}

export interface FactSource {
  fact_id: string;
  doc_id: string;
  document?: { doc_id?: string; file_name?: string; format?: string };
  key?: string;
  value?: string | null;
  value_num?: string | null;
  value_text?: string | null;
  source_unit?: string | null;
  derived?: boolean;
  line?: number | null;
  page?: number | null;
  sheet?: string | null;
  quote?: string | null;
}

export interface DocumentRow {
  doc_id: string;
  file_name: string;
  format?: string | null;
  kinds?: string[] | null;
  status: string;
  reason?: string | null;
  loaded_at?: string;
  is_demo?: boolean;
  findings?: number | { code: string; message: string; severity?: string }[];
  [key: string]: unknown;
}

export interface AlertEntry {
  rule: string;
  unit_id?: string | null;
  unit_name?: string | null;
  year?: number | null;
  project?: string | null;
  message?: string;
  why?: string;
  values?: Record<string, unknown>;
  [key: string]: unknown;
}
