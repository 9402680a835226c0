// The funding block's header in the cell stream: three or more of the forms' column words in a row
// (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), a word possibly split over two cells, and the
// amount unit its caption declares. forms.ts reads the rows under it.

import type { StreamCell } from './cells';
import { FUNDING_COLUMNS, bareLabel, type FundingColumn } from './forms-data';
import { declaredUnit, type AmountUnit } from './numbers';

export const COLUMN_OF = new Map<string, FundingColumn>(
  FUNDING_COLUMNS.flatMap((c) => c.aliases.map((a) => [a, c.column] as const)),
);

/** The characters the column words open with. */
const COLUMN_STARTS = new Set(FUNDING_COLUMNS.flatMap((c) => c.aliases.map((a) => a[0])));

/**
 * The funding columns a cell names, trying it joined with the next cell ("全年" / "预算数"), or two
 * words a circled number parts ("年中调整金额③ 小计", read "年中调整金额(3)小计").
 */
function columnAt(cells: StreamCell[], i: number): { columns: FundingColumn[]; width: number } | undefined {
  // Past the last cell (a document cut after a header's blank cells) there is none.
  const cell = cells[i];
  if (!cell) return undefined;
  // Most cells open with no column word's first character: asked no further (every cell is asked).
  const label = cell.label;
  // (A label may open with what labelWord and bareLabel take off: a year, 其中, a number.)
  const first = label[0] ?? '';
  if (!COLUMN_STARTS.has(first) && !/[\d(（其一二三四五六七八九十]/.test(first)) return undefined;
  const one = COLUMN_OF.get(bareLabel(label));
  if (one) return { columns: [one], width: 1 };
  const parted = label.match(/^(\D{2,})\(\d\)(\D{2,})$/);
  const both = parted && [COLUMN_OF.get(bareLabel(parted[1]!)), COLUMN_OF.get(bareLabel(parted[2]!))];
  if (both?.[0] && both[1]) return { columns: [both[0], both[1]], width: 1 };
  const next = cells[i + 1];
  if (next && label.length <= 4) {
    const two = COLUMN_OF.get(bareLabel(label + next.label));
    if (two) return { columns: [two], width: 2 };
  }
  return undefined;
}

export interface Header {
  columns: FundingColumn[];
  end: number;
  unit?: AmountUnit;
  /** The rows open with their number (a 列次 line follows the header): not a figure of the form. */
  rowNumbers?: boolean;
}

/**
 * A column's mark on a line of its own: its letter ("(A)", "(D/C×100%)"), its unit ("(%)"), or its
 * formula in circled numbers ("④=①+②+③", read "(4)=(1)+(2)+(3)").
 */
const COLUMN_MARK = /^(?:[(（][A-Z][^()（）]{0,14}[)）]|[(（]%[)）]|\(\d\)=[()\d+\-/×*]+)$/;

/** A funding header starting at i: three or more column words in a row, a budget or executed among them. */
export function headerAt(cells: StreamCell[], i: number): Header | undefined {
  const columns: FundingColumn[] = [];
  let j = i;
  let unit: AmountUnit | undefined;
  while (j < cells.length) {
    // A merged header cell flattened to blanks leaves empty cells between the words.
    let k = j;
    while (cells[k]?.label === '' && k - j < 2) k++;
    if (k > j && !columns.length) break;
    const hit = columnAt(cells, k);
    if (!hit || hit.columns.some((c) => columns.includes(c) && c !== 'note')) break;
    j = k;
    columns.push(...hit.columns);
    for (let k = j; k < j + hit.width; k++) unit ??= declaredUnit(cells[k]!.text);
    j += hit.width;
    // A column's mark on a line of its own ("(A)", "(D/C×100%)") belongs to its word.
    while (COLUMN_MARK.test(cells[j]?.label ?? '')) j++;
  }
  if (columns.length < 3 || !(columns.includes('budget') || columns.includes('executed'))) return undefined;
  // The block's caption ("年度预算资金（万元）", "项目资金(元)") sits just before its header.
  for (let k = i - 1; k >= Math.max(0, i - 6) && !unit; k--) unit = declaredUnit(cells[k]!.text);
  const rowNumbers = cells.slice(j, j + 4).some((c) => /^列次$/.test(c.label));
  return { columns, end: j, unit, ...(rowNumbers ? { rowNumbers } : {}) };
}
