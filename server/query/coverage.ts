// 数据覆盖: which unit-years are in the warehouse and what each holds — the document kinds loaded,
// which key figures are known, how many of its documents were partial — and the same counted per
// region and year, so that a fall in a trend can be told from a fall in the units reporting.
// Statements only; every value bound. Region counts go through the aggregate compiler.

import { findDimension, parameterDefault, UNIT_DIMENSIONS } from '../catalog';
import type { NormalQuery } from './normalise';
import { parseCuts, withDemoDefault, type Cut } from './normalise';
import { cutCondition, Params, type Statement } from './sql';

/** Dimensions coverage can be cut by: the unit's columns, the year and the demo flag. */
export const COVERAGE_CUT_DIMENSIONS: readonly string[] = ['year', ...UNIT_DIMENSIONS];

/** Key figures whose presence each unit-year reports, and the count measure counting them. */
/** `of` names a measure whose base label names the figure (预算数, 自评分 …). */
export const COVERAGE_FIGURES = [
  { id: 'budget', measure: 'budget_known', of: 'budget', sql: 'f.budget IS NOT NULL' },
  { id: 'executed', measure: 'executed_known', of: 'executed', sql: 'f.executed IS NOT NULL' },
  {
    id: 'score',
    measure: 'score_known',
    of: 'score_mean',
    sql: 'coalesce(f.score, f.score_derived) IS NOT NULL',
  },
  { id: 'grade', measure: 'grade_known', of: 'grade_good', sql: 'f.grade IS NOT NULL' },
  { id: 'sangong', measure: 'sangong_known', of: 'sangong_total', sql: 's.total IS NOT NULL' },
] as const;

export interface NormalCoverage {
  cuts: Cut[];
  page: number;
  pagesize: number;
}

/** The coverage request with the demo default; the route checks the cut's dimensions first. */
export function normaliseCoverage(input: {
  cut?: string | undefined;
  page: number;
  pagesize: number;
}): NormalCoverage {
  return { cuts: withDemoDefault(parseCuts(input.cut)), page: input.page, pagesize: input.pagesize };
}

/** The region level the counts are given by: the level below the finest region cut. */
export function regionLevel(cuts: readonly Cut[]): 'province' | 'city' | 'county' {
  if (cuts.some((c) => c.dimension === 'county' || c.dimension === 'city')) return 'county';
  if (cuts.some((c) => c.dimension === 'province')) return 'city';
  return 'province';
}

function where(cuts: readonly Cut[], params: Params, keep: (c: Cut) => boolean = () => true): string {
  const parts = cuts
    .filter(keep)
    .map((c) => cutCondition(findDimension(c.dimension)!.facts.unit_year!.key, c, params));
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/**
 * The units of the cut (any year), paged, with every unit-year of theirs in the cut's years: kinds,
 * key figures known, documents and partial documents. A year a unit skipped has no row.
 */
export function coverageCellsStatement(q: NormalCoverage): Statement {
  const params = new Params();
  const unitWhere = where(q.cuts, params, (c) => c.dimension !== 'year');
  const yearCut = q.cuts.find((c) => c.dimension === 'year');
  const yearWhere = yearCut ? `AND ${cutCondition('f.year', yearCut, params)}` : '';
  const figures = COVERAGE_FIGURES.map((x) => `${x.sql} AS ${x.id}`).join(', ');
  const sql = `WITH page AS (
      SELECT f.unit_id, any_value(f.unit_name) AS unit_name, any_value(f.province) AS province,
             any_value(f.city) AS city, any_value(f.county) AS county, any_value(f.dept_type) AS dept_type,
             any_value(f.is_demo) AS is_demo, count(*) OVER () AS "__total"
      FROM unit_year_facts f ${unitWhere}
      GROUP BY f.unit_id
      ORDER BY province, city, county, unit_name, f.unit_id
      LIMIT ${params.named('limit', q.pagesize)} OFFSET ${params.named('offset', (q.page - 1) * q.pagesize)}),
    docs AS (
      SELECT x.unit_id, x.year, count(DISTINCT x.doc_id) AS documents,
             count(DISTINCT x.doc_id) FILTER (WHERE d.status <> 'ok') AS partial_documents
      FROM facts x JOIN documents d ON d.doc_id = x.doc_id
      WHERE x.unit_id IN (SELECT unit_id FROM page)
      GROUP BY x.unit_id, x.year)
    SELECT p.*, f.year, f.report_kinds AS kinds, ${figures},
           coalesce(k.documents, 0) AS documents, coalesce(k.partial_documents, 0) AS partial_documents
    FROM page p
    LEFT JOIN unit_year_facts f ON f.unit_id = p.unit_id ${yearWhere}
    LEFT JOIN sangong s ON s.unit_id = f.unit_id AND s.year = f.year
    LEFT JOIN docs k ON k.unit_id = f.unit_id AND k.year = f.year
    ORDER BY p.province, p.city, p.county, p.unit_name, p.unit_id, f.year`;
  return { sql, params: params.values };
}

/** The years in the cut that hold any unit-year (the columns of the unit × year grid). */
export function coverageYearsStatement(q: NormalCoverage): Statement {
  const params = new Params();
  return {
    sql: `SELECT DISTINCT f.year FROM unit_year_facts f ${where(q.cuts, params)} ORDER BY f.year`,
    params: params.values,
  };
}

/** Documents not tied to a unit-year's figures: partial (read, but no unit or year) and quarantined. */
export function coverageDocumentsStatement(q: NormalCoverage): Statement {
  const params = new Params();
  const demo = q.cuts.find((c) => c.dimension === 'demo');
  const cond = demo ? `WHERE ${cutCondition('d.is_demo', demo, params)}` : '';
  return {
    sql: `SELECT count(*) AS documents,
            count(*) FILTER (WHERE d.status = 'partial') AS partial,
            count(*) FILTER (WHERE d.status = 'partial' AND d.reason ILIKE '%unrecognised%') AS unrecognised,
            count(*) FILTER (WHERE d.status = 'quarantined') AS quarantined
          FROM documents d ${cond}`,
    params: params.values,
  };
}

/** The aggregate query counting, per region and year, unit-years and the key figures known. */
export function coverageRegionQuery(q: NormalCoverage): NormalQuery {
  const level = regionLevel(q.cuts);
  return {
    measures: ['unit_year_count', ...COVERAGE_FIGURES.map((x) => x.measure)],
    drilldown: [level, 'year'],
    cuts: q.cuts,
    order: [
      { key: level, direction: 'asc' },
      { key: 'year', direction: 'asc' },
    ],
    page: 1,
    pagesize: 100_000,
    threshold: parameterDefault('threshold'),
  };
}

/** Units per region that report in any year of the cut: the denominator of "units reporting". */
export function coverageUniverseQuery(q: NormalCoverage): NormalQuery {
  const level = regionLevel(q.cuts);
  return {
    measures: ['unit_count'],
    drilldown: [level],
    cuts: q.cuts,
    order: [{ key: level, direction: 'asc' }],
    page: 1,
    pagesize: 100_000,
    threshold: parameterDefault('threshold'),
  };
}
