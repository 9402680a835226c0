// Chart-option builders: rows + catalog metadata → ECharts options (bins, thresholds, colours,
// quadrants, series per unit), checked on the option objects themselves.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  binEdges,
  binRates,
  binsFromCumulative,
  budgetExecutedOption,
  changeOption,
  COLORS,
  distributionOption,
  gradeOption,
  heatmapOption,
  isHighScoreLowExecution,
  rankingOption,
  scatterOption,
  stackedPartsOption,
  trendOption,
} from '../../web/src/charts/options';
import type { MeasureMeta } from '../../web/src/charts/types';

const rate: MeasureMeta = { id: 'execution_rate', label: '预算执行率', unit: '%', format: 'percent' };
const score: MeasureMeta = { id: 'score_mean', label: '平均自评分', unit: '分', format: 'score' };
const zh = { lang: 'zh' as const };

type AnySeries = Record<string, unknown> & { data: unknown[] };
const seriesOf = (option: unknown): AnySeries[] => (option as { series: AnySeries[] }).series;

describe('binRates', () => {
  it('counts each rate once, ≥100 in the last bin, missing values skipped', () => {
    const bins = binRates(['69.27', '85.34', '100', '120.5', null, '0', '9.99', 'x']);
    expect(bins).toHaveLength(11);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 0, 1, 0, 1, 0, 2]);
    expect(bins[6]!.label).toBe('60–70%');
    expect(bins[10]!.label).toBe('≥100%');
  });
});

describe('distributionOption', () => {
  it('colours bins below the threshold and marks the threshold at its exact rate', () => {
    const option = distributionOption({
      bins: binRates(['69.27', '85.34', '95']),
      threshold: 80,
      countLabel: '单位数',
      thresholdLabel: '阈值',
    });
    const [series] = seriesOf(option);
    const data = series!.data as { value: [number, number]; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value[1])).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0]);
    expect(data[6]!.value[0]).toBe(65);
    expect(data[6]!.itemStyle.color).toBe(COLORS.low);
    expect(data[7]!.itemStyle.color).toBe(COLORS.low);
    expect(data[8]!.itemStyle.color).toBe(COLORS.primary);
    const markLine = series!.markLine as { data: { xAxis: number }[]; label: { formatter: string } };
    expect(markLine.data[0]!.xAxis).toBe(80);
    expect(markLine.label.formatter).toBe('阈值 80%');
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 110 });
  });

  it('turns the server cumulative counts into the same bins', () => {
    const rates = ['5', '15', '69.27', '79.99', '80', '85.34', '95', '100', '130'];
    // Units below 10, 20, … 100, and the units with any rate.
    const below = binEdges().map((edge) => rates.filter((r) => Number(r) < edge).length);
    expect(binsFromCumulative(below, rates.length)).toEqual(binRates(rates));
    expect(binsFromCumulative([], null).every((b) => b.count === 0)).toBe(true);
  });
});

describe('rankingOption', () => {
  it('keeps the order, drops missing values, flags units under the threshold', () => {
    const option = rankingOption(
      {
        items: [
          { id: 'a', label: '高邑县人民政府办公室', value: '69.27' },
          { id: 'b', label: '缺值单位', value: null },
          { id: 'c', label: '大余县人民政府办公室', value: '85.34' },
        ],
        measure: rate,
        threshold: 80,
        thresholdLabel: '阈值',
      },
      zh,
    );
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '高邑县人民政府办公室',
      '大余县人民政府办公室',
    ]);
    const data = seriesOf(option)[0]!.data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([69.27, 85.34]);
    expect(data.map((d) => d.itemStyle.color)).toEqual([COLORS.low, COLORS.primary]);
    const label = seriesOf(option)[0]!.label as { formatter: (p: { dataIndex: number }) => string };
    expect(label.formatter({ dataIndex: 0 })).toBe('69.3%');
  });

  it('can flag values above a line (control rate over 100 %)', () => {
    const option = rankingOption(
      {
        items: [
          { id: 'a', label: 'A', value: '120' },
          { id: 'b', label: 'B', value: '90' },
        ],
        measure: rate,
        threshold: 100,
        flag: 'above',
      },
      zh,
    );
    const data = seriesOf(option)[0]!.data as { itemStyle: { color: string } }[];
    expect(data.map((d) => d.itemStyle.color)).toEqual([COLORS.low, COLORS.primary]);
  });
});

describe('trendOption', () => {
  it('draws one line per series over the given years, with gaps for missing years', () => {
    const option = trendOption(
      [
        {
          id: 'u1',
          label: '甲',
          points: new Map([
            [2019, '80'],
            [2021, '90.5'],
          ]),
        },
        { id: 'u2', label: '乙', points: new Map([[2020, '70']]) },
      ],
      [2019, 2020, 2021],
      rate,
      { lang: 'zh', threshold: 80 },
    );
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['甲', '乙']);
    expect(series[0]!.data).toEqual([80, null, 90.5]);
    expect(series[1]!.data).toEqual([null, 70, null]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2019', '2020', '2021']);
    expect(series[0]!.markLine).toBeDefined();
    expect((option.yAxis as { name: string }).name).toBe(rate.label);
    const perStaff = { id: 'budget_per_staff', label: '人均预算数', unit: '万元/人', format: 'amount' };
    const amounts = trendOption([], [2021], perStaff, { lang: 'zh' });
    expect((amounts.yAxis as { name: string }).name).toBe('人均预算数（万元/人）');
    const tip = (amounts.tooltip as { valueFormatter: (v: number) => string }).valueFormatter(56.87);
    expect(tip).toBe('56.87 万元/人');
    expect(series[1]!.markLine).toBeUndefined();
  });
});

describe('heatmapOption', () => {
  it('places cells by unit row and year column and pieces by the threshold', () => {
    const option = heatmapOption(
      [
        { rowId: 'b', year: 2021, value: '69.27' },
        { rowId: 'a', year: 2020, value: '95' },
        { rowId: 'zzz', year: 2020, value: '50' },
      ],
      [
        { id: 'a', label: '甲' },
        { id: 'b', label: '乙' },
      ],
      [2020, 2021],
      rate,
      { lang: 'zh', threshold: 80 },
    );
    expect(seriesOf(option)[0]!.data).toEqual([
      [1, 1, 69.27],
      [0, 0, 95],
    ]);
    const pieces = (option.visualMap as { pieces: { lt?: number; gte?: number }[] }).pieces;
    expect(pieces[0]).toMatchObject({ lt: 80 });
    expect(pieces[1]).toMatchObject({ gte: 80 });
  });
});

describe('every chart', () => {
  it('draws in one frame, even with more cells than ECharts would draw progressively', () => {
    // Progressive drawing goes on in later frames, after a chart unmounted meanwhile was disposed.
    const years = [2019, 2020, 2021, 2022, 2023];
    const rows = Array.from({ length: 800 }, (_, i) => ({ id: `u${i}`, label: `单位${i}` }));
    const cells = rows.flatMap((r) => years.map((year) => ({ rowId: r.id, year, value: '90' })));
    const option = heatmapOption(cells, rows, years, rate, { lang: 'zh', threshold: 80 });
    expect(seriesOf(option)[0]!.data.length).toBeGreaterThan(3000);
    expect(option.progressive).toBe(0);
    expect(seriesOf(option).every((s) => s.progressive === undefined || s.progressive === 0)).toBe(true);
  });
});

describe('scatterOption', () => {
  const points = [
    { id: 'a', label: '高分低执行', x: '60', y: '95' },
    { id: 'b', label: '正常', x: '98', y: '96' },
    { id: 'c', label: '低分低执行', x: '60', y: '70' },
    { id: 'd', label: '缺分', x: '60', y: null },
  ];

  it('finds the high-score low-execution corner', () => {
    expect(points.map((p) => isHighScoreLowExecution(p, 80, 90))).toEqual([true, false, false, false]);
  });

  it('draws quadrant lines and highlights the corner', () => {
    const option = scatterOption(
      { points, x: rate, y: score, xThreshold: 80, yThreshold: 90, cornerLabel: '高分低执行' },
      zh,
    );
    const [series] = seriesOf(option);
    const data = series!.data as { value: number[]; itemStyle: { color: string } }[];
    expect(data).toHaveLength(3);
    expect(data.map((d) => d.itemStyle.color)).toEqual([COLORS.low, COLORS.primary, COLORS.primary]);
    expect((series!.markLine as { data: unknown[] }).data).toEqual([{ xAxis: 80 }, { yAxis: 90 }]);
    const area = (
      series!.markArea as { data: [{ xAxis: number; yAxis: number }, { xAxis: number; yAxis: number }][] }
    ).data[0]!;
    expect(area[0].yAxis).toBe(90);
    expect(area[1]).toEqual({ xAxis: 80, yAxis: 100 });
  });
});

describe('三公 and project builders', () => {
  it('stacks the parts per year', () => {
    const option = stackedPartsOption(
      [2019, 2020],
      [
        { meta: { id: 'sangong_abroad', label: '因公出国（境）费' }, values: new Map([[2020, '0']]) },
        {
          meta: { id: 'sangong_reception', label: '公务接待费' },
          values: new Map([
            [2019, '0.25'],
            [2020, '0.5'],
          ]),
        },
      ],
      { lang: 'zh', unitLabel: '万元' },
    );
    const series = seriesOf(option);
    expect(series.every((s) => s.stack === 'parts')).toBe(true);
    expect(series[1]!.data).toEqual([0.25, 0.5]);
    expect(series[0]!.data).toEqual([null, 0]);
  });

  it('colours a rise red and a fall green', () => {
    const option = changeOption(
      [
        { id: 'a', label: '盐边县人民政府办公室', change: '100' },
        { id: 'b', label: 'B', change: '-12.5' },
      ],
      { id: 'sangong_change_pct', label: '三公经费同比增减率', unit: '%', format: 'percent' },
      zh,
    );
    const data = seriesOf(option)[0]!.data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => [d.value, d.itemStyle.color])).toEqual([
      [100, COLORS.low],
      [-12.5, COLORS.good],
    ]);
  });

  it('draws budget and executed bars per project', () => {
    const option = budgetExecutedOption(
      [{ id: 'p', label: '业务费等工作经费', budget: '257.80', executed: '220.00' }],
      { id: 'project_budget', label: '项目预算数', unit: '万元', format: 'amount' },
      { id: 'project_executed', label: '项目执行数', unit: '万元', format: 'amount' },
      zh,
    );
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['项目预算数', [257.8]],
      ['项目执行数', [220]],
    ]);
  });

  it('grade bars keep the grade colours', () => {
    const option = gradeOption(
      [
        { category: '优秀', label: '优秀', count: 3, rank: 0 },
        { category: '较差', label: '较差', count: '1', rank: 3 },
        { category: '', label: '未评级', count: 2, rank: null },
      ],
      '单位数',
    );
    const data = seriesOf(option)[0]!.data as { value: number; itemStyle: { color: string } }[];
    expect(data).toEqual([
      { value: 3, itemStyle: { color: COLORS.good } },
      { value: 1, itemStyle: { color: COLORS.low } },
      { value: 2, itemStyle: { color: COLORS.muted } },
    ]);
  });
});
