// Scoring tables (评分表, 绩效指标): rows of indicators under one to four levels, each with a
// weight (分值) and a self-score (得分), and for project tables a target and an actual value.
// Column roles come from the header row (scoring-header.ts). Rows that
// kept every cell are read by position; rows that lost their empty cells when the table was
// flattened are read from the right, where the figures are, and their labels in order from the left.

import type Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { cleanName } from './normalize';
import { parseCellNumber } from './numbers';
import { gridCell, rowSource, type GridCell, type GridRow } from './grid';
import type { Table } from '../model/document';
import { LEVEL, type ColumnRole, type ScoringHeader } from './scoring-header';

export interface ScoredRow {
  name: string;
  path: string[];
  weight?: Decimal;
  score?: Decimal;
  target?: string;
  actual?: string;
  source: SourceRef;
}

export interface ScoringResult {
  rows: ScoredRow[];
  total?: { weight?: Decimal; score?: Decimal; source: SourceRef };
  hasScoreColumn: boolean;
  hasTargets: boolean;
}

const WEIGHT_NOTE = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/;
const PLACEHOLDER = /^(指标\d*|\.\.\.|…+|—+|-+|无)$/;
/** The row that closes a table of scores: its total, or the evaluation's result over its parts' scores. */
export const SCORE_TOTAL = /^(总分|合计|总计|得分合计|总得分|综合得分|评价结果)$/;

interface Label {
  name: string;
  weight?: Decimal;
  cell: GridCell;
}

/** "目标依据充分性 (2分)" → name and the weight in brackets. */
function splitLabel(c: GridCell): Label {
  const text = cleanName(c.raw.text.replace(/\s*\n\s*/g, ''));
  const m = text.match(WEIGHT_NOTE);
  if (!m) return { name: text, cell: c };
  const name = text.slice(0, m.index).trim();
  return { name, weight: parseCellNumber(m[1]!)?.value, cell: c };
}

function isDescription(c: GridCell): boolean {
  const t = c.label;
  if (t.length > 28) return true;
  return /[。;；,，=①②③]|:$|：/.test(c.raw.text) || /^\d+[、.]/.test(t);
}

function numberOf(c: GridCell | undefined): Decimal | undefined {
  if (!c || c.label === '') return undefined;
  const n = parseCellNumber(c.text);
  return n && (n.suffix === '' || n.suffix === '分') ? n.value : undefined;
}

/** Read the indicator rows of one scoring section. `stack` carries levels across continued tables. */
export function readScoringRows(rows: GridRow[], header: ScoringHeader, stack: string[] = []): ScoringResult {
  const { roles } = header;
  const width = roles.length;
  const levelCols = roles.flatMap((r, i) => (r.role === 'level' ? [i] : []));
  const scoreCol = roles.findIndex((r) => r.role === 'score');
  const weightCol = roles.findIndex((r) => r.role === 'weight');
  const targetCol = roles.findIndex((r) => r.role === 'target');
  const out: ScoringResult = { rows: [], hasScoreColumn: scoreCol >= 0, hasTargets: targetCol >= 0 };
  const path: string[] = [...stack];
  const headerTexts = new Set(rows.slice(header.row, header.row + header.rows).map(rowText));

  for (const row of rows.slice(header.row + header.rows)) {
    const nonEmpty = row.filter((c) => c.label !== '');
    if (nonEmpty.length === 0) continue;
    const first = nonEmpty[0]!;
    if (SCORE_TOTAL.test(first.label.replace(/\d+分?$/, ''))) {
      const nums = row.map(numberOf).filter((n): n is Decimal => n !== undefined);
      const total: ScoringResult['total'] = { source: rowSource(row) };
      if (nums.length >= 2) {
        total.weight = nums[nums.length - 2];
        total.score = nums[nums.length - 1];
      } else if (nums.length === 1) {
        if (scoreCol >= 0 && numberOf(row[scoreCol]) !== undefined) total.score = nums[0];
        else if (nums[0]!.eq(100)) total.weight = nums[0];
        else total.score = nums[0];
      }
      out.total = total;
      break;
    }
    // The header again after a page break: skip it; another header: another section.
    if (headerTexts.has(rowText(row))) continue;
    if (row.filter((c) => LEVEL.test(c.label)).length >= 2) break;

    let labels: { level?: number; label: Label }[] = [];
    let weight: Decimal | undefined;
    let score: Decimal | undefined;
    let target: string | undefined;
    let actual: string | undefined;
    const aligned = isAligned(row, roles);
    if (aligned) {
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        if (!cell || cell.label === '') continue;
        const role = roles[c]!;
        if (role.role === 'level') labels.push({ level: role.level, label: splitLabel(cell) });
        else if (role.role === 'levelWeight') {
          const last = labels[labels.length - 1];
          if (last && last.label.weight === undefined) last.label.weight = numberOf(cell);
        } else if (role.role === 'weight') weight = numberOf(cell);
        else if (role.role === 'score') score = numberOf(cell);
        else if (role.role === 'target') target = cleanName(cell.raw.text);
        else if (role.role === 'actual') actual = cleanName(cell.raw.text);
      }
      // A label outside the level columns (a shifted first column) still names a level.
      if (labels.length === 0) {
        const lab = row.find(
          (c, i) =>
            c.label !== '' && roles[i]?.role === 'text' && !isDescription(c) && numberOf(c) === undefined,
        );
        if (lab) labels.push({ label: splitLabel(lab) });
      }
    } else {
      // Read from the right: the figure columns, then the text columns, then the labels.
      const cells = [...row];
      while (cells.length && cells[cells.length - 1]!.label === '') cells.pop();
      let end = cells.length - 1;
      let col = width - 1;
      while (
        col >= 0 &&
        roles[col]!.role === 'text' &&
        !levelCols.includes(col) &&
        col > Math.max(scoreCol, weightCol)
      )
        col--;
      const lastIsNumber = numberOf(cells[end]) !== undefined;
      if (!lastIsNumber && col === scoreCol) col--; // no score stated: the last cell is a text column
      while (col >= 0 && end >= 0 && !levelCols.includes(col) && roles[col]!.role !== 'levelWeight') {
        const cell = cells[end]!;
        const role = roles[col]!;
        if (role.role === 'score') score = numberOf(cell);
        else if (role.role === 'weight') weight = numberOf(cell);
        else if (role.role === 'target') target = cell.label === '' ? undefined : cleanName(cell.raw.text);
        else if (role.role === 'actual') actual = cell.label === '' ? undefined : cleanName(cell.raw.text);
        col--;
        end--;
      }
      for (const cell of cells.slice(0, end + 1)) {
        if (cell.label === '') continue;
        const n = numberOf(cell);
        if (n !== undefined) {
          const last = labels[labels.length - 1];
          if (last && last.label.weight === undefined) last.label.weight = n;
          continue;
        }
        if (isDescription(cell)) continue;
        labels.push({ label: splitLabel(cell) });
      }
    }
    labels = labels.filter((l) => l.label.name !== '');
    // Where weights are written into the labels ("公众满意度(4分)"), the leaf is the deepest weighted
    // label; an unweighted label below it describes how it is measured.
    if (weightCol < 0 && !roles.some((x) => x.role === 'levelWeight')) {
      let lastWeighted = -1;
      labels.forEach((l, i) => {
        if (l.label.weight !== undefined) lastWeighted = i;
      });
      if (lastWeighted >= 0) labels = labels.slice(0, lastWeighted + 1);
    }
    // Identical neighbours are one label repeated in a content column.
    labels = labels.filter((l, i) => i === 0 || l.label.name !== labels[i - 1]!.label.name);
    if (labels.length === 0) continue;

    // Update the carried path: positioned labels replace their level; unpositioned ones the deepest levels.
    const leaf = labels[labels.length - 1]!;
    const groups = labels.slice(0, -1);
    const hasFigures =
      weight !== undefined ||
      score !== undefined ||
      target !== undefined ||
      actual !== undefined ||
      leaf.label.weight !== undefined;
    if (leaf.level !== undefined) {
      for (const g of groups) if (g.level !== undefined) path.splice(g.level - 1, path.length, g.label.name);
      path.length = Math.min(path.length, leaf.level - 1);
    } else if (groups.length) {
      path.splice(Math.max(0, path.length - groups.length), path.length, ...groups.map((g) => g.label.name));
    }
    const placeholder = PLACEHOLDER.test(leaf.label.name.replace(/[:：]$/, ''));
    if (!hasFigures || placeholder) {
      // A group heading on a row of its own; a placeholder row ("指标1:") changes nothing.
      if (!placeholder) {
        if (leaf.level !== undefined) path.splice(leaf.level - 1, path.length, leaf.label.name);
        else if (groups.length === 0) path.splice(Math.max(0, path.length - 1), path.length, leaf.label.name);
      }
      continue;
    }
    const r: ScoredRow = {
      name: leaf.label.name,
      path: [...path, leaf.label.name],
      source: rowSource(row),
    };
    const w = weight ?? leaf.label.weight;
    if (w !== undefined) r.weight = w;
    if (score !== undefined) r.score = score;
    if (target !== undefined) r.target = target;
    if (actual !== undefined) r.actual = actual;
    out.rows.push(r);
  }
  return out;
}

function rowText(row: GridRow): string {
  return row
    .map((c) => c.label)
    .join('|')
    .replace(/\|+$/, '');
}

/** A row that kept its empty cells: figures stand in the figure columns, within the header's width. */
function isAligned(row: GridRow, roles: ColumnRole[]): boolean {
  if (row.length < roles.length - 1) return false;
  if (row.slice(roles.length).some((c) => c.label !== '')) return false;
  let figures = 0;
  for (let c = 0; c < roles.length; c++) {
    const role = roles[c]!.role;
    const cell = row[c];
    if (!cell || cell.label === '') continue;
    // A level column holding a value ("100", "≥98") means the row lost cells on its left.
    if (role === 'level' && /^[≥≤<>=＞＜]?-?\d+(\.\d+)?(%|分|个|人|次|件|万元|元)?$/.test(cell.label))
      return false;
    // A bare figure in a description column: the figures moved left, the row lost a cell.
    if (
      role === 'text' &&
      numberOf(cell) !== undefined &&
      roles.some((x) => x.role === 'score' || x.role === 'weight')
    )
      return false;
    if (role === 'weight' || role === 'score' || role === 'levelWeight') {
      if (numberOf(cell) === undefined) return false;
      figures++;
    }
  }
  return figures > 0 || !roles.some((r) => r.role === 'score' || r.role === 'weight');
}

/** Normalised grid rows of a table, for scoring. */
export function tableRows(table: Table): GridRow[] {
  return table.rows.map((r) => r.cells.map(gridCell));
}
