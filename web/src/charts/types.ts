// Types shared by the chart-option builders: the ECharts option they return and the measure
// metadata (label, unit, format from the catalog, already in the display language).
import type { ComposeOption } from 'echarts/core';
import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { Lang } from '../format';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What a chart needs to know about a measure: its label, unit and format from the catalog. */
export interface MeasureMeta {
  id: string;
  label: string;
  unit?: string;
  format?: string;
}

/** Common inputs of every builder. */
export interface BuildContext {
  lang: Lang;
}

/** A column of a chart's data table (the screen-reader alternative and the on-page table). */
export interface TableColumn {
  key: string;
  label: string;
  format?: string;
  unit?: string;
}

export interface TableData {
  columns: TableColumn[];
  rows: Record<string, unknown>[];
}
