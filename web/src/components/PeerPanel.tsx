// 单位画像 · 同类比较: for each year, where the unit's key figures stand among units of the same
// department type in the same year, within the chosen region (the catalog's peer percentiles), and
// a chart of the unit's execution rate against its peers' P10, median and P90 over the years.
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { aggregateQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { cellKey, cellValue } from '../api/cells';
import type { AggregateRequest } from '../api/client';
import { trendOption } from '../charts/options';
import { useLang, useT } from '../i18n';
import type { Filters } from '../state/filters';
import { scopeCut } from '../state/cut';
import { ChartPanel } from './Chart';

const PEER_FIGURES = [
  ['execution_rate', 'execution_rate_peer_pct'],
  ['score_median', 'score_peer_pct'],
  ['budget', 'budget_peer_pct'],
  ['executed', 'executed_peer_pct'],
] as const;

export function PeerPanel({
  unitId,
  deptType,
  isDemo,
  years,
  filters,
}: {
  unitId: string;
  deptType: string;
  isDemo: boolean;
  years: number[];
  filters: Filters;
}) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  // Peers: the unit's department type and kind (demo or not) within the chosen region.
  const scope = { ...scopeCut(filters), dept_type: [deptType], demo: [String(isDemo)] };
  const perYear = useQueries({
    queries: years.map((year) =>
      aggregateQuery({
        measures: ['execution_rate', ...PEER_FIGURES.map(([, p]) => p)],
        drilldown: ['unit', 'year'],
        cut: { ...scope, year: [year] },
        pagesize: 1000,
      }),
    ),
  });
  const distributionRequest: AggregateRequest = {
    measures: ['unit_count', 'unit_rate_p10', 'unit_rate_median', 'unit_rate_p90'],
    drilldown: ['year'],
    cut: scope,
  };
  const distribution = useQuery(aggregateQuery(distributionRequest));
  const mine = years.map((year, i) => ({
    year,
    cell: perYear[i]?.data?.cells.find((c) => cellKey(c, 'unit') === unitId),
  }));
  const peersOf = (year: number) => distribution.data?.cells.find((c) => Number(c.year) === year);
  const region = filters.county ?? filters.city ?? filters.province ?? t('peers.nation');

  const chart = useMemo(() => {
    const rate = catalog.measure('execution_rate');
    const points = (get: (year: number) => string | number | null) =>
      new Map(years.map((y) => [y, get(y)] as const));
    const peer = (id: string) => (y: number) => {
      const c = peersOf(y);
      return c ? cellValue(c, id) : null;
    };
    const series = [
      {
        id: 'unit',
        label: t('peers.unit'),
        points: points((y) => {
          const c = mine.find((m) => m.year === y)?.cell;
          return c ? cellValue(c, 'execution_rate') : null;
        }),
      },
      { id: 'p10', label: t('peers.p10'), points: points(peer('unit_rate_p10')) },
      { id: 'median', label: t('peers.median'), points: points(peer('unit_rate_median')) },
      { id: 'p90', label: t('peers.p90'), points: points(peer('unit_rate_p90')) },
    ];
    return {
      option: trendOption(series, years, rate, { lang }),
      table: {
        columns: [
          { key: 'year', label: catalog.dimensionLabel('year') },
          ...series.map((s) => ({ key: s.id, label: s.label, format: 'percent', unit: '%' })),
        ],
        rows: years.map((y) => ({
          year: y,
          ...Object.fromEntries(series.map((s) => [s.id, s.points.get(y) ?? null])),
        })),
      },
    };
    // The queries' data are the inputs; their identities change when they refetch.
  }, [perYear.map((q) => q.dataUpdatedAt).join(','), distribution.data, years.join(','), lang, catalog, t]);

  return (
    <section className="panel peers" data-testid="peers">
      <header className="panel-head">
        <h2>{t('peers.title', { dept: deptType, region })}</h2>
      </header>
      <p className="panel-note">{t('peers.note')}</p>
      <table className="data-table">
        <caption className="sr-only">{t('peers.title', { dept: deptType, region })}</caption>
        <thead>
          <tr>
            <th scope="col">{catalog.dimensionLabel('year')}</th>
            {PEER_FIGURES.map(([, p]) => (
              <th scope="col" key={p}>
                {catalog.measure(p).label}
              </th>
            ))}
            <th scope="col">{t('peers.count')}</th>
          </tr>
        </thead>
        <tbody>
          {[...mine].reverse().map(({ year, cell }) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {PEER_FIGURES.map(([, p]) => {
                const v = cell ? cellValue(cell, p) : null;
                return (
                  <td key={p} className="peer-pct" data-measure={p}>
                    {v === null ? '—' : t('peers.pct', { pct: Math.round(Number(v)) })}
                  </td>
                );
              })}
              <td>{String(peersOf(year)?.unit_count ?? '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChartPanel
        id="peers"
        title={t('peers.chart')}
        option={chart.option}
        table={chart.table}
        exportRequest={distributionRequest}
        height={260}
      />
    </section>
  );
}
