// The basic-information block of the older 财政支出项目绩效评价报告 (项目基本信息): 计划投资额 (万元), its
// parts by source (其中：中央财政 | 省财政 | 市县财政 | 其他), then the figures, the total first; 实际到位资金
// and 实际使用情况 the same way. The total planned is the project's budget and the total used its
// amount executed (到位, the funds received, is neither).

import type { StreamCell } from './cells';
import { cellFigure } from './cells';
import { declaredUnit, type AmountUnit } from './numbers';
import { bareLabel } from './forms-data';

const PLAN_USE: [RegExp, 'budget' | 'executed'][] = [
  [/^(计划投资额|计划投资|计划安排资金|计划投入资金)$/, 'budget'],
  [/^(实际使用情况|实际使用资金|实际使用|实际支出)$/, 'executed'],
];
/** The source columns written between the label and its figures. */
const SOURCE_WORD =
  /^(其中[:：]?)?(中央财政|省财政|省级财政|市县财政|市级财政|县级财政|其他|其它|自筹|其他资金)$/;

/** The planned or used total a label at i states: the first figure after its source columns. */
export function planUseAt(
  cells: StreamCell[],
  i: number,
):
  | { key: 'budget' | 'executed'; cell: StreamCell; value: ReturnType<typeof cellFigure>; unit?: AmountUnit }
  | undefined {
  const label = bareLabel(cells[i]!.label.replace(/[(（](万元|元)[)）]$/, ''));
  const key = PLAN_USE.find(([re]) => re.test(label))?.[1];
  if (!key) return undefined;
  const unit = declaredUnit(cells[i]!.text) ?? declaredUnit(cells[i + 1]?.text ?? '');
  for (let k = i + 1; k < Math.min(cells.length, i + 10); k++) {
    const c = cells[k]!;
    const value = cellFigure(c);
    if (value) return { key, cell: c, value, unit };
    if (c.label !== '' && !SOURCE_WORD.test(c.label) && !/^[(（](万元|元)[)）]$/.test(c.label))
      return undefined;
  }
  return undefined;
}
