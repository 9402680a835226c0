// The figures of the annual brief, gathered from the warehouse with the brief's statements
// (server/query/brief.ts), each with the footnote naming where it comes from: the documents of a
// unit-year, or for a total the documents behind the year's unit-years and the aggregate query.

import Decimal from 'decimal.js';
import { findingLabel, findMeasure, parameterDefault } from '../catalog';
import type { Parallel, Row, WarehouseInfo } from '../db/warehouse';
import {
  aggregateSourcesStatement,
  briefAlertStatements,
  briefQueries,
  briefStatements,
  sourceFilesStatement,
} from '../query/brief';
import { coverageOf, coverageQuery } from '../query/coverage-cells';
import { compileAggregate } from '../query/compile';
import { cutString, type Cut } from '../query/normalise';
import { keyFiguresChart, lowestChart, sangongChart, type ChartSvg } from './charts';

export const amount = (v: unknown) =>
  v === null || v === undefined ? '—' : `${groupThousands(new Decimal(String(v)).toFixed(2))}万元`;
export const rate = (v: unknown) =>
  v === null || v === undefined ? '—' : `${new Decimal(String(v)).toFixed(2)}%`;
export const score = (v: unknown) =>
  v === null || v === undefined ? '—' : `${new Decimal(String(v)).toString()}分`;

function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** A line of figures and the footnote naming its source. */
export interface Sourced<T> {
  value: T;
  source: string;
}

export interface BriefData {
  year: number;
  scope: string;
  key: Sourced<{ label: string; now: string; before: string; change: string }>[];
  sameBase: string;
  lowest: Sourced<{ unit: string; rate: string; budget: string; executed: string }>[];
  sangongYears: Sourced<{ year: number; total: string; prev: string; change: string }>[];
  risers: Sourced<{ unit: string; total: string; prev: string; change: string }>[];
  tooGood: Sourced<{ unit: string; score: string; grade: string; rate: string }>[];
  findings: Sourced<{ label: string; count: number }>[];
  coverage: Sourced<{ year: number; reported: number; budget: number; executed: number }>[];
  charts: ChartSvg[];
  /** The raw values of the brief's year, for checking against /api/aggregate. */
  values: Record<string, string | number | null>;
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function change(now: unknown, before: unknown, kind: 'amount' | 'rate' | 'score'): string {
  if (now === null || now === undefined || before === null || before === undefined) return '—';
  const d = new Decimal(String(now)).minus(String(before));
  const sign = d.isNegative() ? '' : '+';
  if (kind === 'rate') return `${sign}${d.toFixed(2)}个百分点`;
  if (kind === 'score') return `${sign}${d.toString()}分`;
  return `${sign}${amount(d.toString())}`;
}

export async function gatherBrief(
  parallel: Parallel,
  info: WarehouseInfo,
  year: number,
  scope: Cut[],
): Promise<BriefData> {
  const queries = briefQueries(year, scope);
  const statements = briefStatements(queries, info.rollups);
  const [key, lowest, sangong, findings, risers, tooGood, sources] = await parallel([
    statements.key,
    statements.lowest,
    statements.sangong,
    statements.findings,
    ...briefAlertStatements(year, scope, 5),
    aggregateSourcesStatement([year - 1, year], scope),
  ]);
  const keyCoverageQuery = coverageQuery(queries.key, key!)!;
  const [keyCoverage, lowestFiles, riserFiles, goodFiles] = await parallel([
    compileAggregate(keyCoverageQuery, info.rollups).cells,
    sourceFilesStatement(
      'unit_year',
      year,
      lowest!.map((r) => String(r.unit)),
    ),
    sourceFilesStatement(
      'sangong',
      year,
      risers!.map((r) => String(r.unit_id)),
    ),
    sourceFilesStatement(
      'unit_year',
      year,
      tooGood!.map((r) => String(r.unit_id)),
    ),
  ]);
  const coverage = coverageOf(queries.key, keyCoverage!, ['year']);
  const byYear = (rows: Row[], y: number) => rows.find((r) => Number(r.year) === y) ?? {};
  const now = byYear(key!, year);
  const before = byYear(key!, year - 1);
  const nowCov = coverage(now as Row);
  const src = (y: number) => byYear(sources!, y);
  const files = (rows: Row[]) => new Map(rows.map((r) => [String(r.unit_id), String(r.files)]));
  const aggregateSource = (y: number, known: unknown, of: unknown) => {
    const s = src(y);
    const example = Array.isArray(s.examples) ? String(s.examples[0] ?? '') : '';
    return `来源：${y}年度${String(s.documents ?? 0)}份报告（如${example}等）汇总，${String(known)}/${String(of)}个单位年度`;
  };
  const sourceOfKey = (id: string) => {
    const c = nowCov[id] ?? { known: now.unit_year_count, of: now.unit_year_count };
    return aggregateSource(year, c.known, c.of);
  };
  const keyRows: BriefData['key'] = [
    [
      'unit_year_count',
      '报告单位（单位年度）',
      (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}个`),
      'count',
    ],
    ['budget_matched', findMeasure('budget_matched')!.label.zh, amount, 'amount'],
    ['executed_matched', findMeasure('executed_matched')!.label.zh, amount, 'amount'],
    ['execution_rate', findMeasure('execution_rate')!.label.zh, rate, 'rate'],
    ['score_median', findMeasure('score_median')!.label.zh, score, 'score'],
  ].map(([id, label, fmt, kind]) => {
    const f = fmt as (v: unknown) => string;
    const k = kind as string;
    return {
      value: {
        label: label as string,
        now: f(now[id as string]),
        before: f(before[id as string]),
        change:
          k === 'count'
            ? change(now[id as string], before[id as string], 'score').replace('分', '个')
            : change(now[id as string], before[id as string], k as 'amount'),
      },
      source: sourceOfKey(id as string),
    };
  });
  const rc = nowCov.execution_rate ?? { known: 0, of: 0 };
  const sameBase =
    `预算数、执行数与预算执行率同口径：只计同时填报预算数与执行数的${rc.known}/${rc.of}个单位年度。` +
    `全部填报执行数的${nowCov.executed?.known ?? 0}个单位年度执行数合计${amount(now.executed)}，` +
    `填报预算数的${nowCov.budget?.known ?? 0}个合计${amount(now.budget)}，二者口径不同，不可直接相比。`;
  const lowestFilesBy = files(lowestFiles!);
  const riserFilesBy = files(riserFiles!);
  const goodFilesBy = files(goodFiles!);
  const sangongYears = (sangong ?? []).map((r) => ({
    value: {
      year: Number(r.year),
      total: amount(r.sangong_total),
      prev: amount(r.sangong_prev_total),
      change: rate(r.sangong_change_pct),
    },
    source: `来源：${String(r.year)}年度各单位部门决算、“三公”经费说明汇总，${String(r.sangong_known ?? '—')}个单位`,
  }));
  const threshold = parameterDefault('threshold');
  const charts = [
    keyFiguresChart(
      `图1 预算数与执行数（同口径，万元）`,
      [year - 1, year],
      [
        { name: '预算数（同口径）', values: [str(before.budget_matched), str(now.budget_matched)] },
        { name: '执行数（同口径）', values: [str(before.executed_matched), str(now.executed_matched)] },
      ],
    ),
    lowestChart(
      `图2 预算执行率最低的单位（${year}年）`,
      lowest!.map((r) => ({ label: String(r['unit.label']), rate: str(r.execution_rate) })),
      threshold,
    ),
    sangongChart(
      `图3 三公经费（万元）`,
      (sangong ?? []).map((r) => Number(r.year)),
      (sangong ?? []).map((r) => str(r.sangong_total)),
    ),
  ];
  return {
    year,
    scope: cutString(scope),
    key: keyRows,
    sameBase,
    lowest: lowest!.map((r) => ({
      value: {
        unit: String(r['unit.label']),
        rate: rate(r.execution_rate),
        budget: amount(r.budget),
        executed: amount(r.executed),
      },
      source: `来源：${lowestFilesBy.get(String(r.unit)) ?? '—'}（${String(r['unit.label'])}，${year}年度）`,
    })),
    sangongYears,
    risers: risers!.map((r) => ({
      value: {
        unit: String(r.unit_name),
        total: amount(r.total),
        prev: amount(r.prev_total),
        change: amount(r.change),
      },
      source: `来源：${riserFilesBy.get(String(r.unit_id)) ?? '—'}（${String(r.unit_name)}，${year}年度；上年数取报告所述或该单位上年报告）`,
    })),
    tooGood: tooGood!.map((r) => ({
      value: {
        unit: String(r.unit_name),
        score: score(r.score),
        grade: String(r.grade ?? '—'),
        rate: rate(r.execution_rate),
      },
      source: `来源：${goodFilesBy.get(String(r.unit_id)) ?? '—'}（${String(r.unit_name)}，${year}年度）`,
    })),
    findings: findings!.map((r) => ({
      value: { label: findingLabel(String(r.finding_code)).zh, count: Number(r.finding_count) },
      source: `来源：${year}年度入库文件的数据核验结果`,
    })),
    coverage: [year - 1, year].map((y) => {
      const row = byYear(key!, y);
      const c = coverage(row as Row);
      return {
        value: {
          year: y,
          reported: Number(row.unit_year_count ?? 0),
          budget: Number(c.budget?.known ?? 0),
          executed: Number(c.executed?.known ?? 0),
        },
        source: aggregateSource(y, row.unit_year_count ?? 0, row.unit_year_count ?? 0),
      };
    }),
    charts,
    values: Object.fromEntries(
      Object.entries(now).map(([k, v]) => [k, v === null || typeof v === 'number' ? v : String(v)]),
    ),
  };
}
