// 三公经费: the parts stacked over the years, each unit's change against the year before (ranked; a
// rise is flagged, since these expenses should only fall), and the control rate against budget.
import { SANGONG_PARTS } from '../../../scripts/model/fields';
import { CONTROL_LIMIT } from '../../../scripts/model/rules';
import type { ViewProps } from '../App';
import { useCatalog } from '../api/catalog';
import { cellKey, cellsLeftOut, cellValue, unitLabel } from '../api/cells';
import type { AggregateRequest } from '../api/client';
import type { MeasureId } from '../api/types';
import { changeOption, rankingOption, stackedPartsOption } from '../charts/options';
import { MeasureChart } from '../components/MeasureChart';
import { Empty } from '../components/States';
import { useLang, useT } from '../i18n';
import { scopeCut, withUnits, yearCut, unitDrilldown } from '../state/cut';

const PARTS = SANGONG_PARTS.map((p) => `sangong_${p}` as const) satisfies readonly MeasureId[];
const WITH_TOTAL = [...PARTS, 'sangong_total'] as const;
const YOY_COLUMNS = ['sangong_prev_total', 'sangong_total', 'sangong_change', 'sangong_change_pct'] as const;
const CONTROL_COLUMNS = ['sangong_budget', 'sangong_total', 'sangong_control_rate'] as const;
const RANKING_SIZE = 40;

export default function Sangong({ filters, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const demo = t('demo.mark');
  if (year === undefined) return <Empty />;

  const partsRequest: AggregateRequest = {
    measures: WITH_TOTAL,
    drilldown: ['year'],
    cut: withUnits(scopeCut(filters), filters.units),
  };
  const cut = withUnits(yearCut(filters, year), filters.units);
  const yoyRequest: AggregateRequest = {
    measures: ['sangong_change_pct', 'sangong_change', 'sangong_total', 'sangong_prev_total'],
    drilldown: unitDrilldown(filters),
    cut,
    order: ['sangong_change_pct:desc'],
    pagesize: 1000,
  };
  const controlRequest: AggregateRequest = {
    measures: [...CONTROL_COLUMNS],
    drilldown: unitDrilldown(filters),
    cut,
    order: ['sangong_control_rate:desc'],
    pagesize: RANKING_SIZE,
  };
  /** A table of the units of an answer with the given measures. */
  const unitTable = (
    cells: NonNullable<Parameters<typeof cellsLeftOut>[0]>['cells'],
    ids: readonly MeasureId[],
  ) => ({
    columns: [catalog.column('unit'), ...ids.map((id) => catalog.column(id))],
    rows: cells.map((c) => ({
      unit: unitLabel(c, demo),
      ...Object.fromEntries(ids.map((id) => [id, cellValue(c, id)])),
    })),
  });

  return (
    <div className="view">
      <h2 className="view-title">
        {t('nav.sangong')} · {year}
      </h2>
      <MeasureChart
        id="sangong-parts"
        title={t('sangong.parts')}
        request={partsRequest}
        height={340}
        deps={[lang, catalog]}
        draw={({ cells }) => {
          const years = cells.map((c) => Number(c.year)).sort((a, b) => a - b);
          return {
            option: stackedPartsOption(
              years,
              PARTS.map((id) => ({
                meta: catalog.measure(id),
                values: new Map(cells.map((c) => [Number(c.year), cellValue(c, id)])),
              })),
              { lang, unitLabel: catalog.measure('sangong_total').unit ?? '' },
            ),
            table: {
              columns: [catalog.column('year'), ...WITH_TOTAL.map((id) => catalog.column(id))],
              rows: cells.map((c) =>
                Object.fromEntries([['year', c.year], ...WITH_TOTAL.map((id) => [id, cellValue(c, id)])]),
              ),
            },
          };
        }}
      />
      <div className="grid-2">
        <MeasureChart
          id="sangong-yoy"
          title={t('sangong.yoy')}
          request={yoyRequest}
          emptyText={t('sangong.yoyEmpty')}
          deps={[lang, catalog]}
          draw={(data) => {
            const cells = data.cells.filter((c) => cellValue(c, 'sangong_change_pct') !== null);
            const items = cells.map((c) => ({
              id: cellKey(c, 'unit'),
              label: unitLabel(c, demo),
              change: cellValue(c, 'sangong_change_pct'),
            }));
            const count = Math.min(items.length, RANKING_SIZE);
            return {
              empty: count === 0,
              option: changeOption(items.slice(0, RANKING_SIZE), catalog.measure('sangong_change_pct'), {
                lang,
              }),
              table: unitTable(cells, YOY_COLUMNS),
              height: Math.max(200, 40 + count * 28),
              note: cellsLeftOut(data)
                ? `${t('sangong.riseNote')} ${t('note.truncated', { n: data.cells.length, total: data.total_cell_count })}`
                : t('sangong.riseNote'),
            };
          }}
        />
        <MeasureChart
          id="sangong-control"
          title={t('sangong.control')}
          request={controlRequest}
          emptyText={t('sangong.controlEmpty')}
          deps={[lang, catalog]}
          draw={(data) => {
            const cells = data.cells.filter((c) => cellValue(c, 'sangong_control_rate') !== null);
            const items = cells.map((c) => ({
              id: cellKey(c, 'unit'),
              label: unitLabel(c, demo),
              value: cellValue(c, 'sangong_control_rate'),
            }));
            return {
              empty: items.length === 0,
              option: rankingOption(
                {
                  items,
                  measure: catalog.measure('sangong_control_rate'),
                  threshold: CONTROL_LIMIT,
                  thresholdLabel: '',
                  flag: 'above',
                },
                { lang },
              ),
              table: unitTable(cells, CONTROL_COLUMNS),
              height: Math.max(200, 40 + items.length * 28),
            };
          }}
        />
      </div>
    </div>
  );
}
