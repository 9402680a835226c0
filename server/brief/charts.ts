// The brief's charts, drawn on the server by ECharts' SVG renderer (no browser): budget and executed
// on one base against the year before, the lowest executors, and 三公经费 over the years.

import * as echarts from 'echarts';

export interface ChartSvg {
  title: string;
  svg: string;
  width: number;
  height: number;
}

// Unquoted: ECharts writes the family into a style attribute without escaping quotes.
const FONT = 'Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, sans-serif';
const COLORS = ['#8fb4dc', '#2f6fb3', '#d1495b', '#edae49'];

function render(title: string, option: echarts.EChartsCoreOption, width = 640, height = 300): ChartSvg {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      // Nearly white, so that the rasteriser can find the chart's frame on its page (raster.ts).
      backgroundColor: '#fcfcfc',
      textStyle: { fontFamily: FONT, fontSize: 12 },
      color: COLORS,
      ...option,
    });
    return { title, svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** Budget and executed (same base) of the year before and the year, in 万元. */
export function keyFiguresChart(
  title: string,
  years: number[],
  series: { name: string; values: (string | null)[] }[],
): ChartSvg {
  return render(title, {
    legend: { top: 4 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => `${y}年`) },
    yAxis: { type: 'value', name: '万元' },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map(num),
      label: { show: true, position: 'top', formatter: (p: { value: number }) => p.value.toFixed(2) },
    })),
  });
}

/** The lowest executors, lowest at the top, with the threshold. */
export function lowestChart(
  title: string,
  items: { label: string; rate: string | null }[],
  threshold: number,
): ChartSvg {
  return render(
    title,
    {
      grid: { left: 16, right: 56, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: items.map((i) => i.label),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: items.map((i) => num(i.rate)),
          itemStyle: { color: COLORS[2] },
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: number }) => `${p.value.toFixed(2)}%`,
          },
          markLine: {
            symbol: 'none',
            data: [{ xAxis: threshold }],
            lineStyle: { type: 'dashed', color: '#555' },
          },
        },
      ],
    },
    640,
    Math.max(180, 40 + items.length * 26),
  );
}

/** 三公经费 per year, in 万元. */
export function sangongChart(title: string, years: number[], totals: (string | null)[]): ChartSvg {
  return render(title, {
    grid: { left: 16, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => `${y}年`) },
    yAxis: { type: 'value', name: '万元' },
    series: [
      {
        type: 'line',
        data: totals.map(num),
        symbolSize: 8,
        itemStyle: { color: COLORS[1] },
        label: { show: true, formatter: (p: { value: number }) => p.value.toFixed(2) },
      },
    ],
  });
}
