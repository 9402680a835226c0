// Chart options of 数据覆盖: a unit × year grid coloured by how many key figures each unit-year
// states (预算数, 执行数, 自评分 …), a year without any report in grey.
import type { Lang } from '../format';
import { COLORS } from './base';
import { unitYearHeatmap } from './heatmap';
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
  const all = labels.of;
  return unitYearHeatmap(
    cells.map((c) => ({ rowId: c.rowId, year: c.year, value: c.known ?? -1 })),
    rows,
    years,
    {
      lang,
      name: labels.known,
      tip: (v) => (v < 0 ? labels.none : `${labels.known} ${v}/${all}`),
      pieces: [
        { lt: 0, color: '#d5dbe1', label: labels.none },
        { gte: 0, lt: Math.ceil(all / 2), color: COLORS.low, label: `< ${Math.ceil(all / 2)}/${all}` },
        { gte: Math.ceil(all / 2), lt: all, color: COLORS.warn, label: `< ${all}/${all}` },
        { gte: all, color: COLORS.good, label: `${all}/${all}` },
      ],
      cellLabel: (v) => (v < 0 ? '—' : String(v)),
      maxRowsLabelled: 40,
    },
  );
}
