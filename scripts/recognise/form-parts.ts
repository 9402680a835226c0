// Parts of a department form's funds (基本支出, 项目支出) written one to a cell under its funding block
// ("其中:基本支出:1768.16万元"), and whether they are the budget's or the spending's.

import Decimal from 'decimal.js';
import type { StreamCell } from './cells';
import { slotOf, type Slot } from './form-rows';
import { PART_ROW_KEYS, fundingRowOf } from './forms-data';
import type { Reading } from './reading';

/** "其中:基本支出:1768.16万元": a part row written in one cell, its figure after the colon. */
export function inlinePart(
  c: StreamCell,
): { row: NonNullable<ReturnType<typeof fundingRowOf>>; slot: Slot } | undefined {
  const m = c.text.match(/^(.*?[\u4e00-\u9fa5])[:：]\s*(\d[\d,]*(?:\.\d+)?)\s*(万元)?$/);
  const row = m ? fundingRowOf(m[1]!.replace(/^其中[:：]?/, '')) : undefined;
  if (!m || !row || !PART_ROW_KEYS[row]) return undefined;
  return { row, slot: slotOf({ ...c, raw: m[2]!, text: m[2]!, label: m[2]! }) };
}

export const INLINE_PART_RULE = 'form:资金结构(一格)/';

/**
 * Parts a form writes in one cell each under its funds ("其中:基本支出:1768.16万元"): the budget's
 * parts where they add up to the budget; otherwise the spending's (按支出性质分 is then the year's
 * spending by kind), as the sentence reader took them. The reading the arithmetic rejects goes.
 */
export function settleInlineParts(r: Reading): void {
  const inline = (key: string) =>
    r.bag.all(key).filter((c) => c.origin === 'form' && c.source.rule?.startsWith(INLINE_PART_RULE));
  const parts = Object.values(PART_ROW_KEYS).map((p) => ({ ...p, read: inline(p.budget!)[0] }));
  if (!parts.some((p) => p.read)) return;
  const sum = parts.reduce((a, p) => a.plus(p.read?.value ?? 0), new Decimal(0));
  const budget = r.bag.best('overall.budget')?.value;
  const spent = !(parts.every((p) => p.read) && budget?.eq(sum));
  for (const p of parts) {
    if (!p.read) continue;
    const sameLine = (c: { source: { line?: number }; origin: string }) =>
      c.source.line === p.read!.source.line && c.origin === 'sentence';
    if (spent) r.bag.take(p.budget!, (c) => c === p.read);
    else r.bag.take(p.executed!, sameLine);
  }
}

/**
 * "基本支出总额 | 912.46万 | 项目支出总额 | 136.8万" over a form whose 预算数 is 1049.26: the two parts add
 * up to the budget and to nothing spent, so they are the budget's parts, not the spending's.
 */
export function partsOfBudget(r: Reading): void {
  const basic = r.bag.best('finance.basic')?.value;
  const project = r.bag.best('finance.project')?.value;
  const budget = r.bag.best('overall.budget')?.value;
  if (
    !basic ||
    !project ||
    !budget ||
    r.bag.has('finance.budget_basic') ||
    r.bag.has('finance.budget_project')
  )
    return;
  const sum = basic.plus(project);
  const spent = ['overall.executed', 'finance.expenditure_total'].some((k) => r.bag.best(k)?.value.eq(sum));
  if (!sum.eq(budget) || spent) return;
  r.bag.move('finance.basic', 'finance.budget_basic');
  r.bag.move('finance.project', 'finance.budget_project');
}
