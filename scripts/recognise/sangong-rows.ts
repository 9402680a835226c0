// A 三公 决算表 whose header was lost on the way (one cell a line, the 项目 | 预算数 | 决算数 row
// dropped, often the 合计 row's label too): its items as rows of two figures each under the table's
// caption. The national template sets 预算数 before 决算数; the rows are taken so only where both
// columns add up (合计 = 出国 + 用车 + 接待, 用车 = 购置 + 运行).

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { cellFigure, type StreamCell } from './cells';
import { sangongKey } from './forms-data';
import { toWan, type AmountUnit } from './numbers';
import type { Reading } from './reading';
import { addsUp, itemOfRow } from './sangong-table';

/** A caption naming a 三公 决算表, and a column word that would have told the columns apart. */
const CAPTION = /三公.{0,12}决算表/;
const COLUMN_WORD = /^(预算数?|决算数?|本年预算数|本年决算数|预算|决算)$/;

/** A row: the item it is, its label where it kept one, and its two figures. */
type Row = { key: string; label?: StreamCell; figures: StreamCell[] };

export function readHeaderlessSangongRows(cells: StreamCell[], r: Reading): void {
  for (let i = 0; i < cells.length; i++) {
    if (!CAPTION.test(cells[i]!.label)) continue;
    const rows: Row[] = [];
    let total: StreamCell[] | undefined;
    let k = i + 1;
    for (; k < cells.length && k < i + 60; k++) {
      const c = cells[k]!;
      if (COLUMN_WORD.test(c.label)) return; // the header is there: the table reader's
      const pair = [cells[k + 1], cells[k + 2]];
      const key = itemOfRow(c.label);
      if (key && pair.every((p) => cellFigure(p) !== undefined)) {
        rows.push({ key, label: c, figures: pair as StreamCell[] });
        k += 2;
        continue;
      }
      // The 合计 row with its label lost: two figures before the first item.
      if (!rows.length && cellFigure(c) !== undefined && cellFigure(cells[k + 1]) !== undefined) {
        total = [c, cells[k + 1]!];
        k += 1;
        continue;
      }
      if (rows.length) break;
    }
    if (rows.length < 3) continue;
    const all: Row[] = total ? [{ key: 'total', figures: total }, ...rows] : rows;
    const column = (n: 0 | 1) => new Map(all.map((x) => [x.key, cellFigure(x.figures[n])!.value] as const));
    const [budget, actual] = [column(0), column(1)];
    if (!addsUp(budget) || !addsUp(actual) || !budget.has('total')) continue;
    const unit: AmountUnit = r.docUnit ?? '万元';
    for (const [figure, values] of [
      ['budget', budget],
      ['actual', actual],
    ] as const)
      for (const [key, value] of values) add(r, key, figure, value, all, unit);
    i = k;
  }
}

function add(
  r: Reading,
  key: string,
  figure: 'budget' | 'actual',
  value: Decimal,
  rows: Row[],
  unit: AmountUnit,
): void {
  const row = rows.find((x) => x.key === key)!;
  const source: SourceRef = {
    line: row.figures[0]!.loc.line,
    text: [row.label?.raw ?? '', ...row.figures.map((c) => c.raw)].join(' | ').replace(/^ \| /, ''),
    unit,
    rule: `form:三公经费表(无表头)/${figure === 'budget' ? '预算数' : '决算数'}/${key}`,
  };
  r.bag.add(sangongKey(key, figure), toWan(value, unit), source, 'form');
}
