// The header of a scoring table (评分表, 绩效指标): which column holds which level of indicator, its
// weight (分值), the self-score (得分), the target and the actual value, from the header words
// ("一级指标", "分值", "自评得分", "年度指标值" …).

import type { GridRow } from './grid';
import { SCORE_LEVEL_WORDS as LEVEL_WORDS } from './forms-data';
import { parseCellNumber } from './numbers';

export type ColumnRole =
  | { role: 'level'; level: number }
  | { role: 'levelWeight'; level: number }
  | { role: 'weight' }
  | { role: 'score' }
  | { role: 'target' }
  | { role: 'actual' }
  | { role: 'text' };

export interface ScoringHeader {
  roles: ColumnRole[];
  signature: string;
  /** Index of the header row in the table. */
  row: number;
  rows: number;
}

export const LEVEL = /^(?:([一二三四五六])级|第([一二三四五六])级)(?:指标)?/;
const LEVEL_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

function roleOf(label: string, levelAbove: number | undefined, named = false): ColumnRole {
  // "指标得分（分）", "得分系数（%）": the unit in brackets is not part of the role's word.
  const l = label.replace(/[(（](分|%|％|万元|元)[)）]$/, '');
  const lv = l.match(LEVEL);
  if (lv) return { role: 'level', level: LEVEL_NUMBER[lv[1] ?? lv[2]!]! };
  // A sheet that names its levels by what they hold (项目 | 考核内容 | 考核指标).
  const word = named ? LEVEL_WORDS.find((w) => w.words.includes(l)) : undefined;
  if (word) return { role: 'level', level: word.level };
  if (levelAbove !== undefined) {
    if (/^(名称|指标名称|指标)$/.test(l)) return { role: 'level', level: levelAbove };
    if (/分值|权重/.test(l)) return { role: 'levelWeight', level: levelAbove };
  }
  if (/标准|依据|说明|原因|内容|措施|备注|评价要点|计算/.test(l)) return { role: 'text' };
  if (
    /^(指标值|年度指标值|预期指标值|目标值|预期目标值|绩效目标值|计划值|年度目标值)|^(年度|预期)?(指标|目标)值/.test(
      l,
    )
  )
    return { role: 'target' };
  if (/^(实际完成值|实际完成指标值|实际值|完成值|实际完成情况|实际完成|完成情况)|实际完成(指标)?值/.test(l))
    return { role: 'actual' };
  if (/(自评)?得分$|^自评分$|^评分$|^(实际)?得分(?!系数|率)/.test(l)) return { role: 'score' };
  if (/^(分值|权重|权数|标准分|指标分值|满分|参考分值|分数)/.test(l)) return { role: 'weight' };
  return { role: 'text' };
}

/** Find the header row of a scoring section: two or more level columns, or 指标 with 分值/得分. */
export function findScoringHeader(rows: GridRow[], from = 0): ScoringHeader | undefined {
  for (let r = from; r < rows.length; r++) {
    const labels = rows[r]!.map((c) => c.label);
    const named = LEVEL_WORDS.filter((w) => labels.some((l) => w.words.includes(l))).length >= 2;
    const levels = named ? 2 : labels.filter((l) => LEVEL.test(l)).length;
    if (
      levels < 2 &&
      !(
        labels.some((l) => /指标/.test(l)) &&
        labels.some((l) => /^(分值|权重|权数|得分|自评得分|考评得分)$/.test(l))
      )
    )
      continue;
    // Up to two more header rows below (名称/分值 under each level).
    let depth = 1;
    while (
      r + depth < rows.length &&
      depth < 3 &&
      rows[r + depth]!.some((c) => /^(名称|分值|参考分值|权重)$/.test(c.label)) &&
      !rows[r + depth]!.some((c) => c.label !== '' && parseCellNumber(c.text) !== undefined)
    )
      depth++;
    // Header rows above with the same span (评价指标 | | … | 参考评分标准 | 自评得分).
    let top = r;
    if (r > 0 && rows[r - 1]!.some((c) => /^(评价指标|指标)$/.test(c.label))) top = r - 1;
    const headerRows = rows.slice(top, r + depth);
    const width = Math.max(...headerRows.map((h) => h.length));
    const roles: ColumnRole[] = [];
    let currentLevel: number | undefined;
    for (let c = 0; c < width; c++) {
      // A level header spreads over the empty cells right of it (名称 | 分值 under 一级指标).
      let levelHere: number | undefined;
      for (const h of headerRows) {
        const lab = h[c]?.label ?? '';
        const m = lab.match(LEVEL);
        if (m) levelHere = LEVEL_NUMBER[m[1] ?? m[2]!];
      }
      if (levelHere !== undefined) currentLevel = levelHere;
      let role: ColumnRole = { role: 'text' };
      const stack = headerRows.map((h) => h[c]?.label ?? '').filter((l) => l !== '');
      if (stack.length === 0) {
        role =
          currentLevel !== undefined && depth > 1
            ? { role: 'levelWeight', level: currentLevel }
            : { role: 'text' };
      } else {
        const deepest = stack[stack.length - 1]!;
        role = roleOf(deepest, depth > 1 ? currentLevel : undefined, named);
        if (role.role !== 'level' && role.role !== 'levelWeight') currentLevel = undefined;
      }
      roles.push(role);
    }
    if (!roles.some((x) => x.role === 'level')) continue;
    const signature = roles.map((x) => x.role + ('level' in x ? x.level : '')).join(',');
    return { roles, signature, row: top, rows: headerRows.length };
  }
  return undefined;
}
