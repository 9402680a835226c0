// 对比: units side by side for a year — a ranking with the threshold line, execution rate against
// self-score with the quadrants drawn and the "high score, low execution" corner highlighted, and the
// change of each unit's execution rate against the year before.
import Decimal from 'decimal.js';
import { HIGH_SCORE_LOW_EXECUTION } from '../../../scripts/model/rules';
import type { ViewProps } from '../App';
import { useCatalog } from '../api/catalog';
import { cellKey, cellsLeftOut, cellValue, hasValues, unitLabel } from '../api/cells';
import { serializeCut, type AggregateRequest } from '../api/client';
import type { AggregateResponse, Cell } from '../api/types';
import { changeOption, scatterOption } from '../charts/options';
import { MeasureChart } from '../components/MeasureChart';
import { rateRanking } from './rate-ranking';
import { CoverageWarnings } from '../components/CoverageWarnings';
import { Empty } from '../components/States';
import { toDecimal } from '../format';
import { useLang, useT } from '../i18n';
import { scopeCut, withUnits, yearCut, unitDrilldown } from '../state/cut';

const RANKING_SIZE = 40;

/** Per unit: this year's value minus last year's, where both are known; largest fall first. */
export function yearOverYear(cells: readonly Cell[], measure: string, year: number, demoMark: string) {
  const byUnit = new Map<string, { label: string; now?: Decimal; before?: Decimal }>();
  for (const c of cells) {
    const id = cellKey(c, 'unit');
    const entry = byUnit.get(id) ?? { label: unitLabel(c, demoMark) };
    const value = toDecimal(cellValue(c, measure));
    if (value && Number(c.year) === year) entry.now = value;
    if (value && Number(c.year) === year - 1) entry.before = value;
    byUnit.set(id, entry);
  }
  return [...byUnit.entries()]
    .filter(([, e]) => e.now && e.before)
    .map(([id, e]) => ({
      id,
      label: e.label,
      change: e.now!.minus(e.before!).toString(),
      now: e.now!.toString(),
      before: e.before!.toString(),
    }))
    .sort((a, b) => new Decimal(a.change).comparedTo(b.change));
}

export default function Compare({ filters, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const threshold = catalog.parameter('threshold', filters.thresholds);
  const highScore = catalog.parameter('high_score', filters.thresholds);
  const demo = t('demo.mark');
  const truncated = (data: AggregateResponse) =>
    cellsLeftOut(data)
      ? t('note.truncated', { n: data.cells.length, total: data.total_cell_count })
      : undefined;
  const rate = catalog.measure('execution_rate');
  const score = catalog.measure('score_mean');

  const cut = withUnits(yearCut(filters, year ?? 0), filters.units);
  const rankingRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters),
    cut,
    order: ['execution_rate:asc'],
    pagesize: RANKING_SIZE,
  };
  const scatterRequest: AggregateRequest = {
    measures: ['execution_rate', 'score_mean'],
    drilldown: unitDrilldown(filters),
    cut,
    pagesize: 1000,
  };
  const yoyRequest: AggregateRequest = {
    measures: ['execution_rate'],
    drilldown: unitDrilldown(filters, 'year'),
    cut: withUnits({ ...scopeCut(filters), year: { from: (year ?? 0) - 1, to: year } }, filters.units),
    pagesize: 1000,
  };
  if (year === undefined) return <Empty />;
  return (
    <div className="view">
      <h2 className="view-title">
        {t('nav.compare')} · {year}
      </h2>
      {year !== undefined && (
        <CoverageWarnings cut={serializeCut({ ...scopeCut(filters), year: { from: year - 1, to: year } })} />
      )}
      <div className="grid-2">
        <MeasureChart
          id="ranking"
          title={t('compare.ranking')}
          request={rankingRequest}
          deps={[rate, threshold, lang, catalog]}
          draw={({ cells }) => rateRanking(cells, { catalog, lang, t, threshold }, 28)}
        />
        <MeasureChart
          id="scatter"
          title={t('compare.scatter')}
          request={scatterRequest}
          height={380}
          deps={[rate, score, threshold, highScore, lang, catalog]}
          draw={(data) => {
            const points = data.cells.map((c) => ({
              id: cellKey(c, 'unit'),
              label: unitLabel(c, demo),
              x: cellValue(c, 'execution_rate'),
              y: cellValue(c, 'score_mean'),
            }));
            return {
              empty: !hasValues(data.cells, 'execution_rate', 'score_mean'),
              option: scatterOption(
                {
                  points,
                  x: rate,
                  y: score,
                  xThreshold: threshold,
                  yThreshold: highScore,
                  cornerLabel: HIGH_SCORE_LOW_EXECUTION.label[lang],
                },
                { lang },
              ),
              table: {
                columns: [
                  catalog.column('unit'),
                  catalog.column('execution_rate'),
                  catalog.column('score_mean'),
                ],
                rows: points.map((p) => ({ unit: p.label, execution_rate: p.x, score_mean: p.y })),
              },
              note: truncated(data),
            };
          }}
        />
      </div>
      <MeasureChart
        id="yoy"
        title={t('compare.yoy')}
        request={yoyRequest}
        emptyText={t('compare.yoyEmpty')}
        deps={[year, rate, lang, catalog]}
        draw={(data) => {
          const items = yearOverYear(data.cells, 'execution_rate', year, demo);
          const meta = {
            id: 'execution_rate_change',
            label: `${rate.label} ${t('col.change')}（${t('unit.pp')}）`,
            format: 'change_pp',
          };
          return {
            empty: items.length === 0,
            option: changeOption(items.slice(0, RANKING_SIZE), meta, { lang, riseIs: 'good' }),
            table: {
              columns: [
                catalog.column('unit'),
                { key: 'before', label: `${rate.label} ${year - 1}`, format: 'percent' },
                { key: 'now', label: `${rate.label} ${year}`, format: 'percent' },
                { key: 'change', label: t('col.change'), format: 'change_pp' },
              ],
              rows: items.map((i) => ({ unit: i.label, before: i.before, now: i.now, change: i.change })),
            },
            height: Math.max(200, 40 + Math.min(items.length, RANKING_SIZE) * 28),
            note: truncated(data),
          };
        }}
      />
    </div>
  );
}
