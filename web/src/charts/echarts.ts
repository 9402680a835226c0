// ECharts from `echarts/core` with only the charts and components the dashboard draws, so the
// bundle stays small (the full build is ~456 kB gzip). Named imports, not a namespace import of
// `echarts/components`: that one pulls every component into the bundle.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
// The frame every chart has: grid, legend, tooltip and the aria description for screen readers.
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
// What some charts add: marked areas and lines (threshold, peers' band), the heatmap's visual map.
import { MarkAreaComponent, MarkLineComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };
