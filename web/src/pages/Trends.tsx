// 趋势: any measure over the years, as lines for the chosen units (or, with none chosen, for the
// regions one level below the current region filter), and a unit × year heatmap of execution rates
// that shows who is persistently low.
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { aggregateQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { cellKey, cellLabel, cellValue, hasValues, unitLabel } from '../api/cells';
import { serializeCut, type AggregateRequest } from '../api/client';
import { heatmapOption, trendOption, type TrendSeries } from '../charts/options';
import { MeasureChart, type Drawing } from '../components/MeasureChart';
import { CoverageWarnings } from '../components/CoverageWarnings';
import { Select } from '../components/Select';
import { Empty, Loading } from '../components/States';
import { useLang, useT } from '../i18n';
import { rangeCut, withUnits, unitDrilldown } from '../state/cut';
import type { Filters } from '../state/filters';
import type { AggregateResponse, DimensionId } from '../api/types';

/** Measures that can be drawn per unit and year (unit-year and 三公 facts). */
const TREND_FACTS = new Set(['unit_year', 'sangong', 'project']);
const HEATMAP_ROWS = 30;

/** Lines per chosen unit, else per region one level below the region filter. */
export function seriesDimension(filters: Filters): DimensionId {
  if (filters.units.length) return 'unit';
  if (filters.county) return 'unit';
  if (filters.city) return 'county';
  if (filters.province) return 'city';
  return 'province';
}

export default function Trends({ filters, update }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const measureId = catalog.model.measures.find((m) => m.id === filters.measure)?.id ?? 'execution_rate';
  const measure = catalog.measure(measureId);
  const threshold = catalog.parameter('threshold', filters.thresholds);
  const dimension = seriesDimension(filters);
  const measureOptions = catalog.model.measures.filter((m) => !m.fact || TREND_FACTS.has(m.fact));

  const linesRequest: AggregateRequest = {
    measures: [measureId],
    drilldown: dimension === 'unit' ? unitDrilldown(filters, 'year') : ['year', dimension],
    cut: withUnits(rangeCut(filters), filters.units),
    pagesize: 1000,
  };
  const lowestRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters),
    cut: rangeCut(filters),
    order: ['execution_rate:asc'],
    pagesize: HEATMAP_ROWS,
  };
  const lowest = useQuery({ ...aggregateQuery(lowestRequest), enabled: filters.units.length === 0 });
  const heatUnits = filters.units.length
    ? filters.units
    : (lowest.data?.cells ?? []).map((c) => cellKey(c, 'unit'));
  const heatRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters, 'year'),
    cut: withUnits(rangeCut(filters), heatUnits),
    pagesize: 1000,
  };
  const demo = t('demo.mark');

  const drawLines = ({ cells }: AggregateResponse): Drawing => {
    const years = [...new Set(cells.map((c) => Number(c.year)))].sort((a, b) => a - b);
    const bySeries = new Map<string, TrendSeries & { points: Map<number, string | number | null> }>();
    for (const c of cells) {
      const key = cellKey(c, dimension);
      let series = bySeries.get(key);
      if (!series) {
        series = {
          id: key,
          label: (dimension === 'unit' ? unitLabel(c, demo) : cellLabel(c, dimension)) || '—',
          points: new Map(),
        };
        bySeries.set(key, series);
      }
      series.points.set(Number(c.year), cellValue(c, measureId));
    }
    const series = [...bySeries.values()].slice(0, 20);
    return {
      empty: !hasValues(cells, measureId),
      option: trendOption(series, years, measure, {
        lang,
        ...(measureId === 'execution_rate' ? { threshold } : {}),
      }),
      table: {
        columns: [catalog.column(dimension), catalog.column('year'), catalog.column(measureId)],
        rows: cells.map((c) => ({
          [dimension]: cellLabel(c, dimension),
          year: c.year,
          [measureId]: cellValue(c, measureId),
        })),
      },
    };
  };

  const drawHeat = ({ cells }: AggregateResponse): Drawing => {
    const years = [...new Set(cells.map((c) => Number(c.year)))].sort((a, b) => a - b);
    const labels = new Map(cells.map((c) => [cellKey(c, 'unit'), unitLabel(c, demo)]));
    const rows = heatUnits.filter((u) => labels.has(u)).map((u) => ({ id: u, label: labels.get(u)! }));
    return {
      empty: !hasValues(cells, 'execution_rate'),
      option: heatmapOption(
        cells.map((c) => ({
          rowId: cellKey(c, 'unit'),
          year: Number(c.year),
          value: cellValue(c, 'execution_rate'),
        })),
        rows,
        years,
        catalog.measure('execution_rate'),
        { lang, threshold },
      ),
      table: {
        columns: [catalog.column('unit'), catalog.column('year'), catalog.column('execution_rate')],
        rows: cells.map((c) => ({
          unit: unitLabel(c, demo),
          year: c.year,
          execution_rate: cellValue(c, 'execution_rate'),
        })),
      },
      height: Math.max(220, 90 + rows.length * 26),
      note: filters.units.length ? undefined : t('trends.pickUnits'),
    };
  };

  return (
    <div className="view">
      <h2 className="view-title">{t('nav.trends')}</h2>
      <CoverageWarnings cut={serializeCut(withUnits(rangeCut(filters), filters.units))} />
      <div className="view-controls">
        <Select
          name="measure"
          label={t('trends.measure')}
          value={measureId}
          options={measureOptions.map((m) => ({ value: m.id, label: m.label[lang] }))}
          onChange={(measure) => update({ measure })}
        />
        <p className="hint">
          {t('trends.by')}: {catalog.dimensionLabel(dimension)}
        </p>
      </div>
      <MeasureChart
        id="trend"
        title={`${measure.label} · ${t('trends.lines')}`}
        request={linesRequest}
        height={360}
        draw={drawLines}
        deps={[dimension, measureId, lang, threshold, catalog]}
      />
      {heatUnits.length === 0 ? (
        lowest.isPending && filters.units.length === 0 ? (
          <Loading />
        ) : (
          <Empty />
        )
      ) : (
        <MeasureChart
          id="heatmap"
          title={t('trends.heatmap')}
          request={heatRequest}
          draw={drawHeat}
          deps={[heatUnits.join(','), lang, threshold, catalog]}
        />
      )}
    </div>
  );
}
