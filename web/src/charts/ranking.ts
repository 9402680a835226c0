// Ranking bars (lowest executors, ranking, control rate): horizontal bars in the given order, an
// optional threshold line, bars past it flagged.
import type { Lang, NumericInput } from '../format';
import { COLORS, FONT_FAMILY, isRate } from './base';
import { barsOption } from './bars';
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
  const { threshold, measure } = input;
  const flag = input.flag ?? 'below';
  const flagged = (v: number) =>
    threshold !== undefined && (flag === 'below' ? v < threshold : v > threshold);
  return barsOption(
    {
      items: input.items,
      label: (i) => i.label,
      value: (i) => i.value,
      measure,
      colour: (v) => (flagged(v) ? COLORS.low : COLORS.primary),
      // Reach the threshold even when every bar is short of it, so the line is always drawn.
      axis:
        threshold !== undefined ? { max: (extent: { max: number }) => Math.max(extent.max, threshold) } : {},
      series:
        threshold !== undefined
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: COLORS.low, type: 'dashed' as const, width: 2 },
                // The category axis is inverted, so the line's start is at the top, clear of the axis labels.
                label: {
                  position: 'start' as const,
                  formatter: `${input.thresholdLabel ?? ''} ${threshold}${isRate(measure) ? '%' : ''}`.trim(),
                  fontFamily: FONT_FAMILY,
                },
                data: [{ xAxis: threshold }],
              },
            }
          : {},
    },
    lang,
  );
}
