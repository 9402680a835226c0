// Ranking bars (lowest executors, ranking, control rate): horizontal bars in the given order, an
// optional threshold line, bars past it flagged.
import { plotNumber, type Lang, type NumericInput } from '../format';
import {
  AXIS_LABEL,
  COLORS,
  FONT_FAMILY,
  axisFormatter,
  base,
  bottomName,
  format,
  isRate,
  itemTooltip,
  nameAxis,
} from './base';
import type { ChartOption, MeasureMeta } from './types';

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
    tooltip: itemTooltip(
      items,
      (item) => `${item.label}<br/>${input.measure.label}: ${format(input.measure, item.value, lang)}`,
    ),
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
