// Coverage beside every aggregate: for the measures of a query that declare a base (see
// server/catalog/coverage.ts), one more aggregate of the base counts over the same drilldown and
// cuts, restricted to the keys of the cells returned, and the counts matched back to each cell.

import { findMeasure, type Measure } from '../catalog';
import type { Row } from '../db/warehouse';
import type { Cut, CutValue, NormalQuery } from './normalise';

/** Known rows of a measure's base against all rows it could use, e.g. {known: 233, of: 300}. */
export interface Coverage {
  known: number | null;
  of: number | null;
}

/** The requested measures that declare a base. */
export function basedMeasures(q: NormalQuery): Measure[] {
  return q.measures.map((id) => findMeasure(id)!).filter((m) => m.base !== undefined);
}

/** The count measures behind the bases of the query's measures, each once. */
export function coverageMeasureIds(q: NormalQuery): string[] {
  const ids = new Set<string>();
  for (const m of basedMeasures(q)) {
    ids.add(m.base!.known);
    ids.add(m.base!.of);
  }
  return [...ids];
}

/** Rows per coverage query: a page of cells is at most 1000, restricted to its own keys. */
const COVERAGE_ROWS = 100_000;

/**
 * The query answering the coverage counts of `cells` (the cells of one page of `q`), or null when no
 * requested measure has a base. Each drilldown dimension is cut to the page's values, unless a cell
 * has no value for it (a NULL key cannot be cut on; the counts are then matched among more rows).
 */
export function coverageQuery(q: NormalQuery, cells: readonly Row[] | null): NormalQuery | null {
  const measures = coverageMeasureIds(q);
  if (!measures.length) return null;
  const cuts: Cut[] = [...q.cuts];
  if (cells) {
    for (const d of q.drilldown) {
      const values = cells.map((c) => c[d]);
      if (values.some((v) => v === null || v === undefined)) continue;
      const distinct = [...new Set(values.map((v) => (typeof v === 'bigint' ? Number(v) : v)))] as CutValue[];
      cuts.push({ dimension: d, op: 'in', values: distinct.length ? distinct : [''] });
    }
  }
  return {
    measures,
    drilldown: cells ? q.drilldown : [],
    cuts,
    order: (cells ? q.drilldown : []).map((key) => ({ key, direction: 'asc' as const })),
    page: 1,
    pagesize: COVERAGE_ROWS,
    threshold: q.threshold,
  };
}

function keyOf(row: Row, drilldown: readonly string[]): string {
  return JSON.stringify(
    drilldown.map((d) => (row[d] === undefined || row[d] === null ? null : String(row[d]))),
  );
}

const asCount = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Each cell's coverage by measure id, from the rows of the coverage query. */
export function coverageOf(q: NormalQuery, rows: readonly Row[], drilldown: readonly string[]) {
  const byKey = new Map(rows.map((r) => [keyOf(r, drilldown), r]));
  const based = basedMeasures(q);
  return (cell: Row): Record<string, Coverage> => {
    const row = byKey.get(keyOf(cell, drilldown));
    const out: Record<string, Coverage> = {};
    for (const m of based)
      out[m.id] = row
        ? { known: asCount(row[m.base!.known]) ?? 0, of: asCount(row[m.base!.of]) ?? 0 }
        : { known: 0, of: 0 };
    return out;
  };
}
