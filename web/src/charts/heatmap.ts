// Unit × year heatmaps: one frame (cells by row and year, tooltip, colour pieces, cell labels) for
// the 趋势 execution-rate heatmap and the 数据覆盖 grid.
import { plotNumber, type Lang, type NumericInput } from '../format';
import { WELL_EXECUTED } from '../../../scripts/model/rules';
import { AXIS_LABEL, base, COLORS, FONT_FAMILY, format, nameAxis } from './base';
import type { ChartOption, MeasureMeta } from './types';

export interface HeatCell {
  rowId: string;
  year: number;
  value: NumericInput;
}

/** A unit × year heatmap: cells placed by row and year, a tooltip line, colour pieces, cell labels. */
export function unitYearHeatmap(
  cells: readonly { rowId: string; year: number; value: number | null }[],
  rows: readonly { id: string; label: string }[],
  years: readonly number[],
  spec: {
    lang: Lang;
    name: string;
    tip: (v: number) => string;
    pieces: Record<string, unknown>[];
    cellLabel: (v: number) => string;
    maxRowsLabelled: number;
  },
): ChartOption {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const data: [number, number, number][] = [];
  for (const cell of cells) {
    const x = yearIndex.get(cell.year);
    const y = rowIndex.get(cell.rowId);
    if (x === undefined || y === undefined || cell.value === null) continue;
    data.push([x, y, cell.value]);
  }
  return {
    ...base(),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const [x, y, v] = (p as { value: [number, number, number] }).value;
        return `${rows[y]?.label ?? ''} · ${years[x] ?? ''}<br/>${spec.tip(v)}`;
      },
    },
    grid: { left: 16, right: 24, top: 16, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL, splitArea: { show: true } },
    yAxis: nameAxis(rows.map((r) => r.label)),
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
      textStyle: { fontFamily: FONT_FAMILY },
      pieces: spec.pieces,
    },
    series: [
      {
        type: 'heatmap',
        name: spec.name,
        data,
        label: {
          show: rows.length <= spec.maxRowsLabelled && years.length <= 12,
          fontFamily: FONT_FAMILY,
          formatter: (p: unknown) => spec.cellLabel((p as { value: number[] }).value[2]!),
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}

export function heatmapOption(
  cells: readonly HeatCell[],
  rows: readonly { id: string; label: string }[],
  years: readonly number[],
  measure: MeasureMeta,
  { lang, threshold }: { lang: Lang; threshold: number },
): ChartOption {
  return unitYearHeatmap(
    cells.map((c) => ({ rowId: c.rowId, year: c.year, value: plotNumber(c.value) })),
    rows,
    years,
    {
      lang,
      name: measure.label,
      tip: (v) => `${measure.label}: ${format(measure, v, lang)}`,
      pieces: [
        { lt: threshold, color: COLORS.low, label: `< ${threshold}%` },
        { gte: threshold, lt: WELL_EXECUTED, color: COLORS.warn, label: `${threshold}–${WELL_EXECUTED}%` },
        { gte: WELL_EXECUTED, color: COLORS.good, label: `≥ ${WELL_EXECUTED}%` },
      ],
      cellLabel: (v) => `${Math.round(v)}`,
      maxRowsLabelled: 30,
    },
  );
}
