// 三公经费: the parts stacked over the years, each unit's change against the year before (ranked; a
// rise is flagged, since these expenses should only fall), and the control rate against budget.
import { SANGONG_PARTS } from '../../../scripts/model/fields';
import { CONTROL_LIMIT } from '../../../scripts/model/rules';
import type { ViewProps } from '../App';
import { useCatalog } from '../api/catalog';
import { cellKey, cellsLeftOut, cellValue, unitLabel } from '../api/cells';
import type { AggregateRequest } from '../api/client';
import type { AggregateResponse, MeasureId } from '../api/types';
import { changeOption, rankingOption, stackedPartsOption } from '../charts/options';
import { MeasureChart, type Drawing } from '../components/MeasureChart';
import { Empty } from '../components/States';
import { useLang, useT } from '../i18n';
import { scopeCut, withUnits, yearCut, unitDrilldown } from '../state/cut';

const PARTS = SANGONG_PARTS.map((p) => `sangong_${p}` as const) satisfies readonly MeasureId[];
const WITH_TOTAL = [...PARTS, 'sangong_total'] as const;
const YOY_COLUMNS = ['sangong_prev_total', 'sangong_total', 'sangong_change', 'sangong_change_pct'] as const;
const CONTROL_COLUMNS = ['sangong_budget', 'sangong_total', 'sangong_control_rate'] as const;
const RANKING_SIZE = 40;

/** A unit's bar in a ranking. */
interface UnitBar {
  id: string;
  label: string;
  value: string | number | null;
}

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

  /**
   * A panel ranking the year's units by `measure`, those where it is known, at most RANKING_SIZE
   * bars: the chart `sangong-<name>` under the messages sangong.<name> and sangong.<name>Empty, with
   * the units' `columns` as its table; `draw` gives the chart of the bars (and a note).
   */
  const ranking = (
    name: 'yoy' | 'control',
    request: AggregateRequest,
    measure: MeasureId,
    columns: readonly MeasureId[],
    draw: (bars: UnitBar[], data: AggregateResponse) => Pick<Drawing, 'option' | 'note'>,
  ) => (
    <MeasureChart
      id={`sangong-${name}`}
      title={t(`sangong.${name}`)}
      request={request}
      emptyText={t(`sangong.${name}Empty`)}
      deps={[lang, catalog]}
      draw={(data) => {
        const cells = data.cells.filter((c) => cellValue(c, measure) !== null);
        const bars = cells.slice(0, RANKING_SIZE).map((c) => ({
          id: cellKey(c, 'unit'),
          label: unitLabel(c, demo),
          value: cellValue(c, measure),
        }));
        return {
          empty: bars.length === 0,
          table: unitTable(cells, columns),
          height: Math.max(200, 40 + bars.length * 28),
          ...draw(bars, data),
        };
      }}
    />
  );

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
        {ranking('yoy', yoyRequest, 'sangong_change_pct', YOY_COLUMNS, (bars, data) => ({
          option: changeOption(
            bars.map(({ value, ...b }) => ({ ...b, change: value })),
            catalog.measure('sangong_change_pct'),
            { lang },
          ),
          note: cellsLeftOut(data)
            ? `${t('sangong.riseNote')} ${t('note.truncated', { n: data.cells.length, total: data.total_cell_count })}`
            : t('sangong.riseNote'),
        }))}
        {ranking('control', controlRequest, 'sangong_control_rate', CONTROL_COLUMNS, (bars) => ({
          option: rankingOption(
            {
              items: bars,
              measure: catalog.measure('sangong_control_rate'),
              threshold: CONTROL_LIMIT,
              thresholdLabel: '',
              flag: 'above',
            },
            { lang },
          ),
        }))}
      </div>
    </div>
  );
}
