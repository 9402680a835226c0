// Shapes of the API's answers as the dashboard reads them. The catalog types come from the
// pure-TS catalog module the API serves at /api/model.
import type { Dimension, Measure, Parameter, Text } from '../../../server/catalog/types';
import type { MeasureId } from '../../../server/catalog/measures';
import type { DimensionId } from '../../../server/catalog/dimensions';
import type { FieldKind, FieldSpec } from '../../../scripts/model/fields';
import type { AlertEntry } from '../../../server/answers';

export type { AlertEntry, DimensionId, MeasureId, Text };

export type CatalogMeasure = Pick<
  Measure<MeasureId>,
  'id' | 'label' | 'unit' | 'format' | 'description' | 'formula' | 'base'
> & {
  fact?: string;
};

/** A declared field of the record (scripts/model/fields.ts) as /api/model serves it. */
export type CatalogField = Pick<FieldSpec, 'key' | 'label' | 'unit' | 'table' | 'column' | 'profile'> & {
  kind: FieldKind;
};

/** A self-evaluation grade, best first, with the measure counting it. */
export interface CatalogGrade {
  grade: string;
  label: Text;
  measure: MeasureId;
}

/** Of the rows a figure could be computed over (`of`), how many state its inputs (`known`). */
export interface Coverage {
  known: number | null;
  of: number | null;
}
export type CatalogDimension = Pick<Dimension<DimensionId>, 'id' | 'label' | 'description' | 'type'> & {
  parent?: DimensionId;
};
export type CatalogParameter = Parameter;

export interface Model {
  measures: CatalogMeasure[];
  dimensions: CatalogDimension[];
  parameters: CatalogParameter[];
  /** 序时进度: where cumulative spending should stand at the end of each quarter, %. */
  expected_progress: Record<string, number>;
  fields: CatalogField[];
  grades: CatalogGrade[];
}

/** One cell of an aggregate: dimension keys (and `<dim>_label`/labels) and measure values. */
export type Cell = Record<string, string | number | boolean | null>;

export interface AggregateResponse {
  query: Record<string, unknown>;
  cells: Cell[];
  summary?: Cell;
  total_cell_count: number;
  /** Coverage of the measures that declare a base: per cell (in the cells' order) and for the summary. */
  coverage?: { cells: Record<string, Coverage>[]; summary: Record<string, Coverage> } | null;
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

export interface WarehouseInfo {
  loaded: boolean;
  loaded_at?: string | null;
  units?: number;
  demo_units?: number;
  unit_years?: number;
  first_year?: number | null;
  last_year?: number | null;
  projects?: number;
  documents?: number;
  demo_documents?: number;
  quarantined?: number;
  findings?: number;
}

export interface Health {
  status: string;
  warehouse?: WarehouseInfo;
}

/** /api/facts/:id: the fact, its document, where in it, and the quoted source text. */
export interface FactSource {
  fact: {
    fact_id: string;
    doc_id: string;
    unit_id?: string | null;
    year?: number | null;
    key: string;
    value_num?: string | null;
    value_text?: string | null;
    source_unit?: string | null;
    derived?: boolean;
  };
  document: {
    doc_id: string;
    file_name?: string | null;
    path?: string | null;
    format?: string | null;
    is_demo?: boolean | null;
  };
  location: { line?: number | null; page?: number | null; sheet?: string | null };
  quote: string | null;
  /** How the figure was read (form:年度预算资金/年度资金总额, …), where a form reader took it. */
  rule?: string | null;
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
  findings?: number;
  finding_list?: {
    code: string;
    message: string;
    severity?: string;
    year?: number | null;
    /** The catalog's words for the code, and the finding in one line with its figures. */
    label?: Text;
    explanation?: Text;
  }[];
  [key: string]: unknown;
}

/** One unit-year of /api/coverage: kinds loaded, key figures known (by figure id), documents. */
export interface CoverageYear {
  year: number;
  kinds: string[];
  documents: number;
  partial_documents: number;
  [figure: string]: unknown;
}

export interface CoverageCounts {
  year: number;
  units: number;
  reported: number;
  region?: string | null;
  [figure: string]: unknown;
}

export interface CoverageResponse {
  query: { cut: string; level: DimensionId };
  years: number[];
  figures: { id: string; label: Text }[];
  units: {
    unit_id: string;
    unit_name: string;
    province?: string | null;
    county?: string | null;
    is_demo?: boolean;
    years: CoverageYear[];
  }[];
  total_unit_count: number;
  by_year: CoverageCounts[];
  regions: CoverageCounts[];
  documents: { documents: number; partial: number; unrecognised: number; quarantined: number };
  warnings: { year: number; previous_year: number; text: Text }[];
}
