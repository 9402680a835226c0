// Entry point of the recognisers: a document model → what it states about its unit and year.
// Tables are read first (summary tables, label–value tables, scoring tables, project tables), then
// sentences; every statement lands in a bag with its provenance, and the record takes the stated
// value of each key. Derived values (a score summed from the scoring table, a previous year's 三公
// total worked out from a stated change) go into keys of their own.

import Decimal from 'decimal.js';
import type { Block, DocumentModel, Table } from '../model/document';
import {
  emptyRecord,
  type EvaluationRecord,
  type Finding,
  type Grade,
  type IndicatorRow,
  type Project,
  type ReportKind,
  type SourceRef,
} from '../model/record';
import { FactBag, type Candidate } from './facts';
import { PREVIOUS_YEAR_KEY, ROW_FIELDS, ruleFor, topicOf, type FieldKind, type Topic } from './fields';
import { cleanName, normalizeText } from './normalize';
import { declaredUnit, decString, parseCellNumber, toWan, type AmountUnit } from './numbers';
import { ProjectBook, cleanProjectName } from './projects';
import { findScoringHeader, readScoringRows, tableRows, type ScoredRow, type ScoringHeader } from './scoring';
import {
  passages,
  readSentences,
  sentencesOf,
  sentenceSource,
  type Passage,
  type SentenceFacts,
} from './sentences';
import {
  cellSource,
  rowSource,
  toGrids,
  isNumeric,
  labelValuePairs,
  type Grid,
  type GridCell,
  type GridRow,
} from './tables';
import { recogniseUnit } from './unit';
import { recogniseYear } from './year';

interface TableContext {
  table: Table;
  /** The paragraphs between the previous table and this one, nearest last. */
  context: string;
  /** A project table, an overall table, or neither. */
  subject: 'project' | 'overall' | 'other';
}

interface Reading {
  bag: FactBag;
  changes: FactBag;
  grades: { grade: string; source: SourceRef }[];
  quarterly: { quarter: number; value: Decimal; source: SourceRef }[];
  projects: ProjectBook;
  indicators: ScoredRow[];
  indicatorTotal?: { weight?: Decimal; score?: Decimal; source: SourceRef };
  deptEvalProjects: string[];
  projectAmounts: Decimal[];
  deptEvalScores: { value: Decimal; source: SourceRef }[];
  kinds: Set<ReportKind>;
  /** Units a summary table lists row by row (部门名称 | 预算 | 执行 | 得分), with what each row states. */
  listed: Map<string, { name: string; bag: FactBag; projects: ProjectBook }>;
  docUnit?: AmountUnit;
  findings: Finding[];
}

export function recogniseDocument(doc: DocumentModel): EvaluationRecord[] {
  const r: Reading = {
    bag: new FactBag(),
    changes: new FactBag(),
    grades: [],
    quarterly: [],
    projects: new ProjectBook(),
    indicators: [],
    deptEvalProjects: [],
    projectAmounts: [],
    deptEvalScores: [],
    kinds: new Set(),
    listed: new Map(),
    findings: [],
  };
  const tables = tableContexts(doc.blocks);
  r.docUnit = documentUnit(doc.blocks);
  readTables(tables, r);
  const ps = passages(doc.blocks);
  const sf: SentenceFacts = {
    bag: r.bag,
    changes: r.changes,
    grades: r.grades,
    quarterly: r.quarterly,
    projectAmounts: r.projectAmounts,
  };
  readSentences(ps, sf);
  readNarrativeProjects(ps, r);
  readKinds(doc.blocks, tables, r);

  const lines = unitLines(doc.blocks);
  const full = lines.map((l) => l.text).join('\n');
  let unit = recogniseUnit({ lines, full });
  const year = recogniseYear({ lines });
  // A summary that lists departments: the report's own unit takes its row; every other row is a
  // record of its own. A summary with one listed unit is about that unit.
  const listed = [...r.listed.values()];
  if (!unit.name && listed.length === 1)
    unit = recogniseUnit({ lines: [{ text: listed[0]!.name, strong: true }], full });
  const others: EvaluationRecord[] = [];
  for (const l of listed) {
    if (unit.name && sameUnit(l.name, unit.name)) {
      mergeInto(r, l);
      continue;
    }
    const lu = recogniseUnit({ lines: [{ text: l.name, strong: true }], full });
    const sub = emptyReading(r);
    mergeInto(sub, l);
    const rec = buildRecord(sub, lu.name ? lu : { name: l.name }, year);
    if (Object.keys(rec.overall).length || rec.projects.length) others.push(rec);
  }
  const main =
    !unit.name && year === undefined && r.bag.keys().length === 0 && r.indicators.length === 0
      ? []
      : [buildRecord(r, unit, year)];
  return [...main, ...others];
}

/** The same unit written with or without its place prefix ("岳阳市云溪区…" and "云溪区…"). */
function sameUnit(a: string, b: string): boolean {
  const x = normalizeText(a).replace(/\s+/g, '');
  const y = normalizeText(b).replace(/\s+/g, '');
  return x === y || x.endsWith(y) || y.endsWith(x);
}

function mergeInto(r: Reading, l: { bag: FactBag; projects: ProjectBook }): void {
  for (const key of l.bag.keys()) for (const c of l.bag.all(key)) r.bag.add(key, c.value, c.source, c.origin);
  for (const p of l.projects.all()) {
    const target = r.projects.get(p.name);
    target.fromTable ||= p.fromTable;
    if (p.category && !target.category) target.category = p.category;
    for (const key of p.facts.keys())
      for (const c of p.facts.all(key)) target.facts.add(key, c.value, c.source, c.origin);
    if (!target.indicators.length) target.indicators = p.indicators;
  }
}

/** A reading for another unit listed in the same document: its own statements, the document's kinds. */
function emptyReading(r: Reading): Reading {
  return {
    bag: new FactBag(),
    changes: new FactBag(),
    grades: [],
    quarterly: [],
    projects: new ProjectBook(),
    indicators: [],
    deptEvalProjects: [],
    projectAmounts: [],
    deptEvalScores: [],
    kinds: new Set(r.kinds),
    listed: new Map(),
    findings: [],
  };
}

/** Lines for unit and year recognition: paragraphs (the first ones and titles weigh more) and table cells. */
function unitLines(blocks: Block[]): { text: string; strong: boolean }[] {
  const out: { text: string; strong: boolean }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      const t = normalizeText(b.text);
      // A web page's header and footer name the site's operator, not the report's unit.
      if (SITE_BOILERPLATE.test(t)) return;
      const title = /报告|自评表|评价表|汇总表|情况表|决算/.test(t) && t.length <= 60;
      out.push({ text: t, strong: i < 12 || title });
    } else {
      for (const row of b.table.rows) {
        const cells = row.cells.map((c) => normalizeText(c.text));
        const labelled = cells.some((c) => /^(部门名称|单位名称|填报单位|预算单位|主管部门)/.test(c));
        out.push({ text: cells.join(' '), strong: labelled });
      }
    }
  });
  return out;
}

const SITE_BOILERPLATE =
  /主办(单位)?[:：]|承办(单位)?[:：]|版权所有|ICP|备案|网站标识码|技术支持|联系我们|当前位置|网站地图|打印本页|关闭窗口|门户网站/;

/** The amount unit that captions of this document declare most often: the fallback for tables that declare none. */
function documentUnit(blocks: Block[]): AmountUnit | undefined {
  const counts = new Map<AmountUnit, number>();
  for (const b of blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text));
    for (const t of texts) {
      if (t.length > 40) continue;
      const u = declaredUnit(normalizeText(t));
      if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function tableContexts(blocks: Block[]): TableContext[] {
  const out: TableContext[] = [];
  let paras: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      paras.push(normalizeText(b.text));
      if (paras.length > 4) paras.shift();
      continue;
    }
    const context = paras.join('\n');
    const title = paras.filter((p) => p.length <= 80).join(' ');
    let subject: TableContext['subject'] = 'other';
    if (/项目/.test(title) && !/整体/.test(title)) subject = 'project';
    else if (/整体|部门.*(自评|评价)/.test(title)) subject = 'overall';
    out.push({ table: b.table, context, subject });
    paras = [];
  }
  return out;
}

// ---------------------------------------------------------------- tables

function readTables(tables: TableContext[], r: Reading): void {
  let lastScoring:
    | { header: ScoringHeader; stack: string[]; subject: TableContext['subject']; project?: string }
    | undefined;
  for (const t of tables) {
    const rows = tableRows(t.table);
    const projectName = projectNameIn(rows);
    const header = findScoringHeader(rows);
    let scoringStart = rows.length;
    if (header) {
      scoringStart = header.row;
      const continued =
        lastScoring &&
        lastScoring.header.signature === header.signature &&
        !projectName &&
        t.context.split('\n').every((p) => p.length <= 40);
      const subject = continued ? lastScoring!.subject : projectName ? 'project' : t.subject;
      const result = readScoringRows(rows, header, continued ? lastScoring!.stack : []);
      const project = projectName ?? (continued ? lastScoring!.project : undefined);
      if (subject === 'project' || project) {
        if (project && result.hasTargets) {
          r.projects.setIndicators(project, result.rows);
          if (result.total?.score !== undefined)
            r.projects.add(project, 'score', result.total.score, result.total.source, 'table');
        } else if (!project) {
          // A department evaluation of a project (部门评价) whose table does not name it.
          if (result.total?.score !== undefined)
            r.deptEvalScores.push({ value: result.total.score, source: result.total.source });
        }
      } else if (result.hasScoreColumn || result.rows.some((x) => x.score !== undefined)) {
        if (!continued)
          r.indicators = r.indicators.length && !result.rows.length ? r.indicators : r.indicators.concat();
        r.indicators.push(...result.rows);
        if (result.total) r.indicatorTotal = result.total;
        r.kinds.add('overall_self_eval');
      }
      const last = result.rows[result.rows.length - 1];
      lastScoring = { header, stack: last ? last.path.slice(0, -1) : [], subject, project };
    } else {
      lastScoring = t.context.split('\n').every((p) => p.length <= 40) ? lastScoring : undefined;
    }
    const head = rows.slice(0, scoringStart);
    if (projectName) readProjectTable(head, projectName, t, r);
    else readFigureTable(head, t, r);
  }
}

/** "项目名称 | X": the table is about one project. */
function projectNameIn(rows: GridRow[]): string | undefined {
  for (const row of rows.slice(0, 6)) {
    // A row naming many columns is a list's header, not the name of one project.
    if (row.filter((c) => c.label !== '').length > 4) continue;
    for (let i = 0; i < row.length - 1; i++) {
      const filled = row.filter((c) => c.label !== '').length;
      if (row[i]!.label === '项目名称' || (row[i]!.label === '项目' && filled === 2)) {
        const name = row.slice(i + 1).find((c) => c.label !== '');
        if (name && !/^(项目名称|实施单位|主管部门)$/.test(name.label))
          return cleanProjectName(name.raw.text);
      }
    }
  }
  return undefined;
}

function amountUnitFor(
  cells: (GridCell | undefined)[],
  t: TableContext,
  r: Reading,
): { unit?: AmountUnit; stated: boolean } {
  for (const c of cells) {
    if (!c) continue;
    const u = declaredUnit(c.text);
    if (u) return { unit: u, stated: true };
  }
  const fromContext = t.context
    .split('\n')
    .reverse()
    .map((p) => declaredUnit(p))
    .find((u) => u);
  if (fromContext) return { unit: fromContext, stated: true };
  return { unit: r.docUnit, stated: false };
}

function valueOf(cell: GridCell, kind: FieldKind, unit: AmountUnit | undefined): Decimal | undefined {
  const n = parseCellNumber(cell.text);
  if (!n) return undefined;
  if (kind === 'rate') return n.suffix === '%' || n.suffix === '' ? n.value : undefined;
  if (kind === 'score') return n.suffix === '' || n.suffix === '分' ? n.value : undefined;
  if (kind === 'count')
    return n.suffix === '' || n.suffix === '人' || n.suffix === '名' || n.suffix === '个'
      ? n.value
      : undefined;
  if (n.suffix === '%' || n.suffix === '分' || n.suffix === '人' || n.suffix === '名') return undefined;
  const u = (['元', '千元', '万元', '亿元'].includes(n.suffix) ? n.suffix : unit) as AmountUnit | undefined;
  return u ? toWan(n.value, u) : undefined;
}

const KINDS: FieldKind[] = ['amount', 'rate', 'score', 'count'];

/** Match a table label to a field under the table's topic; try the label's own topic first. */
function fieldOf(
  label: string,
  tableTopic: Topic,
  kindHint?: FieldKind,
): { key: string; kind: FieldKind } | undefined {
  const topic = topicOf(label) ?? tableTopic;
  for (const kind of kindHint ? [kindHint] : KINDS) {
    const rule = ruleFor(label, topic, kind);
    if (rule) return { key: rule.key, kind };
  }
  return undefined;
}

function kindOfCell(c: GridCell): FieldKind | undefined {
  const n = parseCellNumber(c.text);
  if (!n) return undefined;
  if (n.suffix === '%') return 'rate';
  if (n.suffix === '分') return 'score';
  if (n.suffix === '人' || n.suffix === '名') return 'count';
  return undefined;
}

/**
 * A table of figures: a summary table with labelled columns (预算数 | 执行数 | 执行率 | 得分), or
 * label–value pairs (人员编制 | 43 | 实有人数 | 55). Project lists become projects.
 */
function readFigureTable(rows: GridRow[], t: TableContext, r: Reading): void {
  if (!rows.length) return;
  const grids = toGrids({ ...t.table, rows: t.table.rows.slice(0, rows.length) }, t.context);
  for (const g of grids) {
    if (isProjectList(g)) {
      readProjectList(g, t, r);
      continue;
    }
    // The caption's topic covers the table: "“三公”经费支出决算表" makes 合计 the 三公 total.
    const captionTopic = t.context
      .split('\n')
      .reverse()
      .map((line) => (declaredUnit(line) ? undefined : topicOf(line)))
      .find((x) => x !== undefined);
    const tableTopic: Topic =
      captionTopic === 'skip' ? 'skip' : captionTopic === 'sangong' ? 'sangong' : 'general';
    if (isRowFieldTable(g)) readRowFields(g, t, r);
    else if (g.header.length && g.columns.some((c) => c !== '')) readColumns(g, t, r, tableTopic);
    if (!isRowFieldTable(g)) for (const row of g.body) readPairs(row, t, r, tableTopic);
    readGradeCells(g, r);
    readQuarterColumns(g, r);
  }
  readFundingRows(rows, t, r);
}

const QUARTER_COLUMN = /^(第)?([一二三四1-4])季度/;
const QUARTER_INDEX: Record<string, 1 | 2 | 3 | 4> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/** Quarterly progress as a table: 第一季度 … 第四季度 columns over a row of percentages (支出进度). */
function readQuarterColumns(g: Grid, r: Reading): void {
  const cols = g.columns.map((c) => c.match(QUARTER_COLUMN));
  if (cols.filter(Boolean).length < 2) return;
  for (const row of g.body) {
    if (!/进度|执行率/.test(row[0]?.label ?? '')) continue;
    row.forEach((cell, c) => {
      const m = cols[c];
      const n = parseCellNumber(cell.text);
      if (!m || !n || n.suffix !== '%') return;
      r.quarterly.push({
        quarter: QUARTER_INDEX[m[2]!]!,
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
function readFundingRows(rows: GridRow[], t: TableContext, r: Reading): void {
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

function readGradeCells(g: Grid, r: Reading): void {
  for (const row of [...g.header, ...g.body]) {
    for (let i = 0; i < row.length - 1; i++) {
      if (!/(评价|绩效|综合)?(等次|等级)$/.test(row[i]!.label)) continue;
      const v = row.slice(i + 1).find((c) => c.label !== '');
      const m = v?.label.match(/^(优秀|良好|一般|较差)$/);
      if (m && v) r.grades.push({ grade: m[1]!, source: rowSource(row) });
    }
  }
}

/** What a column of a data table holds: a budget or an actual figure, of a stated year or not. */
function columnKind(label: string): { kind: 'budget' | 'actual'; year?: number } | undefined {
  const m = label.match(/^(?:(\d{4})年度?)?(.*)$/)!;
  const rest = m[2]!;
  const year = m[1] ? Number(m[1]) : undefined;
  if (/^(年初|调整后?|全年)?预算(数|安排数?|金额)?$/.test(rest))
    return { kind: 'budget', ...(year ? { year } : {}) };
  if (/^(决算|实际|执行|支出)(数|金额|支出数?)?$/.test(rest))
    return { kind: 'actual', ...(year ? { year } : {}) };
  return undefined;
}

/** Fields as rows, budget and actual figures (of this year and the year before) as columns. */
function isRowFieldTable(g: Grid): boolean {
  return g.columns.filter((c) => columnKind(c)).length >= 2;
}

function rowField(label: string): { actual: string; budget?: string } | undefined {
  const clean = label.replace(/^(\d+[、.．]|[(（]\d+[)）]|其中[:：]?)+/, '');
  const topic = topicOf(clean);
  if (topic && ROW_FIELDS[topic]) return ROW_FIELDS[topic];
  const f = fieldOf(clean, 'general', 'amount');
  if (!f) return undefined;
  const budget =
    f.key === 'finance.project'
      ? 'finance.budget_project'
      : f.key === 'finance.basic'
        ? 'finance.budget_basic'
        : undefined;
  return { actual: f.key, ...(budget ? { budget } : {}) };
}

function readRowFields(g: Grid, t: TableContext, r: Reading): void {
  const kinds = g.columns.map(columnKind);
  const unit = amountUnitFor(g.header.flat(), t, r);
  for (const row of g.body) {
    const label = row.find((c) => c.label !== '')?.label ?? '';
    const field = rowField(label);
    if (!field) continue;
    row.forEach((cell, c) => {
      const k = kinds[c];
      if (!k || !isNumeric(cell)) return;
      const key = k.kind === 'actual' ? field.actual : field.budget;
      if (!key) return;
      const v = valueOf(cell, 'amount', unit.unit);
      if (v === undefined) return;
      // A year in the column is settled once the report's year is known (see buildRecord).
      const tagged = k.year !== undefined ? `${key}@${k.year}` : key;
      r.bag.add(tagged, v, cellSourceWithColumn(cell, `${label} ${g.columns[c]}`, unit.unit), 'table');
    });
  }
}

/** Column labels over data rows: the first data row with figures (a unit's row, or the only row). */
function readColumns(g: Grid, t: TableContext, r: Reading, tableTopic: Topic): void {
  const data = g.body.filter((row) => row.slice(1).filter(isNumeric).length >= 1);
  if (!data.length) return;
  // A list of tasks or projects is not the department's summary.
  const overallTable = t.subject === 'overall' && !g.columns.some((c) => /任务|主要内容|项目名称/.test(c));
  // A summary listing departments row by row: each row is its own unit's. Otherwise the first row
  // with figures is the table's (a table of institutions starts with their total).
  const unitCol = g.columns.findIndex((c) => UNIT_COLUMN.test(c));
  if (unitCol >= 0 && overallTable) {
    for (const row of data) {
      const name = listedUnitName(row[unitCol]);
      if (name) readColumnRow(g, row, t, r, tableTopic, overallTable, listedUnit(r, name).bag);
    }
    return;
  }
  // Rows of budget and actual figures (预算数 | 决算数) under the same columns: each row is read,
  // the budget row into the budget keys.
  const byRow = data.filter(
    (row) => BUDGET_ROW.test(row[0]?.label ?? '') || ACTUAL_ROW.test(row[0]?.label ?? ''),
  );
  if (byRow.length) {
    for (const row of byRow)
      readColumnRow(g, row, t, r, tableTopic, overallTable, r.bag, BUDGET_ROW.test(row[0]!.label));
    return;
  }
  readColumnRow(g, data[0]!, t, r, tableTopic, overallTable, r.bag);
}

const BUDGET_ROW = /^(年初)?(调整)?预算(数|安排数?)?$|^(全年|年初|调整后)预算数?$/;
const ACTUAL_ROW = /^(决算数?|实际(支出)?数?|支出(数|决算数?)?|执行数|实际执行数?)$/;

/** The budget key of a 三公 spending key (sangong.reception → sangong.budget_reception). */
function budgetKeyOf(key: string): string | undefined {
  if (key === 'sangong.total') return 'sangong.budget';
  const m = key.match(/^sangong\.(abroad|vehicle_purchase|vehicle_operation|reception)$/);
  return m ? `sangong.budget_${m[1]}` : undefined;
}

const UNIT_COLUMN = /^(部门名称|单位名称|预算单位(名称)?|主管部门(名称)?|部门\(单位\)名称|预算部门(名称)?)/;

/** The unit a row of a summary names; not a total row or a placeholder. */
function listedUnitName(cell: GridCell | undefined): string | undefined {
  if (!cell || cell.label.length < 3 || isNumeric(cell) || /合计|小计|总计|\.\.\./.test(cell.label))
    return undefined;
  return cleanName(cell.raw.text);
}

function listedUnit(r: Reading, name: string): { name: string; bag: FactBag; projects: ProjectBook } {
  const key = normalizeText(name).replace(/\s+/g, '');
  let u = r.listed.get(key);
  if (!u) {
    u = { name, bag: new FactBag(), projects: new ProjectBook() };
    r.listed.set(key, u);
  }
  return u;
}

function readColumnRow(
  g: Grid,
  row: GridRow,
  t: TableContext,
  r: Reading,
  tableTopic: Topic,
  overallTable: boolean,
  bag: FactBag,
  budgetRow = false,
): void {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!;
    if (!isNumeric(cell)) continue;
    const label = g.columns[c] ?? '';
    if (!label) continue;
    const lab = label.replace(/^[A-Z]\s*/, '').replace(/^\d{4}年度?/, '');
    let f = fieldOf(lab, tableTopic, kindOfCell(cell));
    if (!f && overallTable) f = overallColumn(lab);
    if (!f) continue;
    if (f.key.startsWith('overall.') && !overallTable && /^(预算|执行|全年)/.test(lab)) continue;
    let key = f.key;
    if (budgetRow) {
      const b = budgetKeyOf(f.key);
      if (!b) continue;
      key = b;
    }
    const unit =
      f.kind === 'amount'
        ? amountUnitFor([g.header.flat()[c], ...g.header.map((h) => h[c])], t, r)
        : { unit: undefined, stated: true };
    const v = valueOf(cell, f.kind, unit.unit);
    if (v === undefined) continue;
    bag.add(
      key,
      v,
      cellSourceWithColumn(
        cell,
        `${row[0]?.label ? `${row[0].label} ` : ''}${label}`,
        f.kind === 'amount' ? unit.unit : undefined,
      ),
      'table',
    );
  }
}

/** Columns of an overall summary table: 预算安排情况 | 预算执行金额 | 预算执行率 | 自评得分. */
function overallColumn(label: string): { key: string; kind: FieldKind } | undefined {
  if (/执行率/.test(label)) return { key: 'overall.execution_rate', kind: 'rate' };
  if (/执行(金额|数)|支出(金额|数)/.test(label)) return { key: 'overall.executed', kind: 'amount' };
  if (/预算(安排|数)|全年预算|调整后预算/.test(label)) return { key: 'overall.budget', kind: 'amount' };
  if (/得分|评分/.test(label)) return { key: 'overall.score', kind: 'score' };
  return undefined;
}

function cellSourceWithColumn(cell: GridCell, column: string, unit?: string): SourceRef {
  const ref = cellSource(cell, unit);
  ref.text = `${column}: ${cell.raw.text}`;
  return ref;
}

function readPairs(row: GridRow, t: TableContext, r: Reading, tableTopic: Topic): void {
  const rowTopic = topicOf(row[0]?.label ?? '');
  for (const p of labelValuePairs(row)) {
    const label = p.label.replace(/[(（](万元|元|亿元)[)）]$/, '');
    let f = fieldOf(label, rowTopic ?? tableTopic, kindOfCell(p.valueCell));
    if (!f && t.subject === 'overall') f = overallColumn(label);
    if (!f) continue;
    const unit = f.kind === 'amount' ? amountUnitFor([p.labelCell, row[0]], t, r) : { unit: undefined };
    const v = valueOf(p.valueCell, f.kind, unit.unit);
    if (v === undefined) continue;
    const src = rowSource(row, f.kind === 'amount' ? unit.unit : undefined);
    r.bag.add(f.key, v, src, 'pair');
  }
  // A rate without a label of its own, under a header naming it (预算执行率 | 69%).
}

// ---------------------------------------------------------------- projects

function isProjectList(g: Grid): boolean {
  // "项目" alone heads the first column of many accounts tables (项目 | 决算数); a list of projects names them.
  return (
    g.columns.some((c) => /项目名称|预算项目/.test(c)) && g.columns.some((c) => /预算|执行|金额|支出/.test(c))
  );
}

function projectColumn(label: string):
  | {
      key: 'budget' | 'executed' | 'execution_rate' | 'score' | 'returned' | 'dept_eval_score';
      kind: FieldKind;
    }
  | undefined {
  if (/执行率/.test(label)) return { key: 'execution_rate', kind: 'rate' };
  if (/交回|结余/.test(label)) return { key: 'returned', kind: 'amount' };
  if (/部门评价.*得分|评价得分/.test(label)) return { key: 'dept_eval_score', kind: 'score' };
  if (/得分|评分/.test(label)) return { key: 'score', kind: 'score' };
  if (/执行(金额|数)|实际支出|支出(数|金额)|决算数|^执行数/.test(label))
    return { key: 'executed', kind: 'amount' };
  if (/预算(安排)?(金额|数)|全年预算|调整后|^预算/.test(label)) return { key: 'budget', kind: 'amount' };
  return undefined;
}

function readProjectList(g: Grid, t: TableContext, r: Reading): void {
  const nameCol = g.columns.findIndex((c) => /项目名称|预算项目/.test(c));
  const unitCol = g.columns.findIndex((c) => UNIT_COLUMN.test(c));
  const deptEval = /部门评价/.test(t.context + g.columns.join(''));
  let category: string | undefined;
  let listed = 0;
  for (const row of g.body) {
    const filled = row.filter((c) => c.label !== '');
    if (filled.length === 1 && /^[一二三四五六七八九十]+[、.]/.test(filled[0]!.label)) {
      category = cleanName(filled[0]!.raw.text)
        .replace(/^[一二三四五六七八九十]+[、.]/, '')
        .replace(/[(（].*$/, '')
        .replace(/支出$/, '');
      continue;
    }
    const nameCell = row[nameCol];
    if (!nameCell || nameCell.label === '' || isNumeric(nameCell)) continue;
    if (/合计|小计|总计/.test(nameCell.label) || /合计|小计|总计/.test(row[0]?.label ?? '')) continue;
    const name = cleanProjectName(nameCell.raw.text);
    const figures: [ReturnType<typeof projectColumn>, GridCell, string][] = [];
    for (let c = 0; c < row.length; c++) {
      if (c === nameCol || !isNumeric(row[c])) continue;
      const f = projectColumn(g.columns[c] ?? '');
      if (f) figures.push([f, row[c]!, g.columns[c]!]);
    }
    if (!figures.length) continue;
    listed++;
    const owner = unitCol >= 0 ? listedUnitName(row[unitCol]) : undefined;
    const book = owner ? listedUnit(r, owner).projects : r.projects;
    const p = book.get(name);
    p.fromTable = true;
    if (category && !p.category) p.category = category;
    const unit = amountUnitFor(g.header.flat(), t, r);
    for (const [f, cell, label] of figures) {
      const v = valueOf(cell, f!.kind, unit.unit);
      if (v === undefined) continue;
      const key = deptEval && f!.key === 'score' ? 'dept_eval_score' : f!.key;
      book.add(
        name,
        key,
        v,
        cellSourceWithColumn(cell, label, f!.kind === 'amount' ? unit.unit : undefined),
        'table',
      );
    }
    if (deptEval) r.deptEvalProjects.push(name);
  }
  if (listed) r.kinds.add(deptEval ? 'project_dept_eval' : 'project_self_eval');
}

const PROJECT_PAIR: [RegExp, 'budget' | 'executed' | 'execution_rate' | 'budget_initial', FieldKind][] = [
  // The funding row (年度资金总额) is read under its header: its first figure is the 年初预算数.
  [/^(全年预算数?|预算数|调整后预算数?|预算安排数?)(\(A\)|A)?$/, 'budget', 'amount'],
  [/^(全年执行数|执行数|实际支出|支出数|实际执行数)(\(B\)|B)?$/, 'executed', 'amount'],
  [/执行率/, 'execution_rate', 'rate'],
  [/^年初预算数?$/, 'budget_initial', 'amount'],
];

/** One table for one project: label–value pairs and figure rows under a header row. */
function readProjectTable(rows: GridRow[], name: string, t: TableContext, r: Reading): void {
  const p = r.projects.get(name);
  p.fromTable = true;
  r.kinds.add(/部门评价/.test(t.context) ? 'project_dept_eval' : 'project_self_eval');
  let header: GridRow | undefined;
  for (const row of rows) {
    if (/^其中|^其它|^其他|上年结转/.test(row[0]?.label ?? '') || row.some((c) => /^其中/.test(c.label)))
      continue;
    const unit = amountUnitFor([row[0], ...row], t, r);
    for (const pair of labelValuePairs(row)) {
      const hit = PROJECT_PAIR.find(([re]) => re.test(pair.label));
      if (!hit) continue;
      const v = valueOf(pair.valueCell, hit[2], unit.unit);
      if (v === undefined) continue;
      r.projects.add(name, hit[1], v, rowSource(row, hit[2] === 'amount' ? unit.unit : undefined), 'pair');
    }
    // Figures under a header row above them (年初预算数 | 全年预算数 | 全年执行数 …).
    const numbers = row.filter(isNumeric).length;
    if (header && numbers >= 2) {
      for (let c = 0; c < row.length; c++) {
        if (!isNumeric(row[c])) continue;
        const hit = PROJECT_PAIR.find(([re]) => re.test(header![c]?.label ?? ''));
        if (!hit) continue;
        const v = valueOf(row[c]!, hit[2], unit.unit);
        if (v !== undefined)
          r.projects.add(
            name,
            hit[1],
            v,
            cellSourceWithColumn(row[c]!, header[c]!.label, hit[2] === 'amount' ? unit.unit : undefined),
            'table',
          );
      }
    }
    if (numbers === 0 && row.filter((c) => c.label !== '').length >= 2) header = row;
  }
}

const QUOTED_PROJECT = /"([^"]{2,60})"项目/;

/** A project's figures in a sentence about it, with the unit each is stated in. */
const PROJECT_SENTENCE: [RegExp, 'budget' | 'executed' | 'execution_rate'][] = [
  [/预算(数|资金)?(为)?(?<n>\d+(?:\.\d+)?)(?<unit>亿元|万元|元)/, 'budget'],
  [/执行数(为)?(?<n>\d+(?:\.\d+)?)(?<unit>亿元|万元|元)/, 'executed'],
  [/完成预算(的)?(?<n>\d+(?:\.\d+)?)(?<unit>%)/, 'execution_rate'],
];

/** Projects in sentences: a quoted project and its figures, or a list after 项目支出 "其中：A21.8万元；B20万元". */
function readNarrativeProjects(ps: Passage[], r: Reading): void {
  let current: string | undefined;
  for (const p of ps) {
    const q = p.text.match(QUOTED_PROJECT);
    if (q) current = cleanProjectName(q[1]!);
    else if (/^([一二三四五六七八九十]+[、.]|第)/.test(p.text)) current = undefined;
    const sentences = sentencesOf(p);
    sentences.forEach((s, i) => {
      const sq = s.text.match(QUOTED_PROJECT);
      if (sq) current = cleanProjectName(sq[1]!);
      if (
        current &&
        /项目/.test(s.text) &&
        /预算数|执行数|完成预算/.test(s.text) &&
        !/"[^"]+"[、,，]"/.test(s.text)
      ) {
        const known = r.projects.find(current) ?? r.projects.get(current);
        for (const [re, key] of PROJECT_SENTENCE) {
          const m = s.text.match(re);
          if (!m?.groups) continue;
          const suffix = m.groups.unit!;
          const n = new Decimal(m.groups.n!);
          const value = suffix === '%' ? n : toWan(n, suffix as AmountUnit);
          r.projects.add(known.name, key, value, sentenceSource(s, m.index!, suffix), 'sentence');
        }
      }
      // A list of projects with their spending, right after a sentence about 项目支出.
      const prev = sentences[i - 1]?.text ?? '';
      const listStart = s.text.match(/^其中[:：]/);
      if (listStart && /项目支出|项目/.test(prev)) {
        const body = s.text.slice(listStart[0].length);
        for (const m of body.matchAll(/([^;；,，]+?)(?:支出)?(\d+(?:\.\d+)?)万元/g)) {
          const name = cleanProjectName(m[1]!);
          if (name.length < 2 || (/支出$|经费$/.test(name) === false && name.length < 3)) continue;
          r.projects.add(
            name,
            'executed',
            new Decimal(m[2]!),
            sentenceSource(s, listStart[0].length + m.index, '万元'),
            'sentence',
          );
        }
      }
    });
  }
}

// ---------------------------------------------------------------- kinds

function readKinds(blocks: Block[], tables: TableContext[], r: Reading): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const t = normalizeText(b.text);
    if (t.length > 60) continue;
    if (/部门整体(支出)?绩效|整体支出绩效|部门整体绩效/.test(t)) r.kinds.add('overall_self_eval');
    if (/项目支出绩效自评|项目绩效自评/.test(t)) r.kinds.add('project_self_eval');
    if (/项目支出部门评价|部门评价(情况|报告|指标)/.test(t)) r.kinds.add('project_dept_eval');
    // A heading, not a note that mentions the accounts ("以部门决算表上的…为准").
    if (/部门决算/.test(t) && !/[:：;；,，。]/.test(t) && t.length <= 40 && !/编报/.test(t))
      r.kinds.add('final_accounts');
  }
  void tables;
}

// ---------------------------------------------------------------- the record

function put(
  target: Record<string, string>,
  source: Record<string, SourceRef>,
  section: string,
  key: string,
  c: Candidate | undefined,
): void {
  if (!c) return;
  target[key] = decString(c.value);
  source[`${section}.${key}`] = c.source;
}

function buildRecord(r: Reading, unit: EvaluationRecord['unit'], year: number | undefined): EvaluationRecord {
  const rec: EvaluationRecord = { ...emptyRecord(unit), report_kinds: [...r.kinds], findings: r.findings };
  if (year !== undefined) rec.year = year;
  const sections = ['overall', 'finance', 'sangong', 'staff', 'assets'] as const;
  // Values stated with a year ("2019年为0.25万元", a "2019年决算数" column): the report's year is
  // the value itself, the year before is the previous year's value where the record has a key for it.
  if (year !== undefined) {
    for (const tagged of r.bag.keys()) {
      const [key, y] = tagged.split('@') as [string, string | undefined];
      if (y === undefined) continue;
      const target = Number(y) === year ? key : Number(y) === year - 1 ? PREVIOUS_YEAR_KEY[key] : undefined;
      if (target) for (const c of r.bag.all(tagged)) r.bag.add(target, c.value, c.source, c.origin);
    }
  }
  for (const key of r.bag.keys()) {
    if (key.includes('@')) continue;
    const [section, field] = key.split('.') as [string, string];
    if (!(sections as readonly string[]).includes(section)) continue;
    put(
      rec[section as (typeof sections)[number]] as Record<string, string>,
      rec.source,
      section,
      field,
      r.bag.best(key),
    );
  }
  // The scoring table's total is the overall score where no other statement gives it.
  if (r.indicatorTotal?.score !== undefined && rec.overall.score === undefined) {
    rec.overall.score = decString(r.indicatorTotal.score);
    rec.source['overall.score'] = r.indicatorTotal.source;
  }
  if (r.indicatorTotal?.score !== undefined)
    r.bag.add('overall.score', r.indicatorTotal.score, r.indicatorTotal.source, 'table');
  if (r.grades.length) {
    rec.overall.grade = r.grades[0]!.grade as Grade;
    rec.source['overall.grade'] = r.grades[0]!.source;
  }
  if (rec.overall.score === undefined && r.indicators.some((i) => i.score !== undefined)) {
    const sum = r.indicators.reduce((s, i) => (i.score ? s.plus(i.score) : s), new Decimal(0));
    rec.overall.derived_score = decString(sum);
  }
  if (rec.overall.budget && rec.overall.executed && !new Decimal(rec.overall.budget).isZero()) {
    rec.overall.execution_rate_derived = decString(
      new Decimal(rec.overall.executed).div(rec.overall.budget).mul(100).toDecimalPlaces(4),
    );
  }
  // A previous year's 三公 total worked out from stated changes.
  if (rec.sangong.total !== undefined && rec.sangong.prev_total === undefined) {
    const total = r.changes.best('sangong.total');
    const parts = ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'];
    const partChanges = parts.map((k) => r.changes.best(k));
    let change: Decimal | undefined = total?.value;
    if (!change && partChanges.every((c) => c))
      change = partChanges.reduce((s, c) => s.plus(c!.value), new Decimal(0));
    if (!change && r.changes.best('sangong.vehicle') === undefined) {
      const split = [
        r.changes.best('sangong.abroad'),
        r.changes.best('sangong.vehicle_purchase'),
        r.changes.best('sangong.vehicle_operation'),
        r.changes.best('sangong.reception'),
      ];
      if (split.every((c) => c)) change = split.reduce((s, c) => s.plus(c!.value), new Decimal(0));
    }
    if (change) rec.sangong.prev_total_derived = decString(new Decimal(rec.sangong.total).minus(change));
  }
  rec.quarterly = dedupeQuarters(r.quarterly);
  rec.indicators = r.indicators.map((i) => {
    const row: IndicatorRow = { name: i.name, path: i.path, source: i.source };
    if (i.weight !== undefined) row.weight = decString(i.weight);
    if (i.score !== undefined) row.score = decString(i.score);
    return row;
  });
  // A department evaluation (部门评价) that names no project is about the project it lists, or,
  // when it lists several, about the one whose budget and spending its text states.
  const evaluated = deptEvaluatedProject(r);
  if (evaluated) {
    const name = evaluated;
    for (const c of r.bag.all('project.dept_eval_score'))
      r.projects.add(name, 'dept_eval_score', c.value, c.source, c.origin);
    for (const d of r.deptEvalScores) r.projects.add(name, 'dept_eval_score', d.value, d.source, 'table');
  }
  reconcileProjectSpending(r, rec.finance.project);
  rec.projects = r.projects.all().flatMap((p) => buildProject(p, r));
  (rec as EvaluationRecord & { _bag?: FactBag })._bag = r.bag;
  attachReading(rec, r);
  return rec;
}

function deptEvaluatedProject(r: Reading): string | undefined {
  const listed = [...new Set(r.deptEvalProjects)];
  if (listed.length <= 1) return listed[0];
  const scored = listed.map((name) => {
    const p = r.projects.get(name);
    const figures = ['budget', 'executed']
      .map((k) => p.facts.best(k)?.value)
      .filter((v): v is Decimal => !!v);
    return { name, hits: figures.filter((f) => r.projectAmounts.some((a) => a.eq(f))).length };
  });
  scored.sort((a, b) => b.hits - a.hits);
  return scored[0]!.hits > 0 && scored[0]!.hits > (scored[1]?.hits ?? 0) ? scored[0]!.name : undefined;
}

/**
 * Where a project's spending is stated twice with different values, the value that makes the
 * projects add up to the stated project total (项目支出) is the stated one; the other stays a
 * statement for the checks to report.
 */
function reconcileProjectSpending(r: Reading, projectTotal: string | undefined): void {
  if (projectTotal === undefined) return;
  const target = new Decimal(projectTotal);
  const all = r.projects.all();
  const base = all.reduce((s, p) => s.plus(p.facts.best('executed')?.value ?? 0), new Decimal(0));
  if (base.minus(target).abs().lte(0.01)) return;
  for (const p of all) {
    const best = p.facts.best('executed');
    if (!best) continue;
    for (const alt of p.facts.all('executed')) {
      if (alt.value.eq(best.value)) continue;
      if (base.minus(best.value).plus(alt.value).minus(target).abs().lte(0.01)) {
        p.facts.prefer('executed', alt);
        return;
      }
    }
  }
}

function dedupeQuarters(qs: Reading['quarterly']): EvaluationRecord['quarterly'] {
  const out = new Map<number, EvaluationRecord['quarterly'][number]>();
  for (const q of qs) {
    if (!out.has(q.quarter))
      out.set(q.quarter, {
        quarter: q.quarter as 1 | 2 | 3 | 4,
        progress: decString(q.value),
        source: q.source,
      });
  }
  return [...out.values()].sort((a, b) => a.quarter - b.quarter);
}

function buildProject(p: ReturnType<ProjectBook['all']>[number], _r: Reading): Project[] {
  const has = ['budget', 'executed', 'execution_rate', 'score', 'returned'].some((k) => p.facts.has(k));
  if (!has) return [];
  const out: Project = { name: p.name, source: {} };
  if (p.category) out.category = p.category;
  for (const k of ['budget', 'executed', 'returned', 'execution_rate', 'score'] as const) {
    const c = p.facts.best(k);
    if (c) {
      out[k] = decString(c.value);
      out.source![k] = c.source;
    }
  }
  if (out.budget && out.executed && !new Decimal(out.budget).isZero()) {
    out.execution_rate_derived = decString(
      new Decimal(out.executed).div(out.budget).mul(100).toDecimalPlaces(4),
    );
  }
  if (p.indicators.length) out.indicators = p.indicators;
  return [out];
}

/** The raw statements behind a record, for the checks (not serialised). */
export interface RecordReading {
  bag: FactBag;
  changes: FactBag;
  projects: ProjectBook;
  deptEvalProjects: string[];
  deptEvalScores: { value: Decimal; source: SourceRef }[];
  indicatorTotal?: Reading['indicatorTotal'];
}

const READINGS = new WeakMap<EvaluationRecord, RecordReading>();

function attachReading(rec: EvaluationRecord, r: Reading): void {
  delete (rec as EvaluationRecord & { _bag?: FactBag })._bag;
  READINGS.set(rec, r);
}

/** The statements a record was built from, when it came from recogniseDocument in this process. */
export function readingOf(rec: EvaluationRecord): RecordReading | undefined {
  return READINGS.get(rec);
}

export { sentencesOf };
