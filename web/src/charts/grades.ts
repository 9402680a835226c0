// Counts per grade: a bar per grade in the catalog's order, coloured from best to worst.
import { plotNumber, type NumericInput } from '../format';
import { AXIS_LABEL, base, COLORS, FONT_FAMILY } from './base';
import type { ChartOption } from './types';

export interface CategoryCount {
  category: string;
  label: string;
  count: NumericInput;
  /** The grade's place in the catalog's list, best first; null for "no grade". */
  rank: number | null;
}

/** Colours from the best grade to the worst. */
const GRADE_SCALE = [COLORS.good, COLORS.primary, COLORS.warn, COLORS.low];

export function gradeOption(rows: readonly CategoryCount[], countLabel: string): ChartOption {
  return {
    ...base(),
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
          itemStyle: { color: r.rank === null ? COLORS.muted : (GRADE_SCALE[r.rank] ?? COLORS.low) },
        })),
      },
    ],
  };
}
