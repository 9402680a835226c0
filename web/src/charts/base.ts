// What every chart option shares: the CJK font, the colours, axis labels, the option's frame, and
// values formatted by their catalog format. The chart builders (one module per chart) start here.
import { formatValue, type Lang, type NumericInput } from '../format';
import type { ChartOption, MeasureMeta } from './types';

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const COLORS = {
  primary: '#2f6fb3',
  secondary: '#8fb4dc',
  low: '#d1495b',
  warn: '#edae49',
  good: '#3b9d6a',
  muted: '#9aa5b1',
  highlight: 'rgba(209, 73, 91, 0.10)',
  palette: [
    '#2f6fb3',
    '#edae49',
    '#3b9d6a',
    '#d1495b',
    '#7b5ea7',
    '#00798c',
    '#b5651d',
    '#6c757d',
    '#e07a5f',
    '#81b29a',
  ],
};

export const AXIS_LABEL = { fontFamily: FONT_FAMILY, color: '#445' };

/** A category axis of names (units, projects) listed top to bottom, long names cut to `width` px. */
export function nameAxis(names: string[], width = 230) {
  return {
    type: 'category' as const,
    inverse: true,
    data: names,
    axisLabel: { ...AXIS_LABEL, width, overflow: 'truncate' as const },
  };
}

export function base(): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    color: COLORS.palette,
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    // No progressive drawing (ECharts' default above 3,000 items): a chart is whole as soon as it
    // shows, for its PNG export and the browser tests. A heatmap is still drawn in slices by zrender;
    // ChartPanel's dispose takes care of a chart that unmounts meanwhile.
    progressive: 0,
    tooltip: { trigger: 'axis', confine: true },
    grid: { left: 16, right: 24, top: 40, bottom: 24, containLabel: true },
  };
}

/** An axis name centred under a horizontal value axis (at the end it would be cut off). */
export function bottomName(name: string) {
  return {
    name,
    nameLocation: 'middle' as const,
    nameGap: 28,
    nameTextStyle: { fontFamily: FONT_FAMILY, color: '#5f6b7a' },
  };
}

export function format(meta: MeasureMeta, value: NumericInput, lang: Lang): string {
  return formatValue(value, meta.format, meta.unit, lang);
}

/** Short axis labels: amounts keep 万元 numbers with separators, rates get a %. */
export function isRate(meta: MeasureMeta): boolean {
  return meta.unit === '%' || meta.format === 'rate' || meta.format === 'percent';
}

export function axisFormatter(meta: MeasureMeta): (value: number) => string {
  return (value: number) => (isRate(meta) ? `${value}%` : value.toLocaleString('zh-CN'));
}

/** A tooltip per data item: the item at the hovered index, said by `text` ('' where there is none). */
export function itemTooltip<T>(items: readonly T[], text: (item: T) => string) {
  return {
    trigger: 'item' as const,
    confine: true,
    formatter: (p: unknown) => {
      const item = items[(p as { dataIndex: number }).dataIndex];
      return item === undefined ? '' : text(item);
    },
  };
}

/** A tooltip per axis position: every series' value there, formatted ('—' where missing). */
export function axisTooltip(value: (v: number) => string, extra: Record<string, unknown> = {}) {
  return {
    trigger: 'axis' as const,
    confine: true,
    ...extra,
    valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : value(v as number)),
  };
}
