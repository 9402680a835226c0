// Chart-option builders: rows from the API plus catalog metadata → an ECharts option. Pure functions
// (no DOM, no fetching), so their output is tested directly. Values are plotted as numbers; every
// label and tooltip text goes through the format module.
import { formatValue, plotNumber, type Lang, type NumericInput } from '../format';
import type { ChartOption, MeasureMeta } from './types';

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const COLORS = {
  primary: '#2f6fb3',
  secondary: '#8fb4dc',
  low: '#d1495b',
  warn: '#edae49',
  good: '#3b9d6a',
  muted: '#9aa5b1',
  highlight: 'rgba(209, 73, 91, 0.10)',
  palette: [
    '#2f6fb3',
    '#edae49',
    '#3b9d6a',
    '#d1495b',
    '#7b5ea7',
    '#00798c',
    '#b5651d',
    '#6c757d',
    '#e07a5f',
    '#81b29a',
  ],
};

export const AXIS_LABEL = { fontFamily: FONT_FAMILY, color: '#445' };

/** A category axis of names (units, projects) listed top to bottom, long names cut to `width` px. */
export function nameAxis(names: string[], width = 230) {
  return {
    type: 'category' as const,
    inverse: true,
    data: names,
    axisLabel: { ...AXIS_LABEL, width, overflow: 'truncate' as const },
  };
}

export function base(lang: Lang): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    color: COLORS.palette,
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    tooltip: { trigger: 'axis', confine: true },
    grid: { left: 16, right: 24, top: 40, bottom: 24, containLabel: true },
    ...(lang === 'en' ? {} : {}),
  };
}

/** An axis name centred under a horizontal value axis (at the end it would be cut off). */
function bottomName(name: string) {
  return {
    name,
    nameLocation: 'middle' as const,
    nameGap: 28,
    nameTextStyle: { fontFamily: FONT_FAMILY, color: '#5f6b7a' },
  };
}

function format(meta: MeasureMeta, value: NumericInput, lang: Lang): string {
  return formatValue(value, meta.format, meta.unit, lang);
}

/** Short axis labels: amounts keep 万元 numbers with separators, rates get a %. */
function isRate(meta: MeasureMeta): boolean {
  return meta.unit === '%' || meta.format === 'rate' || meta.format === 'percent';
}

function axisFormatter(meta: MeasureMeta): (value: number) => string {
  return (value: number) => (isRate(meta) ? `${value}%` : value.toLocaleString('zh-CN'));
}

// ───────────────────────── distribution of per-unit execution rates

export interface HistogramBin {
  label: string;
  from: number;
  to: number | null;
  count: number;
}

/** Bins rates (percentages) by `width` from 0 up to `top`; everything at or above `top` in the last bin. */
export function binRates(values: readonly NumericInput[], width = 10, top = 100): HistogramBin[] {
  const bins: HistogramBin[] = [];
  for (let from = 0; from < top; from += width)
    bins.push({ label: `${from}–${from + width}%`, from, to: from + width, count: 0 });
  bins.push({ label: `≥${top}%`, from: top, to: null, count: 0 });
  for (const raw of values) {
    const value = plotNumber(raw);
    if (value === null) continue;
    const index = value >= top ? bins.length - 1 : Math.max(0, Math.floor(value / width));
    bins[index]!.count += 1;
  }
  return bins;
}

/** Upper edges of the histogram bins: 10, 20, … 100 (%). */
export function binEdges(width = 10, top = 100): number[] {
  const edges: number[] = [];
  for (let edge = width; edge <= top; edge += width) edges.push(edge);
  return edges;
}

/**
 * Bins from cumulative counts: `below[i]` units have a rate under `edges[i]`, `total` have a rate at all.
 * This lets the server count (exactly, at any number of units) and the chart only subtract.
 */
export function binsFromCumulative(
  below: readonly NumericInput[],
  total: NumericInput,
  width = 10,
  top = 100,
): HistogramBin[] {
  const edges = binEdges(width, top);
  const counts = edges.map((_, i) => plotNumber(below[i]) ?? 0);
  const bins: HistogramBin[] = edges.map((edge, i) => ({
    label: `${edge - width}–${edge}%`,
    from: edge - width,
    to: edge,
    count: Math.max(0, counts[i]! - (i > 0 ? counts[i - 1]! : 0)),
  }));
  bins.push({
    label: `≥${top}%`,
    from: top,
    to: null,
    count: Math.max(0, (plotNumber(total) ?? 0) - (counts[counts.length - 1] ?? 0)),
  });
  return bins;
}

export interface DistributionInput {
  bins: readonly HistogramBin[];
  threshold: number;
  countLabel: string;
  thresholdLabel: string;
}

export function distributionOption(input: DistributionInput, { lang }: { lang: Lang }): ChartOption {
  const bins = input.bins;
  const top = bins[bins.length - 1]!.from;
  const width = bins[0] ? (bins[0].to ?? top) - bins[0].from : 10;
  return {
    ...base(lang),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const bin = bins[(p as { dataIndex: number }).dataIndex];
        return bin ? `${bin.label}<br/>${input.countLabel}: ${bin.count}` : '';
      },
    },
    grid: { left: 16, right: 24, top: 40, bottom: 16, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: top + width,
      interval: width,
      axisLabel: {
        ...AXIS_LABEL,
        formatter: (v: number) => (v >= top + width ? '' : v === top ? `≥${v}%` : `${v}%`),
      },
      splitLine: { show: false },
    },
    yAxis: { type: 'value', name: input.countLabel, minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: input.countLabel,
        barWidth: '92%',
        data: bins.map((b) => ({
          value: [b.from + width / 2, b.count],
          itemStyle: { color: b.to !== null && b.to <= input.threshold ? COLORS.low : COLORS.primary },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: COLORS.low, type: 'dashed', width: 2 },
          label: { formatter: `${input.thresholdLabel} ${input.threshold}%`, fontFamily: FONT_FAMILY },
          data: [{ xAxis: input.threshold }],
        },
      },
    ],
  };
}

// ───────────────────────── counts per category (grades)

export interface CategoryCount {
  category: string;
  label: string;
  count: NumericInput;
}

const GRADE_COLORS: Record<string, string> = {
  优秀: COLORS.good,
  良好: COLORS.primary,
  一般: COLORS.warn,
  较差: COLORS.low,
};

export function gradeOption(
  rows: readonly CategoryCount[],
  countLabel: string,
  { lang }: { lang: Lang },
): ChartOption {
  return {
    ...base(lang),
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', name: countLabel, minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: countLabel,
        barMaxWidth: 56,
        label: { show: true, position: 'top', fontFamily: FONT_FAMILY },
        data: rows.map((r) => ({
          value: plotNumber(r.count) ?? 0,
          itemStyle: { color: GRADE_COLORS[r.category] ?? COLORS.muted },
        })),
      },
    ],
  };
}

// ───────────────────────── ranking bars (lowest executors, ranking, control rate)

export interface RankedItem {
  id: string;
  label: string;
  value: NumericInput;
}

export interface RankingInput {
  items: readonly RankedItem[];
  measure: MeasureMeta;
  threshold?: number;
  thresholdLabel?: string;
  /** 'below' colours bars under the threshold, 'above' those over it. */
  flag?: 'below' | 'above';
}

/** Horizontal bars, in the given order from the top, with an optional threshold line. */
export function rankingOption(input: RankingInput, { lang }: { lang: Lang }): ChartOption {
  const items = input.items.filter((i) => plotNumber(i.value) !== null);
  const flag = input.flag ?? 'below';
  const flagged = (v: number) =>
    input.threshold !== undefined && (flag === 'below' ? v < input.threshold : v > input.threshold);
  return {
    ...base(lang),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const item = items[(p as { dataIndex: number }).dataIndex];
        return item
          ? `${item.label}<br/>${input.measure.label}: ${format(input.measure, item.value, lang)}`
          : '';
      },
    },
    grid: { left: 16, right: 64, top: 32, bottom: 36, containLabel: true },
    xAxis: {
      type: 'value',
      ...bottomName(input.measure.label),
      // Reach the threshold even when every bar is short of it, so the line is always drawn.
      ...(input.threshold !== undefined
        ? { max: (extent: { max: number }) => Math.max(extent.max, input.threshold!) }
        : {}),
      axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(input.measure) },
    },
    yAxis: nameAxis(items.map((i) => i.label)),
    series: [
      {
        type: 'bar',
        name: input.measure.label,
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          fontFamily: FONT_FAMILY,
          formatter: (p: unknown) =>
            format(input.measure, items[(p as { dataIndex: number }).dataIndex]?.value, lang),
        },
        data: items.map((i) => {
          const v = plotNumber(i.value)!;
          return { value: v, itemStyle: { color: flagged(v) ? COLORS.low : COLORS.primary } };
        }),
        ...(input.threshold !== undefined
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: COLORS.low, type: 'dashed' as const, width: 2 },
                // The category axis is inverted, so the line's start is at the top, clear of the axis labels.
                label: {
                  position: 'start' as const,
                  formatter:
                    `${input.thresholdLabel ?? ''} ${input.threshold}${isRate(input.measure) ? '%' : ''}`.trim(),
                  fontFamily: FONT_FAMILY,
                },
                data: [{ xAxis: input.threshold }],
              },
            }
          : {}),
      },
    ],
  };
}

// ───────────────────────── lines over the years

export interface TrendSeries {
  id: string;
  label: string;
  /** year → value */
  points: ReadonlyMap<number, NumericInput>;
}

export function trendOption(
  series: readonly TrendSeries[],
  years: readonly number[],
  measure: MeasureMeta,
  { lang, threshold }: { lang: Lang; threshold?: number },
): ChartOption {
  return {
    ...base(lang),
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) =>
        v === null || v === undefined ? '—' : format(measure, v as number, lang),
    },
    legend: { type: 'scroll', top: 0, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL, boundaryGap: false },
    yAxis: {
      type: 'value',
      name: measure.label,
      scale: true,
      axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(measure) },
    },
    series: series.map((s, index) => ({
      type: 'line' as const,
      name: s.label,
      symbolSize: 7,
      connectNulls: false,
      data: years.map((y) => plotNumber(s.points.get(y))),
      ...(index === 0 && threshold !== undefined
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: COLORS.low, type: 'dashed' as const },
              data: [{ yAxis: threshold }],
            },
          }
        : {}),
    })),
  };
}

// ───────────────────────── unit × year heatmap

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
    ...base(spec.lang),
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
        { gte: threshold, lt: 95, color: COLORS.warn, label: `${threshold}–95%` },
        { gte: 95, color: COLORS.good, label: '≥ 95%' },
      ],
      cellLabel: (v) => `${Math.round(v)}`,
      maxRowsLabelled: 30,
    },
  );
}

// ───────────────────────── execution rate × self-score scatter with quadrants

export interface ScatterPoint {
  id: string;
  label: string;
  x: NumericInput;
  y: NumericInput;
}

export interface ScatterInput {
  points: readonly ScatterPoint[];
  x: MeasureMeta;
  y: MeasureMeta;
  xThreshold: number;
  yThreshold: number;
  cornerLabel: string;
}

/** True where a point is in the "high score, low execution" corner. */
export function isHighScoreLowExecution(
  point: ScatterPoint,
  xThreshold: number,
  yThreshold: number,
): boolean {
  const x = plotNumber(point.x);
  const y = plotNumber(point.y);
  return x !== null && y !== null && x < xThreshold && y >= yThreshold;
}

export function scatterOption(input: ScatterInput, { lang }: { lang: Lang }): ChartOption {
  const points = input.points.filter((p) => plotNumber(p.x) !== null && plotNumber(p.y) !== null);
  const ys = points.map((p) => plotNumber(p.y)!);
  const xs = points.map((p) => plotNumber(p.x)!);
  const yMin = Math.floor(Math.min(input.yThreshold - 10, ...ys) / 5) * 5;
  const xMax = Math.max(100, Math.ceil(Math.max(...xs, 0) / 10) * 10);
  const xMin = Math.max(0, Math.floor(Math.min(input.xThreshold - 20, ...xs) / 10) * 10);
  return {
    ...base(lang),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const point = points[(p as { dataIndex: number }).dataIndex];
        if (!point) return '';
        return `${point.label}<br/>${input.x.label}: ${format(input.x, point.x, lang)}<br/>${input.y.label}: ${format(input.y, point.y, lang)}`;
      },
    },
    grid: { left: 16, right: 32, top: 40, bottom: 36, containLabel: true },
    xAxis: {
      type: 'value',
      ...bottomName(input.x.label),
      min: xMin,
      max: xMax,
      axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(input.x) },
    },
    yAxis: { type: 'value', name: input.y.label, min: yMin, max: 100, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'scatter',
        name: `${input.x.label} × ${input.y.label}`,
        symbolSize: 12,
        data: points.map((p) => ({
          value: [plotNumber(p.x)!, plotNumber(p.y)!],
          itemStyle: {
            color: isHighScoreLowExecution(p, input.xThreshold, input.yThreshold)
              ? COLORS.low
              : COLORS.primary,
          },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: COLORS.muted, type: 'dashed' },
          label: { fontFamily: FONT_FAMILY },
          data: [{ xAxis: input.xThreshold }, { yAxis: input.yThreshold }],
        },
        markArea: {
          silent: true,
          itemStyle: { color: COLORS.highlight },
          label: {
            show: true,
            position: 'insideTopLeft',
            color: COLORS.low,
            fontFamily: FONT_FAMILY,
            formatter: input.cornerLabel,
          },
          data: [
            [
              { xAxis: xMin, yAxis: input.yThreshold },
              { xAxis: input.xThreshold, yAxis: 100 },
            ],
          ],
        },
      },
    ],
  };
}

// ───────────────────────── stacked parts over the years (三公经费)

export function stackedPartsOption(
  years: readonly number[],
  parts: readonly { meta: MeasureMeta; values: ReadonlyMap<number, NumericInput> }[],
  { lang, unitLabel }: { lang: Lang; unitLabel: string },
): ChartOption {
  return {
    ...base(lang),
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) =>
        v === null || v === undefined ? '—' : formatValue(v as number, 'amount', '万元', lang),
    },
    legend: { top: 0, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', name: unitLabel, axisLabel: AXIS_LABEL },
    series: parts.map((part) => ({
      type: 'bar' as const,
      stack: 'parts',
      name: part.meta.label,
      barMaxWidth: 48,
      data: years.map((y) => plotNumber(part.values.get(y))),
    })),
  };
}

// ───────────────────────── signed change per unit (三公 YoY)

export interface ChangeItem {
  id: string;
  label: string;
  change: NumericInput;
}

/** Ranked changes; a rise is red (三公经费 should only fall), a fall green. */
export function changeOption(
  items: readonly ChangeItem[],
  measure: MeasureMeta,
  { lang, riseIs = 'bad' }: { lang: Lang; riseIs?: 'bad' | 'good' },
): ChartOption {
  const shown = items.filter((i) => plotNumber(i.change) !== null);
  const colour = (v: number) =>
    v === 0 ? COLORS.muted : v > 0 === (riseIs === 'bad') ? COLORS.low : COLORS.good;
  return {
    ...base(lang),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const item = shown[(p as { dataIndex: number }).dataIndex];
        return item ? `${item.label}<br/>${measure.label}: ${format(measure, item.change, lang)}` : '';
      },
    },
    grid: { left: 16, right: 64, top: 32, bottom: 36, containLabel: true },
    xAxis: {
      type: 'value',
      ...bottomName(measure.label),
      axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(measure) },
    },
    yAxis: nameAxis(shown.map((i) => i.label)),
    series: [
      {
        type: 'bar',
        name: measure.label,
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          fontFamily: FONT_FAMILY,
          formatter: (p: unknown) =>
            format(measure, shown[(p as { dataIndex: number }).dataIndex]?.change, lang),
        },
        data: shown.map((i) => {
          const v = plotNumber(i.change)!;
          return { value: v, itemStyle: { color: colour(v) } };
        }),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: COLORS.muted }, data: [{ xAxis: 0 }] },
      },
    ],
  };
}

// ───────────────────────── budget vs executed bars (projects of a unit)

export interface BudgetItem {
  id: string;
  label: string;
  budget: NumericInput;
  executed: NumericInput;
}

export function budgetExecutedOption(
  items: readonly BudgetItem[],
  budget: MeasureMeta,
  executed: MeasureMeta,
  { lang }: { lang: Lang },
): ChartOption {
  return {
    ...base(lang),
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) =>
        v === null || v === undefined ? '—' : formatValue(v as number, 'amount', '万元', lang),
    },
    legend: { top: 0, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 16, right: 32, top: 40, bottom: 16, containLabel: true },
    xAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(budget) } },
    yAxis: nameAxis(
      items.map((i) => i.label),
      200,
    ),
    series: [
      {
        type: 'bar',
        name: budget.label,
        barMaxWidth: 16,
        itemStyle: { color: COLORS.secondary },
        data: items.map((i) => plotNumber(i.budget)),
      },
      {
        type: 'bar',
        name: executed.label,
        barMaxWidth: 16,
        itemStyle: { color: COLORS.primary },
        data: items.map((i) => plotNumber(i.executed)),
      },
    ],
  };
}
