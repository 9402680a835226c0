// The statements behind the 年度分析简报 (annual brief) of a year and a region: key figures against
// the year before on one base, the lowest executors, 三公经费 by year and the units whose 三公 rose,
// self-evaluations that look too good, findings by code, coverage — all through the aggregate and
// alert compilers — and the source documents each figure comes from. Every value bound.

import { DEFAULTS } from '../../scripts/model/rules';
import { compileAlerts, normaliseAlerts } from './alerts';
import { compileAggregate, type RollupGrains } from './compile';
import type { Cut, NormalQuery } from './normalise';
import { cutCondition, Params, type Statement } from './sql';
import { findDimension } from '../catalog';
import type { AlertsParams } from './schema';

export const KEY_MEASURES = [
  'unit_year_count',
  'budget_matched',
  'executed_matched',
  'execution_rate',
  'budget',
  'executed',
  'score_median',
] as const;
export const SANGONG_MEASURES = [
  'sangong_total',
  'sangong_prev_total',
  'sangong_change_pct',
  'sangong_known',
] as const;
export const LOWEST = 8;
/** Years of 三公经费 the brief's chart shows, the brief's year last. */
export const SANGONG_YEARS = 5;

function aggregate(
  measures: readonly string[],
  drilldown: string[],
  cuts: Cut[],
  order: NormalQuery['order'] = drilldown.map((key) => ({ key, direction: 'asc' as const })),
  pagesize = 1000,
): NormalQuery {
  return {
    measures: [...measures],
    drilldown,
    cuts,
    order,
    page: 1,
    pagesize,
    threshold: DEFAULTS.threshold,
  };
}

const yearRange = (from: number, to: number): Cut => ({ dimension: 'year', op: 'range', from, to });
const oneYear = (year: number): Cut => ({ dimension: 'year', op: 'in', values: [year] });

/** The aggregate queries of the brief, by name; `scope` holds the region, department and demo cuts. */
export function briefQueries(year: number, scope: Cut[]) {
  return {
    key: aggregate(KEY_MEASURES, ['year'], [...scope, yearRange(year - 1, year)]),
    lowest: aggregate(
      ['execution_rate', 'budget', 'executed'],
      ['unit'],
      [...scope, oneYear(year)],
      [{ key: 'execution_rate', direction: 'asc' }],
      LOWEST,
    ),
    sangong: aggregate(SANGONG_MEASURES, ['year'], [...scope, yearRange(year - SANGONG_YEARS + 1, year)]),
    findings: aggregate(
      ['finding_count'],
      ['finding_code'],
      [...scope, oneYear(year)],
      [{ key: 'finding_count', direction: 'desc' }],
    ),
  };
}

export type BriefQueries = ReturnType<typeof briefQueries>;

/** The statements of the brief's aggregates (cells only; coverage counts come with the measures). */
export function briefStatements(
  queries: BriefQueries,
  grains: RollupGrains,
): Record<keyof BriefQueries, Statement> {
  return {
    key: compileAggregate(queries.key, grains).cells,
    lowest: compileAggregate(queries.lowest, grains).cells,
    sangong: compileAggregate(queries.sangong, grains).cells,
    findings: compileAggregate(queries.findings, grains).cells,
  };
}

/** The alert rules the brief lists: 三公 that rose, and high self-scores next to low execution. */
export function briefAlertStatements(year: number, scope: Cut[], limit = 10): Statement[] {
  const params = DEFAULTS;
  return ['sangong_rise', 'high_score_low_execution'].map((rule) => {
    const input = { ...params, year, limit, offset: 0, rule } as AlertsParams;
    const p = { ...normaliseAlerts(input, year), cuts: scope };
    return compileAlerts(p)[0]!.entries;
  });
}

/**
 * The documents behind the figures of some unit-years: the file names whose facts of `subject`
 * (unit_year or sangong) were kept, per unit and year.
 */
export function sourceFilesStatement(
  subject: 'unit_year' | 'sangong',
  year: number,
  unitIds: string[],
): Statement {
  const params = new Params();
  const ids = unitIds.length ? unitIds.map((id) => params.bind(id)).join(', ') : 'NULL';
  return {
    sql: `SELECT x.unit_id, string_agg(DISTINCT d.file_name, '、' ORDER BY d.file_name) AS files
          FROM facts x JOIN documents d ON d.doc_id = x.doc_id
          WHERE x.chosen AND x.subject = ${params.bind(subject)} AND x.year = ${params.bind(year)}
            AND x.unit_id IN (${ids})
          GROUP BY x.unit_id`,
    params: params.values,
  };
}

/**
 * The documents behind a year's aggregate figures in the scope: how many, of which kinds, and the
 * first few file names, from the unit-year facts kept for the unit-years the cuts select.
 */
export function aggregateSourcesStatement(years: number[], scope: Cut[]): Statement {
  const params = new Params();
  const where = scope.map((c) => cutCondition(findDimension(c.dimension)!.facts.unit_year!.key, c, params));
  const yearList = years.map((y) => params.bind(y)).join(', ');
  return {
    sql: `SELECT x.year, count(DISTINCT x.doc_id) AS documents,
            list(DISTINCT d.file_name ORDER BY d.file_name)[1:3] AS examples
          FROM facts x
          JOIN unit_year_facts f ON f.unit_id = x.unit_id AND f.year = x.year
          JOIN documents d ON d.doc_id = x.doc_id
          WHERE x.chosen AND x.subject IN ('unit_year', 'sangong') AND x.year IN (${yearList})
            ${where.length ? `AND ${where.join(' AND ')}` : ''}
          GROUP BY x.year ORDER BY x.year`,
    params: params.values,
  };
}

/** The latest year in the scope. */
export function latestBriefYear(scope: Cut[]): Statement {
  const params = new Params();
  const where = scope.map((c) => cutCondition(findDimension(c.dimension)!.facts.unit_year!.key, c, params));
  return {
    sql: `SELECT max(f.year) AS year FROM unit_year_facts f${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params: params.values,
  };
}
