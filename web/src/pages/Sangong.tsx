// 三公经费: the parts stacked over the years, each unit's change against the year before (ranked; a
// rise is flagged, since these expenses should only fall), and the control rate against budget.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { aggregateQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { cellKey, cellsLeftOut, cellValue, unitLabel } from '../api/cells';
import type { AggregateRequest } from '../api/client';
import { changeOption, rankingOption, stackedPartsOption } from '../charts/options';
import { ChartPanel } from '../components/Chart';
import { Empty, QueryState } from '../components/States';
import { useLang, useT } from '../i18n';
import { scopeCut, withUnits, yearCut, unitDrilldown } from '../state/cut';

const PARTS = [
  'sangong_abroad',
  'sangong_vehicle_purchase',
  'sangong_vehicle_operation',
  'sangong_reception',
] as const;
const RANKING_SIZE = 40;

export default function Sangong({ filters, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const parts = PARTS.filter((id) => catalog.model.measures.some((m) => m.id === id));

  const partsRequest: AggregateRequest = {
    measures: [...parts, 'sangong_total'],
    drilldown: ['year'],
    cut: withUnits(scopeCut(filters), filters.units),
  };
  const cut = withUnits(yearCut(filters, year ?? 0), filters.units);
  const yoyRequest: AggregateRequest = {
    measures: ['sangong_change_pct', 'sangong_change', 'sangong_total', 'sangong_prev_total'],
    drilldown: unitDrilldown(filters),
    cut,
    order: ['sangong_change_pct:desc'],
    pagesize: 1000,
  };
  const controlRequest: AggregateRequest = {
    measures: ['sangong_control_rate', 'sangong_total', 'sangong_budget'],
    drilldown: unitDrilldown(filters),
    cut,
    order: ['sangong_control_rate:desc'],
    pagesize: RANKING_SIZE,
  };
  const enabled = year !== undefined;
  const partsQuery = useQuery(aggregateQuery(partsRequest));
  const yoy = useQuery({ ...aggregateQuery(yoyRequest), enabled });
  const control = useQuery({ ...aggregateQuery(controlRequest), enabled });

  const partsChart = useMemo(() => {
    const cells = partsQuery.data?.cells ?? [];
    const years = cells.map((c) => Number(c.year)).sort((a, b) => a - b);
    return {
      option: stackedPartsOption(
        years,
        parts.map((id) => ({
          meta: catalog.measure(id),
          values: new Map(cells.map((c) => [Number(c.year), cellValue(c, id)])),
        })),
        { lang, unitLabel: catalog.measure('sangong_total').unit ?? '万元' },
      ),
      table: {
        columns: [
          catalog.column('year'),
          ...parts.map((id) => catalog.column(id)),
          catalog.column('sangong_total'),
        ],
        rows: cells.map((c) =>
          Object.fromEntries([
            ['year', c.year],
            ...[...parts, 'sangong_total'].map((id) => [id, cellValue(c, id)]),
          ]),
        ),
      },
    };
  }, [partsQuery.data, parts, lang, catalog]);

  const yoyChart = useMemo(() => {
    const cells = (yoy.data?.cells ?? []).filter((c) => cellValue(c, 'sangong_change_pct') !== null);
    const items = cells.map((c) => ({
      id: cellKey(c, 'unit'),
      label: unitLabel(c, t('demo.mark')),
      change: cellValue(c, 'sangong_change_pct'),
    }));
    return {
      option: changeOption(items.slice(0, RANKING_SIZE), catalog.measure('sangong_change_pct'), { lang }),
      table: {
        columns: ['unit', 'sangong_prev_total', 'sangong_total', 'sangong_change', 'sangong_change_pct'].map(
          (id) => catalog.column(id),
        ),
        rows: cells.map((c) => ({
          unit: unitLabel(c, t('demo.mark')),
          sangong_prev_total: cellValue(c, 'sangong_prev_total'),
          sangong_total: cellValue(c, 'sangong_total'),
          sangong_change: cellValue(c, 'sangong_change'),
          sangong_change_pct: cellValue(c, 'sangong_change_pct'),
        })),
      },
      count: Math.min(items.length, RANKING_SIZE),
    };
  }, [yoy.data, lang, catalog]);

  const controlChart = useMemo(() => {
    const cells = (control.data?.cells ?? []).filter((c) => cellValue(c, 'sangong_control_rate') !== null);
    const items = cells.map((c) => ({
      id: cellKey(c, 'unit'),
      label: unitLabel(c, t('demo.mark')),
      value: cellValue(c, 'sangong_control_rate'),
    }));
    return {
      option: rankingOption(
        {
          items,
          measure: catalog.measure('sangong_control_rate'),
          threshold: 100,
          thresholdLabel: '',
          flag: 'above',
        },
        { lang },
      ),
      table: {
        columns: ['unit', 'sangong_budget', 'sangong_total', 'sangong_control_rate'].map((id) =>
          catalog.column(id),
        ),
        rows: cells.map((c) => ({
          unit: unitLabel(c, t('demo.mark')),
          sangong_budget: cellValue(c, 'sangong_budget'),
          sangong_total: cellValue(c, 'sangong_total'),
          sangong_control_rate: cellValue(c, 'sangong_control_rate'),
        })),
      },
      count: items.length,
    };
  }, [control.data, lang, catalog]);

  if (year === undefined) return <Empty />;
  return (
    <div className="view">
      <h2 className="view-title">
        {t('nav.sangong')} · {year}
      </h2>
      <QueryState query={partsQuery} isEmpty={(d) => d.cells.length === 0}>
        {() => (
          <ChartPanel
            id="sangong-parts"
            title={t('sangong.parts')}
            option={partsChart.option}
            table={partsChart.table}
            exportRequest={partsRequest}
            height={340}
            stale={partsQuery.isPlaceholderData}
          />
        )}
      </QueryState>
      <div className="grid-2">
        <QueryState query={yoy} isEmpty={() => yoyChart.count === 0} emptyText={t('sangong.yoyEmpty')}>
          {() => (
            <ChartPanel
              id="sangong-yoy"
              title={t('sangong.yoy')}
              note={
                cellsLeftOut(yoy.data)
                  ? `${t('sangong.riseNote')} ${t('note.truncated', { n: yoy.data!.cells.length, total: yoy.data!.total_cell_count })}`
                  : t('sangong.riseNote')
              }
              option={yoyChart.option}
              table={yoyChart.table}
              exportRequest={yoyRequest}
              height={Math.max(200, 40 + yoyChart.count * 28)}
              stale={yoy.isPlaceholderData}
            />
          )}
        </QueryState>
        <QueryState
          query={control}
          isEmpty={() => controlChart.count === 0}
          emptyText={t('sangong.controlEmpty')}
        >
          {() => (
            <ChartPanel
              id="sangong-control"
              title={t('sangong.control')}
              option={controlChart.option}
              table={controlChart.table}
              exportRequest={controlRequest}
              height={Math.max(200, 40 + controlChart.count * 28)}
              stale={control.isPlaceholderData}
            />
          )}
        </QueryState>
      </div>
    </div>
  );
}
