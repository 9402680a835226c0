// A signed change per unit, ranked: a rise red where rising is bad (三公经费), a fall green.
import { plotNumber, type Lang, type NumericInput } from '../format';
import {
  AXIS_LABEL,
  COLORS,
  FONT_FAMILY,
  axisFormatter,
  base,
  bottomName,
  format,
  itemTooltip,
  nameAxis,
} from './base';
import type { ChartOption, MeasureMeta } from './types';

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
    tooltip: itemTooltip(
      shown,
      (item) => `${item.label}<br/>${measure.label}: ${format(measure, item.change, lang)}`,
    ),
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
