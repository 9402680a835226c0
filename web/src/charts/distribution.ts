// The distribution of per-unit execution rates: bins counted by the server (units below each
// edge), bars coloured under the threshold, the threshold drawn as a line.
import { plotNumber, type NumericInput } from '../format';
import { AXIS_LABEL, COLORS, FONT_FAMILY, base, itemTooltip } from './base';
import type { ChartOption } from './types';

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

export function distributionOption(input: DistributionInput): ChartOption {
  const bins = input.bins;
  const top = bins[bins.length - 1]!.from;
  const width = bins[0] ? (bins[0].to ?? top) - bins[0].from : 10;
  return {
    ...base(),
    tooltip: itemTooltip(bins, (bin) => `${bin.label}<br/>${input.countLabel}: ${bin.count}`),
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
