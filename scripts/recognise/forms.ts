// Reads the national self-evaluation forms (forms-data.ts) from the cell stream (cells.ts), whatever
// the flattening: the funding block's header words fix its columns, a row label starts a row and the
// value cells after it fill the columns in order. A row with fewer values than columns lost cells on
// the way (an empty cell dropped, a merged one flattened away); the reading of it that agrees with
// the form's own arithmetic (执行率 = 执行数 ÷ 预算数, 得分 ≤ 分值) is taken. A form headed by
// 项目名称 is a project's: its figures are that project's row, not the department's.

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { cellFigure, type StreamCell } from './cells';
import { isGluedFigures } from './glued';
import {
  closingScore,
  fitRow,
  gradeAt,
  slotOf,
  ungluedRow,
  valuesAfter,
  interleavedScore,
  type Slot,
} from './form-rows';
import { FundingSources } from './form-sources';
import { COLUMN_OF, headerAt, type Header } from './funding-header';
import { planUseAt } from './plan-use';
import { INLINE_PART_RULE, inlinePart } from './form-parts';
import {
  GRADE_OF,
  PART_ROW_KEYS,
  PROJECT_ROW_KEYS,
  SCORE_ROW_AFTER_TABLE,
  SCORE_ROW_LABELS,
  TOTAL_ROW_KEYS,
  bareLabel,
  fundingRowOf,
} from './forms-data';
import { declaredUnit, toWan } from './numbers';
import type { ProjectKey } from './projects';
import { fieldAt, projectAt, type FormField } from './form-head';
import type { Reading } from './reading';

export interface FormsRead {
  /** Labelled head fields met (实施单位, 主管部门, 单位名称 …), in order. */
  fields: FormField[];
  /** Project forms read, by project name. */
  projects: string[];
  /** Did a department-wide form state its funding or score? */
  overall: boolean;
  /** Grades stated on project forms. */
  projectGrades: Reading['grades'];
}

function rowSource(label: StreamCell, slots: Slot[], unit: string | undefined, rule: string): SourceRef {
  const ref: SourceRef = {
    line: label.loc.line,
    text: [label.raw, ...slots.map((s) => s.cell.raw)].join(' | ').replace(/( \| )+$/, ''),
    rule,
  };
  if (label.loc.page !== undefined) ref.page = label.loc.page;
  if (label.loc.sheet !== undefined) ref.sheet = label.loc.sheet;
  if (unit) ref.unit = unit;
  return ref;
}

const SCORE_LABELS = new Set(SCORE_ROW_LABELS);
const TABLE_TOTAL_LABELS = new Set(SCORE_ROW_AFTER_TABLE);
const INDICATOR_HEADER = /^(一级指标|二级指标|三级指标|评价指标|指标名称)$/;
/** A figure with no unit of its own (one written "1,500,000元" is read by the rules that know its unit). */
const BARE_FIGURE = /^\d[\d,]*(\.\d+)?$/;

/** A score sheet's or form's title, and one that is a project's. */
const SHEET_TITLE = /(得分表|评分表|自评表|评价表)/;
const PROJECT_SHEET = /项目.{0,8}(得分表|评分表)/;

/** "100.00 | 94.04 | 优" as a row of its own: the maximum, then the score, then the grade. */
function unlabelledTotal(
  cells: StreamCell[],
  i: number,
): { score: Decimal; grade: string; slots: Slot[] } | undefined {
  const [c, s, g] = [cells[i]!, cells[i + 1], cells[i + 2]];
  const rowStart = i === 0 || cells[i - 1]!.loc.line !== c.loc.line;
  if (!rowStart || !s || !g || s.loc.line !== c.loc.line || !cellFigure(c)?.value.eq(100)) return undefined;
  const score = cellFigure(s)?.value;
  const grade = GRADE_OF[g.label];
  if (!score || score.gt(100) || !grade) return undefined;
  return { score, grade, slots: valuesAfter(cells, i + 1, 1) };
}

/**
 * Read every form in the stream into the reading. `titled` is the project the document's title
 * names: a form with no 项目名称 of its own (the title names it) is that project's.
 */
/** Words heading a list of projects before its figure columns. */
const LIST_HEADER = /^(项目名称|专项资金名称|资金名称)$/;

/** Words heading a score sheet's columns: a table of its own, not a funds block's rows. */
const SCORE_SHEET_HEADER = /^(分值|分数|计分标准|评分标准|考核内容|评价要点)$/;

export function readForms(cells: StreamCell[], r: Reading, titled?: string): FormsRead {
  const read: FormsRead = { fields: [], projects: [], overall: false, projectGrades: [] };
  let project: string | undefined;
  let header: Header | undefined;
  let listHeader = false;
  let indicatorTable = false;
  let sheetTitle: string | undefined;
  const put = (key: string, value: Decimal, source: SourceRef): void => {
    if (project) r.projects.add(project, key as ProjectKey, value, source, 'form');
    else {
      r.bag.add(key, value, source, 'form');
      read.overall = true;
    }
  };
  const sources = new FundingSources();
  const projectFundLines = new Set<number>();
  const closeBlock = () => {
    for (const f of project ? sources.closeProject() : sources.close()) put(f.key, f.value, f.source);
  };
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const name = projectAt(cells, i);
    if (name) {
      closeBlock();
      project = name;
      header = undefined;
      indicatorTable = false;
      if (!read.projects.includes(name)) read.projects.push(name);
      r.projects.get(name).fromTable = true;
      r.kinds.add('project_self_eval');
      continue;
    }
    const field = fieldAt(cells, i);
    if (field) {
      read.fields.push(field);
      continue;
    }
    // A project's goal table states its funds as label and figure ("资金总额 | 100", "其中:财政拨款 | 100"):
    // the total is its budget, and neither is the unit's.
    // Or as a budget column's word and its one figure ("预算规模及资金用途 | 预算数 | 36.50 | 其中:财政资金 | 36.50").
    const fund =
      project && !header && c.label !== '合计'
        ? (fundingRowOf(c.label) ??
          (COLUMN_OF.get(bareLabel(c.label)) === 'budget' && BARE_FIGURE.test(cells[i + 1]?.label ?? '')
            ? 'total'
            : undefined))
        : undefined;
    const fundValue = fund === 'total' || fund === 'fiscal' ? valuesAfter(cells, i + 1, 2) : [];
    if (fundValue.length === 1 && fundValue[0]!.value && !fundValue[0]!.percent) {
      const unit = r.docUnit ?? '万元';
      // "资金总额 | (empty) | 其中:财政拨款 | 286 | 其他资金 | (empty)": the total left blank, the
      // appropriation the only money stated is the whole.
      const blankTotal =
        fund === 'fiscal' &&
        i > 0 &&
        fundingRowOf(cells[i - 1]!.label) === 'total' &&
        fundingRowOf(cells[i + 2]?.label ?? '') === 'other' &&
        !valuesAfter(cells, i + 3, 1)[0]?.value?.gt(0);
      if (fund === 'total' || blankTotal)
        put(
          'budget',
          toWan(fundValue[0]!.value, unit),
          rowSource(c, fundValue, unit, `form:资金情况/${c.label}`),
        );
      projectFundLines.add(c.loc.line);
      continue;
    }
    // Beside it, its executed word and one figure ("预算数: | 126.8 | 执行数: | 118.42"): the project's spending.
    if (
      project &&
      !header &&
      COLUMN_OF.get(bareLabel(c.label)) === 'executed' &&
      BARE_FIGURE.test(cells[i + 1]?.label ?? '')
    ) {
      const spent = valuesAfter(cells, i + 1, 1)[0];
      if (spent?.value && !spent.percent) {
        const unit = r.docUnit ?? '万元';
        put('executed', toWan(spent.value, unit), rowSource(c, [spent], unit, `form:资金情况/${c.label}`));
        continue;
      }
    }
    const owner = project ?? titled;
    const planned = owner ? planUseAt(cells, i) : undefined;
    if (owner && planned?.value) {
      const unit = planned.unit ?? r.docUnit ?? '万元';
      const source = rowSource(c, [slotOf(planned.cell)], unit, `form:项目基本信息/${c.label}`);
      r.projects.add(owner, planned.key, toWan(planned.value.value, unit), { ...source, unit }, 'form');
      continue;
    }
    const h = headerAt(cells, i);
    if (h) {
      closeBlock();
      header = h;
      // "序号 | 项目名称 | 预算数 | 执行数 …": a list of projects, whose 合计 is theirs, not the unit's funds.
      listHeader = i > 0 && LIST_HEADER.test(cells[i - 1]!.label);
      indicatorTable = false;
      i = h.end - 1;
      continue;
    }
    // Or its level's word split from 指标 over two cells ("一级" / "指标"), a cell a paragraph.
    // Or a score sheet's bare 指标 before its 权重 or 分值 column ("内容 | 指标 | 权重 | 评分结果").
    if (
      INDICATOR_HEADER.test(c.label) ||
      (/^[一二三]级$/.test(c.label) && cells[i + 1]?.label === '指标') ||
      (c.label === '指标' && /^(权重|分值)$/.test(cells[i + 1]?.label ?? ''))
    )
      indicatorTable = true;
    // The total row: its label, or, right under the header, a row with no label of its own (the
    // block's caption "项目资金(万元)" spanned both lines and left only its unit: "(万元) | 120 | …").
    const unlabelled =
      header &&
      i === header.end &&
      (c.label === '' || declaredUnit(c.text) !== undefined || cellFigure(c) !== undefined);
    // "资金结构:(1)基本支出": the row's own label is after the block's.
    const inline = header && !project ? inlinePart(c) : undefined;
    const rowKind = inline?.row ?? fundingRowOf(c.label);
    const partKeys = !project && rowKind ? PART_ROW_KEYS[rowKind] : undefined;
    if (header && rowKind && !partKeys && rowKind !== 'total' && i - header.end <= 40) {
      const slots = rowSlots(cells, i + 1, header);
      const unit = header.unit ?? r.docUnit ?? '万元';
      sources.note(
        rowKind,
        fitRow(header.columns, slots),
        rowSource(c, slots, unit, `form:资金来源/${c.label}`),
        unit,
      );
    }
    if (header && partKeys && i - header.end <= 40) {
      const slots = inline ? [inline.slot] : valuesAfter(cells, i + 1, header.columns.length + 2);
      const fit = fitRow(header.columns, slots);
      const unit = header.unit ?? r.docUnit ?? '万元';
      sources.note(rowKind!, fit, rowSource(c, slots, unit, `form:资金结构/${c.label}`), unit);
      for (const [col, slot] of fit) {
        // A form with only 年初预算数 states a part's budget there.
        const key =
          partKeys[col] ?? (col === 'budget_initial' && !fit.has('budget') ? partKeys.budget : undefined);
        if (key && slot.value && !slot.percent)
          put(key, toWan(slot.value, unit), {
            ...rowSource(c, slots, unit, `${inline ? INLINE_PART_RULE : 'form:资金结构/'}${c.label}`),
            unit,
          });
      }
      continue;
    }
    // "资金支出率(实际支出/计划投入) | 93.67%": the block's rate in a cell of its own after its rows.
    const rateCell =
      !!header &&
      i - header.end <= 40 &&
      COLUMN_OF.get(bareLabel(c.label.replace(/[(（][^()（）]*[)）]$/, ''))) === 'rate';
    const rate = rateCell ? valuesAfter(cells, i + 1, 1)[0] : undefined;
    if (rate?.value && rate.percent) {
      put(
        project ? 'execution_rate' : 'overall.execution_rate',
        rate.value,
        rowSource(c, [rate], '%', 'form:执行率'),
      );
      continue;
    }
    const totalRow = rowKind === 'total' && !(indicatorTable && TABLE_TOTAL_LABELS.has(c.label));
    // A 合计 under another table's header since (考核内容 | 分值 | 计分标准 | 分数): that table's, not the funds'.
    const otherTable =
      header !== undefined && cells.slice(header.end, i).some((x) => SCORE_SHEET_HEADER.test(x.label));
    if (
      header &&
      i - header.end <= 40 &&
      (unlabelled || totalRow) &&
      !otherTable &&
      !(totalRow && listHeader)
    ) {
      // A row that lost its label starts with its first figure.
      const slots = rowSlots(cells, cellFigure(c) !== undefined ? i : i + 1, header);
      if (slots.filter((s) => s.value).length < 2) continue;
      const fit = fitRow(header.columns, slots);
      const unit = header.unit ?? r.docUnit ?? '万元';
      const source = rowSource(c, slots, unit, `form:年度预算资金/${c.label}`);
      sources.note('total', fit, source, unit);
      const keys = project ? PROJECT_ROW_KEYS : TOTAL_ROW_KEYS;
      // A form with only 年初预算数 rates against it: it is the budget too.
      const onlyInitial = !header.columns.includes('budget');
      for (const [col, slot] of fit) {
        if (!slot.value) continue;
        const value = col === 'rate' ? slot.value : toWan(slot.value, unit);
        for (const key of [keys[col], col === 'budget_initial' && onlyInitial ? keys.budget : undefined])
          if (key) put(key, value, { ...source, unit: col === 'rate' ? '%' : unit });
      }
      // A funds row weighted 100 carries the whole form's score (a form with no 总分 row of its own).
      const weight = fit.get('weight')?.value;
      const score = fit.get('score')?.value;
      if (weight?.eq(100) && score?.lte(100))
        put(project ? 'score' : 'overall.score', score, { ...source, unit: '分', rule: 'form:分值100/得分' });
      if (!project) r.kinds.add('overall_self_eval');
      continue;
    }
    // A results table's last row without a label, "100.00 | 94.04 | 优": the maximum, the score, the grade.
    const total = unlabelledTotal(cells, i);
    if (total) {
      const source = rowSource(c, total.slots, '分', 'form:100/得分/等级');
      put(project ? 'score' : 'overall.score', total.score, source);
      (project ? read.projectGrades : r.grades).push({ grade: total.grade, source });
      i += 2;
      continue;
    }
    // "自评等级 | 良好", "评价等级:优": the form's grade.
    const gradeWord = gradeAt(cells, i);
    if (gradeWord && GRADE_OF[gradeWord]) {
      const grade = {
        grade: GRADE_OF[gradeWord]!,
        source: { line: c.loc.line, text: c.raw, rule: 'form:等级' },
      };
      // A project form's grade is its unit's only where the document is that one project's form.
      (project ? read.projectGrades : r.grades).push(grade);
      continue;
    }
    // "总分：93.04分" in one cell (a form's head or its last line) is the form's score.
    const inlineScore = c.text.match(
      /^(总分|自评总分|自评得分|综合评分|评价得分)[:：]\s*(\d+(?:\.\d+)?)\s*分?$/,
    );
    if (inlineScore) {
      // In a form's head, before its 项目名称, it is that project's.
      const ahead =
        project || header
          ? undefined
          : cells.slice(i + 1, i + 9).findIndex((_, k) => projectAt(cells, i + 1 + k));
      const owner =
        project ?? (ahead !== undefined && ahead >= 0 ? projectAt(cells, i + 1 + ahead) : undefined);
      const score = new Decimal(inlineScore[2]!);
      const source = rowSource(c, [], '分', `form:${inlineScore[1]}`);
      if (score.lte(100) && owner) r.projects.add(owner, 'score', score, source, 'form');
      else if (score.lte(100) && header) put('overall.score', score, source);
      continue;
    }
    if (SHEET_TITLE.test(c.label)) sheetTitle = c.label;
    const scoreLabel = SCORE_LABELS.has(bareLabel(c.label));
    const closing = scoreLabel || (indicatorTable && TABLE_TOTAL_LABELS.has(c.label));
    // A score label elsewhere in the form's head ("自评总分（分） | 96.4") states the score too.
    if (closing && (header || indicatorTable || scoreLabel)) {
      let slots = valuesAfter(cells, i + 1, 12);
      if (!slots.length && (project || header)) slots = interleavedScore(cells, i) ?? [];
      const score = closingScore(slots, TABLE_TOTAL_LABELS.has(c.label));
      // The total of a project's score sheet that names no project ("项目绩效自评得分表（以X为例）")
      // is no unit's score.
      const projectSheet = !project && sheetTitle !== undefined && PROJECT_SHEET.test(sheetTitle);
      if (score !== undefined && !projectSheet)
        put(project ? 'score' : 'overall.score', score, rowSource(c, slots, '分', `form:${c.label}`));
      // Only a score read closes the form: a score word followed by no figures, or by a row's number
      // (自评得分 | 1 | 规划 …), is a column's header.
      if (score !== undefined) [header, indicatorTable] = [undefined, false];
    }
  }
  closeBlock();
  for (const key of ['finance.fiscal_appropriation', 'finance.income_total'])
    r.bag.take(key, (f) => f.origin === 'pair' && projectFundLines.has(f.source.line ?? -1));
  return read;
}

/** A row's figures from `first` on, cut where they were glued together ("128.00136.50131.8296.57%"). */
function rowSlots(cells: StreamCell[], first: number, header: Header): Slot[] {
  const glued =
    cells[first] && isGluedFigures(cells[first]!.label.replace(/^[:：]/, ''))
      ? ungluedRow(cells[first]!, header.columns)
      : undefined;
  return withoutRowNumber(glued ?? valuesAfter(cells, first, header.columns.length + 2), header);
}

/** A row that opens with its number (行次 "1") where the form numbers its rows: the figures after it. */
function withoutRowNumber(slots: Slot[], header: Header): Slot[] {
  return header.rowNumbers && /^\d{1,2}$/.test(slots[0]?.cell.label ?? '') ? slots.slice(1) : slots;
}
