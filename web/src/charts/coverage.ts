// Chart options of 数据覆盖: a unit × year grid coloured by how many key figures each unit-year
// states (预算数, 执行数, 自评分 …), a year without any report in grey.
import type { Lang } from '../format';
import { AXIS_LABEL, base, COLORS, FONT_FAMILY, nameAxis } from './options';
import type { ChartOption } from './types';

export interface CoverageCell {
  rowId: string;
  year: number;
  /** Key figures known, or null where the unit has no report for the year. */
  known: number | null;
}

export interface CoverageLabels {
  known: string;
  none: string;
  of: number;
}

/** Unit × year: figures known out of `labels.of`; a missing report is -1, drawn grey. */
export function coverageGridOption(
  cells: readonly CoverageCell[],
  rows: readonly { id: string; label: string }[],
  years: readonly number[],
  labels: CoverageLabels,
  { lang }: { lang: Lang },
): ChartOption {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const data: [number, number, number][] = [];
  for (const c of cells) {
    const x = yearIndex.get(c.year);
    const y = rowIndex.get(c.rowId);
    if (x === undefined || y === undefined) continue;
    data.push([x, y, c.known ?? -1]);
  }
  const all = labels.of;
  return {
    ...base(lang),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const [x, y, v] = (p as { value: [number, number, number] }).value;
        const what = v < 0 ? labels.none : `${labels.known} ${v}/${all}`;
        return `${rows[y]?.label ?? ''} · ${years[x] ?? ''}<br/>${what}`;
      },
    },
    grid: { left: 16, right: 24, top: 16, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS_LABEL, splitArea: { show: true } },
    yAxis: nameAxis(rows.map((r) => r.label)),
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
      textStyle: { fontFamily: FONT_FAMILY },
      pieces: [
        { lt: 0, color: '#d5dbe1', label: labels.none },
        { gte: 0, lt: Math.ceil(all / 2), color: COLORS.low, label: `< ${Math.ceil(all / 2)}/${all}` },
        { gte: Math.ceil(all / 2), lt: all, color: COLORS.warn, label: `< ${all}/${all}` },
        { gte: all, color: COLORS.good, label: `${all}/${all}` },
      ],
    },
    series: [
      {
        type: 'heatmap',
        name: labels.known,
        data,
        label: {
          show: rows.length <= 40 && years.length <= 12,
          fontFamily: FONT_FAMILY,
          formatter: (p: unknown) => {
            const v = (p as { value: number[] }).value[2]!;
            return v < 0 ? '—' : String(v);
          },
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
