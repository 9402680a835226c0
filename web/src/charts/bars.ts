// Horizontal bars of named items, top to bottom in the given order, each labelled with its value:
// what the ranking (lowest executors, control rate) and the change per unit share. The builders
// give the colour of a bar and what the value axis and the bar series add (a threshold, a zero line).
import { plotNumber, type Lang, type NumericInput } from '../format';
import * as b from './base';
import type { ChartOption, MeasureMeta } from './types';

export interface BarsInput<T> {
  items: readonly T[];
  label: (item: T) => string;
  value: (item: T) => NumericInput;
  measure: MeasureMeta;
  colour: (value: number) => string;
  /** Added to the value axis (a maximum) and to the bar series (a mark line). */
  axis?: Record<string, unknown>;
  series?: Record<string, unknown>;
}

/** Items without a value are left out. */
export function barsOption<T>(input: BarsInput<T>, lang: Lang): ChartOption {
  const { measure } = input;
  const shown = input.items.filter((i) => plotNumber(input.value(i)) !== null);
  return {
    ...b.base(),
    tooltip: b.itemTooltip(
      shown,
      (item) => `${input.label(item)}<br/>${measure.label}: ${b.format(measure, input.value(item), lang)}`,
    ),
    grid: { left: 16, right: 64, top: 32, bottom: 36, containLabel: true },
    xAxis: {
      type: 'value',
      ...b.bottomName(measure.label),
      ...input.axis,
      axisLabel: { ...b.AXIS_LABEL, formatter: b.axisFormatter(measure) },
    },
    yAxis: b.nameAxis(shown.map(input.label)),
    series: [
      {
        type: 'bar',
        name: measure.label,
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          fontFamily: b.FONT_FAMILY,
          formatter: (p: unknown) => {
            const item = shown[(p as { dataIndex: number }).dataIndex];
            return item === undefined ? '' : b.format(measure, input.value(item), lang);
          },
        },
        data: shown.map((i) => {
          const v = plotNumber(input.value(i))!;
          return { value: v, itemStyle: { color: input.colour(v) } };
        }),
        ...input.series,
      },
    ],
  };
}
