// Tables read for one thing each: quarterly progress columns, the funding rows of a self-evaluation
// table under the header right above them, and a grade in the cell beside its label.

import { GRADE_OF } from './forms-data';
import type { FieldKind } from './fields';
import { parseCellNumber, QUARTER_OF } from './numbers';
import { UNIT_COLUMN, type Reading, type TableContext } from './reading';
import { isNumeric, rowSource, type Grid, type GridRow } from './grid';
import { amountUnitFor, cellSourceWithColumn, valueOf } from './values';

const QUARTER_COLUMN = /^(第)?([一二三四1-4])季度/;

/** Quarterly progress as a table: 第一季度 … 第四季度 columns over a row of percentages (支出进度). */
export function readQuarterColumns(g: Grid, r: Reading): void {
  const cols = g.columns.map((c) => c.match(QUARTER_COLUMN));
  if (cols.filter(Boolean).length < 2) return;
  for (const row of g.body) {
    if (!/进度|执行率/.test(row[0]?.label ?? '')) continue;
    row.forEach((cell, c) => {
      const m = cols[c];
      const n = parseCellNumber(cell.text);
      if (!m || !n || n.suffix !== '%') return;
      r.quarterly.push({
        quarter: QUARTER_OF[m[2]!]!,
        value: n.value,
        source: cellSourceWithColumn(cell, g.columns[c]!, '%'),
      });
    });
  }
}

const FUNDING_TOTAL = /^(年度资金总额|资金总额|部门整体支出|合计|总计)$/;
const FUNDING_PART: [RegExp, string, string][] = [
  [/基本支出$/, 'finance.budget_basic', 'finance.basic'],
  [/项目支出$/, 'finance.budget_project', 'finance.project'],
];

/**
 * The funding rows of a self-evaluation table, read under the header row right above them
 * (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). The row's own 分值 and 得分 score the
 * execution item and are not the department's score.
 */
export function readFundingRows(rows: GridRow[], t: TableContext, r: Reading): void {
  let header: GridRow | undefined;
  for (const row of rows) {
    const numbers = row.slice(1).filter(isNumeric).length;
    if (numbers === 0) {
      if (row.filter((c) => c.label !== '').length >= 3) header = row;
      continue;
    }
    if (!header) continue;
    // The 合计 of a list of departments or projects is nobody's own total.
    if (header.some((c) => UNIT_COLUMN.test(c.label) || /项目名称|预算项目/.test(c.label))) continue;
    const first = (row.find((c) => c.label !== '')?.label ?? '').replace(/^其中[:：]?/, '');
    const total = FUNDING_TOTAL.test(first) && t.subject !== 'project';
    const part = FUNDING_PART.find(([re]) => re.test(first));
    if (!total && !part) continue;
    // A row with figures beyond its header's columns lost a header cell on the way: which figure is
    // which the form reader works out from the form's arithmetic (form-rows.ts), not the columns' order.
    if (row.slice(header.length).some(isNumeric)) continue;
    const unit = amountUnitFor([row[0], ...header], t, r);
    for (let c = 1; c < row.length; c++) {
      const cell = row[c]!;
      const label = header[c]?.label ?? '';
      if (!isNumeric(cell) || !label) continue;
      let key: string | undefined;
      let kind: FieldKind = 'amount';
      if (/年初预算/.test(label)) key = total ? 'finance.budget_initial' : undefined;
      else if (/全年预算|调整后预算|^预算数/.test(label)) key = total ? 'overall.budget' : part![1];
      else if (/全年执行|执行数|实际支出/.test(label)) key = total ? 'overall.executed' : part![2];
      else if (/执行率/.test(label) && total) {
        key = 'overall.execution_rate';
        kind = 'rate';
      }
      if (!key) continue;
      const v = valueOf(cell, kind, unit.unit);
      if (v !== undefined)
        r.bag.add(
          key,
          v,
          cellSourceWithColumn(cell, label, kind === 'amount' ? unit.unit : undefined),
          'table',
        );
    }
  }
}

/**
 * A grade written in a cell beside its label (评价等次 | 良好), or closing the 总分 row after the score
 * (总分 | 100 | 92.5 | 优). `into` is where it goes: the unit's grades, or a project's.
 */
export function readGradeCells(rows: GridRow[], r: Reading, into = r.grades): void {
  for (const row of rows) {
    const filled = row.filter((c) => c.label !== '');
    const closing = GRADE_OF[filled[filled.length - 1]?.label ?? ''];
    if (closing && /^(总分|合计)$/.test(filled[0]?.label ?? '') && filled.length >= 3)
      into.push({ grade: closing, source: rowSource(row) });
    for (let i = 0; i < row.length - 1; i++) {
      if (!/(评价|绩效|综合)?(等次|等级)$/.test(row[i]!.label)) continue;
      const grade = GRADE_OF[row.slice(i + 1).find((c) => c.label !== '')?.label ?? ''];
      if (grade) into.push({ grade, source: rowSource(row) });
    }
  }
}
