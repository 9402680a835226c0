// Units ranked by execution rate against the threshold, flagged below it, with the data table: how
// 总览 draws its lowest executors and 对比 its ranking.
import type { Catalog } from '../api/catalog';
import { cellKey, cellValue, hasValues, unitLabel } from '../api/cells';
import type { Cell } from '../api/types';
import { rankingOption } from '../charts/options';
import type { Drawing } from '../components/MeasureChart';
import type { Lang } from '../format';
import type { Translate } from '../i18n';

/** `rowHeight`: px per unit; the chart grows with the units listed. */
export function rateRanking(
  cells: readonly Cell[],
  o: { catalog: Catalog; lang: Lang; t: Translate; threshold: number },
  rowHeight: number,
): Drawing {
  const items = cells.map((c) => ({
    id: cellKey(c, 'unit'),
    label: unitLabel(c, o.t('demo.mark')),
    value: cellValue(c, 'execution_rate'),
  }));
  const measure = o.catalog.measure('execution_rate');
  return {
    empty: !hasValues(cells, 'execution_rate'),
    option: rankingOption(
      { items, measure, threshold: o.threshold, thresholdLabel: o.t('threshold') },
      { lang: o.lang },
    ),
    table: {
      columns: [o.catalog.column('unit'), o.catalog.column('execution_rate')],
      rows: items.map((i) => ({ unit: i.label, execution_rate: i.value })),
    },
    height: Math.max(200, 40 + items.length * rowHeight),
  };
}
