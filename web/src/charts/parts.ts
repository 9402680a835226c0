// Stacked parts over the years (三公经费 by part).
import { formatValue, plotNumber, type Lang, type NumericInput } from '../format';
import { AXIS_LABEL, FONT_FAMILY, axisTooltip, base } from './base';
import type { ChartOption, MeasureMeta } from './types';

export function stackedPartsOption(
  years: readonly number[],
  parts: readonly { meta: MeasureMeta; values: ReadonlyMap<number, NumericInput> }[],
  { lang, unitLabel }: { lang: Lang; unitLabel: string },
): ChartOption {
  return {
    ...base(),
    tooltip: axisTooltip((v) => formatValue(v, 'amount', '万元', lang)),
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
