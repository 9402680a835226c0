// Execution rate × self-score with the quadrants drawn and the "high score, low execution" corner
// highlighted; which points fall in it is the shared rule (scripts/model/rules.ts).
import { HIGH_SCORE_LOW_EXECUTION } from '../../../scripts/model/rules';
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
} from './base';
import type { ChartOption, MeasureMeta } from './types';

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
  return HIGH_SCORE_LOW_EXECUTION.test(
    { score: plotNumber(point.y), rate: plotNumber(point.x) },
    { high_score: yThreshold, threshold: xThreshold },
  );
}

export function scatterOption(input: ScatterInput, { lang }: { lang: Lang }): ChartOption {
  const points = input.points.filter((p) => plotNumber(p.x) !== null && plotNumber(p.y) !== null);
  const ys = points.map((p) => plotNumber(p.y)!);
  const xs = points.map((p) => plotNumber(p.x)!);
  const yMin = Math.floor(Math.min(input.yThreshold - 10, ...ys) / 5) * 5;
  const xMax = Math.max(100, Math.ceil(Math.max(...xs, 0) / 10) * 10);
  const xMin = Math.max(0, Math.floor(Math.min(input.xThreshold - 20, ...xs) / 10) * 10);
  return {
    ...base(),
    tooltip: itemTooltip(
      points,
      (point) =>
        `${point.label}<br/>${input.x.label}: ${format(input.x, point.x, lang)}<br/>${input.y.label}: ${format(input.y, point.y, lang)}`,
    ),
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
