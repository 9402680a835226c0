// Tables of figures: summary tables with labelled columns, label–value pairs, funding rows of the
// self-evaluation template, data tables with fields as rows and budget/actual columns, quarterly
// progress and grades (table-blocks.ts). Project lists are handed to the project readers.

import { FactBag } from './facts';
import { FIGURE_QUALIFIER, PAIR_MINIMUM, SANGONG_BUDGET_KEYS, fundingRowOf, rowYear } from './forms-data';
import { ROW_FIELDS, type FieldKind } from './fields';
import { narrowTopic, topicOf, type Topic } from './topics';
import { declaredUnit, parseCellNumber } from './numbers';
import { rowSource, isNumeric, labelValuePairs, type Grid, type GridRow } from './grid';
import { SCORE_TOTAL } from './scoring';
import { toGrids } from './tables';
import { UNIT_COLUMN, listedUnit, listedUnitName, type Reading, type TableContext } from './reading';
import { amountUnitFor, cellSourceWithColumn, fieldOf, kindOfCell, valueOf } from './values';
import { isProjectList, readProjectList } from './project-sources';
import { readFundingRows, readGradeCells, readQuarterColumns } from './table-blocks';

/**
 * A table of figures: a summary table with labelled columns (预算数 | 执行数 | 执行率 | 得分), or
 * label–value pairs (人员编制 | 43 | 实有人数 | 55). Project lists become projects.
 */
export function readFigureTable(rows: GridRow[], t: TableContext, r: Reading): void {
  if (!rows.length) return;
  const grids = toGrids({ ...t.table, rows: t.table.rows.slice(0, rows.length) }, t.context);
  // The caption's topic covers the table: "“三公”经费支出决算表" makes 合计 the 三公 total.
  // So does a 政府采购情况表's title: its 合计 is the procurement's, not the department's.
  const captionTopic = t.context
    .split('\n')
    .reverse()
    .map(captionTopicOf)
    .find((x) => x !== undefined);
  // The title further up tells an appropriation's own table, where no nearer line names a topic.
  const titled = (captionTopic ?? 'general') === 'general' && isAppropriationTable(t.title ?? '');
  const tableTopic: Topic = titled
    ? 'appropriation'
    : captionTopic === 'skip' ||
        captionTopic === 'sangong' ||
        captionTopic === 'procurement' ||
        captionTopic === 'appropriation'
      ? captionTopic
      : 'general';
  for (const g of grids) {
    if (isProjectList(g)) {
      readProjectList(g, t, r);
      continue;
    }
    if (isRowFieldTable(g)) readRowFields(g, t, r, tableTopic);
    else if (g.header.length && g.columns.some((c) => c !== '')) readColumns(g, t, r, tableTopic);
    // A row of only a label and one figure in a wider table ("本年收入合计 | 211.90" under
    // 年初预算数 | 调整后预算数 | …) states that label's figure, not the first column's.
    // Rows under a 公务用车购置及运行维护费 row ("其中：购置经费 | 0", "运行维护费 | 14.82") are its parts.
    let parent: Topic | undefined;
    for (const row of g.body) {
      const label = (row[0]?.label ?? '').replace(/^其中[:：]?/, '');
      const own = topicOf(label);
      const part = !own && parent ? narrowTopic(parent, label) : undefined;
      const topic = part && part !== parent ? part : tableTopic;
      if (!isRowFieldTable(g) || pairRow(g, row, topic)) readPairs(row, t, r, topic);
      if (own) parent = own;
    }
    readGradeCells([...g.header, ...g.body], r);
    readQuarterColumns(g, r);
  }
  // A 三公 table's 合计 is the 三公 total, never the department's budget.
  if (tableTopic === 'general') readFundingRows(rows, t, r);
}

/** The topic a line of a table's caption gives it; a 政府采购 line gives its own only where it is a table's title. */
function captionTopicOf(line: string): Topic | undefined {
  if (declaredUnit(line) && !/三公/.test(line)) return undefined;
  const topic = topicOf(line);
  if (isAppropriationTable(line, topic)) return 'appropriation';
  return topic === 'procurement' && !/表$/.test(line.trim()) ? 'general' : topic;
}

/**
 * The title of a table of the appropriation's own spending ("一般公共预算财政拨款支出决算表", "财政拨款收入支出
 * 决算总表"); not its 基本支出 table, whose 人员经费 and 公用经费 a 决算 gives as the unit's.
 */
const APPROPRIATION_TABLE = /财政拨款(收入)?支出决算(总|明细)?表$/;

function isAppropriationTable(line: string, topic = topicOf(line)): boolean {
  return (
    (topic === undefined || topic === 'general' || topic === 'budget') &&
    APPROPRIATION_TABLE.test(line.trim())
  );
}

/** What a column of a data table holds: a budget or an actual figure, of a stated year or not. */
type ColumnKind = { kind: 'budget' | 'actual' | 'prior'; year?: number };

function columnKind(label: string): ColumnKind | undefined {
  const m = label.match(/^(?:(\d{4})年度?)?(.*)$/)!;
  const rest = m[2]!;
  const year = m[1] ? Number(m[1]) : undefined;
  if (/^(年初|调整后?|全年|本年)?预算(数|安排数?|金额)?$/.test(rest))
    return { kind: 'budget', ...(year ? { year } : {}) };
  if (/^(本年|当年)?(决算|实际|执行|支出)(数|金额|支出数?)?$/.test(rest))
    return { kind: 'actual', ...(year ? { year } : {}) };
  // Last year's figures beside this year's (上年决算数 | 本年决算数): the previous year's.
  if (!year && /^(上年|去年|上年度)(决算|实际|支出)(数|金额)?$/.test(rest)) return { kind: 'prior' };
  return undefined;
}

const SANGONG_ITEMS = new Set<Topic | undefined>([
  'abroad',
  'vehicle',
  'vehicle_purchase',
  'vehicle_operation',
  'reception',
]);

/** Rows naming 三公 items (因公出国, 公务接待, 公务用车…): a table of them lists one item a row. */
function sangongItemRows(g: Grid): number {
  return g.body.filter((row) => SANGONG_ITEMS.has(topicOf(row[0]?.label.replace(ROW_NUMBERING, '') ?? '')))
    .length;
}

/**
 * A table of 三公 items as rows whose columns are sources of funds (合计 | 一般公共预算 | 政府性基金
 * 预算) states each item's own figure under 合计: that column's index, or -1.
 */
function itemsTotalColumn(g: Grid): number {
  if (g.columns.filter((c) => columnKind(c)).length) return -1;
  const total = g.columns.findIndex((c) => /^合计$/.test(c));
  return total > 0 && sangongItemRows(g) >= 3 ? total : -1;
}

/** Each column's kind: budget or actual figures, of this year or another. */
function columnKinds(g: Grid): (ColumnKind | undefined)[] {
  const total = itemsTotalColumn(g);
  if (total < 0) return g.columns.map(columnKind);
  return g.columns.map((_, i) => (i === total ? { kind: 'actual' } : undefined));
}

/**
 * Fields as rows, budget and actual figures (of this year and the year before) as columns; or 三公
 * items as rows under one figure column (本年决算数, or 合计 of the sources of funds).
 */
function isRowFieldTable(g: Grid): boolean {
  const kinds = g.columns.filter((c) => columnKind(c)).length;
  return kinds >= 2 || itemsTotalColumn(g) >= 0 || (kinds === 1 && sangongItemRows(g) >= 3);
}

function rowField(label: string, tableTopic: Topic): { actual: string; budget?: string } | undefined {
  const clean = label.replace(ROW_NUMBERING, '');
  // The 合计 of a table about one topic (a 三公 table) is that topic's total.
  const topic =
    topicOf(clean) ??
    (/^(支出)?(合计|总计|小计)$/.test(clean) && tableTopic === 'sangong' ? 'sangong' : undefined);
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

/**
 * A row of only a label and one figure in a wider table of budget and actual columns ("本年收入合计 |
 * 211.90" under 年初预算数 | 调整后预算数 | …), where the label has no budget figure to stand under
 * the first column: it states that label's figure.
 */
function pairRow(g: Grid, row: GridRow, tableTopic: Topic): boolean {
  const filled = row.filter((c) => c.label !== '');
  if (filled.length !== 2 || g.columns.length <= 2 || !isNumeric(row[1]) || row[0]!.label === '')
    return false;
  return rowField(row[0]!.label, tableTopic)?.budget === undefined;
}

function readRowFields(g: Grid, t: TableContext, r: Reading, captionTopic: Topic): void {
  const kinds = columnKinds(g);
  // A table of the 三公 items, whatever its caption says, is a 三公 table: its 合计 is their total.
  const tableTopic: Topic = sangongItemRows(g) >= 3 ? 'sangong' : captionTopic;
  const unit = amountUnitFor(g.header.flat(), t, r);
  for (const row of g.body) {
    if (pairRow(g, row, tableTopic)) continue; // read as a label–value pair
    row.forEach((cell, c) => {
      const k = kinds[c];
      if (!k || !isNumeric(cell)) return;
      // The row's label, or in a table of two items a row (收入 | 决算数 | 支出 | 决算数), the
      // label nearest to the left of the figure.
      const label = [...row.slice(0, c)].reverse().find((x) => x.label !== '' && !isNumeric(x))?.label ?? '';
      const field = rowField(label, tableTopic);
      if (!field) return;
      // Of last year's figures the records keep the 三公 total only.
      const key =
        k.kind === 'prior'
          ? field.actual === 'sangong.total'
            ? 'sangong.prev_total'
            : undefined
          : k.kind === 'actual'
            ? field.actual
            : field.budget;
      if (!key) return;
      const v = valueOf(cell, 'amount', unit.unit);
      if (v === undefined) return;
      // A year in the column is settled once the report's year is known (see buildRecord).
      const tagged = k.year !== undefined ? `${key}@${k.year}` : key;
      r.bag.add(tagged, v, cellSourceWithColumn(cell, `${label} ${g.columns[c]}`, unit.unit), 'table');
    });
  }
}

/** The numbering before a row label: "1、", "（二）", "其中：". */
const ROW_NUMBERING =
  /^(\d+[、.．]|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|其中[:：]?)+/;

/** Column labels over data rows: the first data row with figures (a unit's row, or the only row). */
function readColumns(g: Grid, t: TableContext, r: Reading, tableTopic: Topic): void {
  const data = g.body.filter((row) => row.slice(1).filter(isNumeric).length >= 1);
  if (!data.length) return;
  // Two sides of items (项目 | 金额 | 项目 | 金额, the 收入支出决算总表): each row is read by its labels, no
  // column holds one total.
  if (g.columns.filter((c) => /^项目(名称)?$/.test(c)).length >= 2) return;
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
  // A row may name its year ("2016年度决算数"); of two 决算数 rows, the earlier year's is last year's.
  const figureOf = (row: GridRow) => rowYear(row[0]?.label ?? '').word;
  const yearOf = (row: GridRow) => rowYear(row[0]?.label ?? '').year ?? NaN;
  // Such a row holds figures only: "预算数 | 1308.05 | 执行数 | 906.09 | 69%" is pairs, its labels its own.
  const figuresOnly = (row: GridRow) => row.slice(1).every((c) => c.label === '' || isNumeric(c));
  const byRow = data.filter(
    (row) => figuresOnly(row) && (BUDGET_ROW.test(figureOf(row)) || ACTUAL_ROW.test(figureOf(row))),
  );
  if (byRow.length) {
    const years = byRow.filter((row) => ACTUAL_ROW.test(figureOf(row))).map(yearOf);
    const latest = Math.max(...years);
    for (const row of byRow) {
      if (ACTUAL_ROW.test(figureOf(row)) && yearOf(row) < latest) {
        readPrevTotal(g, row, t, r);
        continue;
      }
      readColumnRow(g, row, t, r, tableTopic, overallTable, r.bag, BUDGET_ROW.test(figureOf(row)));
    }
    return;
  }
  // A row that names a topic of its own (行政经费 above the 三公 rows) is that topic's, read by its
  // row label; the table's row is the first one that does not.
  const own = (row: GridRow) => topicOf(row[0]?.label.replace(ROW_NUMBERING, '') ?? '');
  // A part of a funding block (资金来源：(1)财政拨款) is not the whole either.
  const part = (row: GridRow) => !['total', undefined].includes(fundingRowOf(row[0]?.label ?? ''));
  const whole = (row: GridRow) => [undefined, 'skip', tableTopic].includes(own(row)) && !part(row);
  // A 合计 row under the units it sums (单位名称 | 人员编制数 | 在职人数 … 合计) is the table's, wherever it stands.
  // So is the closing row of a table of scores by the evaluation's parts (投入 | 过程 | 产出 | 效果 …
  // 评价结果): the first part's score is no one's whole.
  const first =
    data.find((row) => SCORE_TOTAL.test(row[0]?.label.replace(/\s+/g, '') ?? '') && whole(row)) ??
    data.find(whole);
  if (!first || EVALUATION_PART.test(first[0]?.label.replace(/\s+/g, '') ?? '')) return;
  readColumnRow(g, first, t, r, tableTopic, overallTable, r.bag);
  const carrier = rateCarrier(g, first, data);
  if (carrier) readColumnRow(g, carrier, t, r, tableTopic, overallTable, r.bag);
}

/**
 * A total row that leaves its rate empty, over the one source that carries all of it ("年度总金额 | a |
 * b | c |" over "其中:财政拨款 | a | b | c | 98.05"): that row's rate is the total's. The row is given
 * back with its rate alone.
 */
function rateCarrier(g: Grid, total: GridRow, data: GridRow[]): GridRow | undefined {
  const rate = g.columns.findIndex((c) => /执行率$/.test(c));
  if (rate <= 0 || isNumeric(total[rate])) return undefined;
  const figures = total.slice(1, rate).flatMap((c, i) => (isNumeric(c) ? [i + 1] : []));
  if (figures.length < 2) return undefined;
  const same = (row: GridRow) =>
    figures.every((i) => {
      const a = parseCellNumber(total[i]!.text)?.value;
      const b = parseCellNumber(row[i]?.text ?? '')?.value;
      return !!a && !!b && a.eq(b);
    });
  const carrier = data.find(
    (row) =>
      row !== total && fundingRowOf(row[0]?.label ?? '') === 'fiscal' && isNumeric(row[rate]) && same(row),
  );
  return carrier?.map((c, i) => (i === 0 || i === rate ? c : { ...c, text: '', label: '' }));
}

/** A first-level part of an evaluation (its score one of several, not the whole). */
const EVALUATION_PART = /^(决策|投入|过程|产出|效果|效益|管理|履职)(指标)?$/;

const BUDGET_ROW = /^(年初)?(调整)?预算(数|安排数?)?$|^(全年|年初|调整后)预算数?$/;
const ACTUAL_ROW = /^(决算数?|实际(支出)?数?|支出(数|决算数?)?|执行数|实际执行数?)$/;

/** Last year's 决算数 row of a 三公 table: its total is last year's total. */
function readPrevTotal(g: Grid, row: GridRow, t: TableContext, r: Reading): void {
  const c = g.columns.findIndex((col) => /^(合计|总计)$/.test(col));
  const cell = row[c];
  if (c < 0 || !cell || !isNumeric(cell)) return;
  const unit = amountUnitFor([g.header.flat()[c], ...g.header.map((h) => h[c])], t, r);
  const v = valueOf(cell, 'amount', unit.unit);
  if (v !== undefined)
    r.bag.add(
      'sangong.prev_total',
      v,
      cellSourceWithColumn(cell, `${row[0]!.label} ${g.columns[c]}`, unit.unit),
      'table',
    );
}

/** The budget key of a 三公 spending key (sangong.reception → sangong.budget_reception). */
function budgetKeyOf(key: string): string | undefined {
  return SANGONG_BUDGET_KEYS[key];
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

/** A header row of figure words ("预算数 | 决算数 | 预算数 | 决算数 …"): what stands beside its last word is no pair. */
function figureWordsRow(row: GridRow): boolean {
  return row.filter((c) => FIGURE_QUALIFIER.test(c.label)).length >= 4;
}

function readPairs(row: GridRow, t: TableContext, r: Reading, tableTopic: Topic): void {
  if (figureWordsRow(row)) return;
  const rowTopic = topicOf(row[0]?.label ?? '');
  for (const p of labelValuePairs(row)) {
    const label = p.label.replace(/[(（](万元|元|亿元)[)）]$/, '');
    let f = fieldOf(label, rowTopic ?? tableTopic, kindOfCell(p.valueCell));
    if (!f && t.subject === 'overall') f = overallColumn(label);
    if (!f) continue;
    const unit = f.kind === 'amount' ? amountUnitFor([p.labelCell, row[0]], t, r) : { unit: undefined };
    const v = valueOf(p.valueCell, f.kind, unit.unit);
    if (v === undefined) continue;
    const least = PAIR_MINIMUM[f.key];
    if (least !== undefined && v.lt(least) && !/%$/.test(p.valueCell.label)) continue;
    const src = rowSource(row, f.kind === 'amount' ? unit.unit : undefined);
    r.bag.add(f.key, v, src, 'pair');
  }
}
