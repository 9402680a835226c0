// A signed change per unit, ranked: a rise red where rising is bad (三公经费), a fall green.
import type { Lang, NumericInput } from '../format';
import { COLORS } from './base';
import { barsOption } from './bars';
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
  return barsOption(
    {
      items,
      label: (i) => i.label,
      value: (i) => i.change,
      measure,
      colour: (v) => (v === 0 ? COLORS.muted : v > 0 === (riseIs === 'bad') ? COLORS.low : COLORS.good),
      series: {
        markLine: { symbol: 'none', silent: true, lineStyle: { color: COLORS.muted }, data: [{ xAxis: 0 }] },
      },
    },
    lang,
  );
}
