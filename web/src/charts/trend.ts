// Lines over the years: a series per unit or region, values formatted by the measure's catalog format.
import { plotNumber, type Lang, type NumericInput } from '../format';
import { AXIS_LABEL, COLORS, FONT_FAMILY, axisFormatter, axisTooltip, base, format, isRate } from './base';
import type { ChartOption, MeasureMeta } from './types';

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
    ...base(),
    tooltip: axisTooltip((v) => format(measure, v, lang)),
    legend: { type: 'scroll', top: 0, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL, boundaryGap: false },
    yAxis: {
      type: 'value',
      // The axis names the unit, unless the tick labels carry it (%).
      name: measure.unit && !isRate(measure) ? `${measure.label}（${measure.unit}）` : measure.label,
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
