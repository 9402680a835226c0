// 总览: key figures of the selected year against the year before, the distribution of unit execution
// rates with the threshold, grades, and the ten lowest executors.
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { aggregateQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { cellKey, cellValue } from '../api/cells';
import { serializeCut, type AggregateRequest } from '../api/client';
import { binEdges, binsFromCumulative, distributionOption, gradeOption } from '../charts/options';
import { AnswerChart, MeasureChart, type Drawing } from '../components/MeasureChart';
import { rateRanking } from './rate-ranking';
import { BriefLinks, Kpi, SameBaseNote } from '../components/Kpi';
import { Empty, QueryState } from '../components/States';
import type { AggregateResponse } from '../api/types';
import { useLang, useT } from '../i18n';
import { scopeCut, yearCut, unitDrilldown } from '../state/cut';

/** Key figures; budget, executed and rate share one base (unit-years stating both), so they agree. */
const KPI_MEASURES = [
  'unit_count',
  'budget_matched',
  'executed_matched',
  'execution_rate',
  'score_median',
] as const;

export default function Overview({ filters, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const threshold = catalog.parameter('threshold', filters.thresholds);

  /** The year and the year before, by year. */
  const twoYears = {
    drilldown: ['year'],
    cut: { ...scopeCut(filters), year: year ? { from: year - 1, to: year } : undefined },
  } satisfies Omit<AggregateRequest, 'measures'>;
  const kpiRequest: AggregateRequest = { measures: [...KPI_MEASURES, 'budget', 'executed'], ...twoYears };
  const sangongRequest: AggregateRequest = { measures: ['sangong_total'], ...twoYears };
  const ratesRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters),
    cut: yearCut(filters, year ?? 0),
    pagesize: 1000,
  };
  const gradesRequest: AggregateRequest = {
    measures: ['unit_year_count'],
    drilldown: ['grade'],
    cut: yearCut(filters, year ?? 0),
  };
  const lowestRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters),
    cut: yearCut(filters, year ?? 0),
    order: ['execution_rate:asc'],
    pagesize: 10,
  };

  const kpis = useQuery({ ...aggregateQuery(kpiRequest), enabled: year !== undefined });
  const sangong = useQuery({ ...aggregateQuery(sangongRequest), enabled: year !== undefined });
  // The histogram is counted by the server: units below each bin edge, at any number of units.
  // The last count, at the parameter's maximum, is every unit whose rate is known at all.
  const ceiling = catalog.model.parameters?.find((p) => p.id === 'threshold')?.max ?? 1000;
  const edges = [...binEdges(), ceiling];
  const below = useQueries({
    queries: edges.map((edge) => ({
      ...aggregateQuery({
        measures: ['units_below_threshold'],
        cut: yearCut(filters, year ?? 0),
        threshold: edge,
      }),
      enabled: year !== undefined,
    })),
  });
  const counts = below.map((q) =>
    q.data?.cells[0] ? cellValue(q.data.cells[0], 'units_below_threshold') : null,
  );
  // One array while the counts stay the same, so the histogram is drawn again only when one changes.
  const belowCounts = useMemo(() => counts, [counts.join(',')]);
  const distributionState = {
    data: below.every((q) => q.data) ? belowCounts : undefined,
    error: below.find((q) => q.error)?.error ?? null,
    isPending: below.some((q) => q.isPending),
    refetch: () => below.forEach((q) => void q.refetch()),
  };
  const rateMeta = catalog.measure('execution_rate');
  const countMeta = catalog.measure('unit_year_count');

  const drawDistribution = (cumulative: (string | number | null)[]): Drawing => {
    const bins = binsFromCumulative(cumulative.slice(0, -1), cumulative[cumulative.length - 1]);
    return {
      empty: bins.every((b) => b.count === 0),
      option: distributionOption({
        bins,
        threshold,
        countLabel: t('overview.units.count'),
        thresholdLabel: t('threshold'),
      }),
      table: {
        columns: [
          { key: 'bin', label: rateMeta.label },
          { key: 'count', label: t('overview.units.count'), format: 'integer' },
        ],
        rows: bins.map((b) => ({ bin: b.label, count: b.count })),
      },
    };
  };

  const drawGrades = ({ cells }: AggregateResponse): Drawing => {
    const byGrade = new Map(cells.map((c) => [cellKey(c, 'grade'), cellValue(c, 'unit_year_count')]));
    const rows = [
      ...catalog.model.grades.map((g, rank) => ({
        category: g.grade,
        label: g.label[lang],
        count: byGrade.get(g.grade) ?? 0,
        rank,
      })),
      ...(byGrade.has('')
        ? [{ category: '', label: t('grade.none'), count: byGrade.get('') ?? 0, rank: null }]
        : []),
    ];
    return {
      option: gradeOption(rows, countMeta.label),
      table: {
        columns: [catalog.column('grade'), { key: 'count', label: countMeta.label, format: 'integer' }],
        rows: rows.map((r) => ({ grade: r.label, count: r.count })),
      },
    };
  };

  if (year === undefined) return <Empty />;
  const row = (data: typeof kpis.data, y: number) => data?.cells.find((c) => Number(c.year) === y);
  const now = row(kpis.data, year);
  const sangongNow = row(sangong.data, year);
  const sangongBefore = row(sangong.data, year - 1);
  const nowCoverage = now ? kpis.data?.coverage?.cells[kpis.data.cells.indexOf(now)] : undefined;
  const sangongCoverage = sangongNow
    ? sangong.data?.coverage?.cells[sangong.data.cells.indexOf(sangongNow)]
    : undefined;
  const coverageOf = (id: string) => {
    const base = catalog.model.measures.find((m) => m.id === id)?.base;
    const c = (id.startsWith('sangong') ? sangongCoverage : nowCoverage)?.[id];
    return base && c ? { ...c, label: base.label[lang] } : undefined;
  };
  const before = row(kpis.data, year - 1);

  return (
    <div className="view">
      <div className="view-head">
        <h2 className="view-title">
          {t('nav.overview')} · {year}
        </h2>
        <BriefLinks year={year} cut={serializeCut(scopeCut(filters))} />
      </div>
      <QueryState query={kpis}>
        {() => (
          <section className="kpis" aria-label={t('nav.overview')}>
            {KPI_MEASURES.map((id) => (
              <Kpi
                key={id}
                meta={catalog.measure(id)}
                value={now ? cellValue(now, id) : null}
                previous={before ? cellValue(before, id) : null}
                coverage={coverageOf(id)}
              />
            ))}
            <Kpi
              meta={catalog.measure('sangong_total')}
              value={sangongNow ? cellValue(sangongNow, 'sangong_total') : null}
              previous={sangongBefore ? cellValue(sangongBefore, 'sangong_total') : null}
              goodWhen="down"
              coverage={coverageOf('sangong_total')}
            />
          </section>
        )}
      </QueryState>
      <QueryState query={kpis}>
        {() => (now && nowCoverage ? <SameBaseNote cell={now} coverage={nowCoverage} /> : null)}
      </QueryState>
      <div className="grid-2">
        <AnswerChart
          id="distribution"
          title={t('overview.distribution')}
          query={distributionState}
          exportRequest={ratesRequest}
          stale={below.some((q) => q.isPlaceholderData)}
          draw={drawDistribution}
          deps={[threshold, lang, rateMeta.label]}
        />
        <MeasureChart
          id="grades"
          title={t('overview.grades')}
          request={gradesRequest}
          draw={drawGrades}
          deps={[lang, catalog, countMeta.label]}
        />
      </div>
      <MeasureChart
        id="lowest"
        title={t('overview.lowest')}
        request={lowestRequest}
        draw={({ cells }) => rateRanking(cells, { catalog, lang, t, threshold }, 32)}
        deps={[rateMeta, threshold, lang, catalog]}
      />
    </div>
  );
}
