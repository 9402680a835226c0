// Projects from where reports state them: project lists (汇总表, 项目清单), one table per project
// (项目名称 …), and sentences ("“X”项目…预算数78万元"; "其中：A21.8万元；B20万元").

import Decimal from 'decimal.js';
import { KNOWN_LABELS, labelWord } from './forms-data';
import { type FieldKind } from './fields';
import { cleanName } from './normalize';
import { toWan, type AmountUnit } from './numbers';
import {
  BRACKETED_PROJECT,
  cleanProjectName,
  EVALUATED_PROJECT,
  isGenericProject,
  isListColumn,
  NUMBERED_PROJECT,
  QUOTED_PROJECT,
} from './projects';
import { sentencesOf, sentenceSource, type Passage, type Sentence } from './passages';
import { rowSource, isNumeric, labelValuePairs, type Grid, type GridCell, type GridRow } from './grid';
import { UNIT_COLUMN, listedUnit, listedUnitName, type Reading, type TableContext } from './reading';
import { amountUnitFor, cellSourceWithColumn, valueOf } from './values';

/** "项目名称 | X": the table is about one project. */
/** A column of figures ("本年决算数", "2021年预算数（万元）"): no project's name. */
const FIGURE_COLUMN =
  /^(\d{4}年度?)?(本年|上年|当年|全年|年初|调整后)?(预算|决算|执行|实际|支出)(数|金额|支出数?)?([(（]万?元[)）])?$/;

export function projectNameIn(rows: GridRow[]): string | undefined {
  for (const full of rows.slice(0, 6)) {
    // A merged cell repeats its text over the columns it spans: count it once.
    const row = full.filter((c, i) => i === 0 || c.label === '' || c.label !== full[i - 1]!.label);
    // A row naming many columns, or columns of figures, is a list's header, not the name of one project.
    if (row.filter((c) => c.label !== '').length > 4) continue;
    if (row.filter((c) => isListColumn(c.label)).length >= 2) continue;
    for (let i = 0; i < row.length - 1; i++) {
      const filled = row.filter((c) => c.label !== '').length;
      if (row[i]!.label === '项目名称' || (row[i]!.label === '项目' && filled === 2)) {
        const name = row.slice(i + 1).find((c) => c.label !== '');
        // "项目 | 金额（万元）" heads a table of figures: a column word is not a project's name.
        if (
          name &&
          !/^(项目名称|实施单位|主管部门)$/.test(name.label) &&
          !FIGURE_COLUMN.test(name.label) &&
          !KNOWN_LABELS.has(labelWord(name.raw.text))
        )
          return cleanProjectName(name.raw.text);
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- projects

export function isProjectList(g: Grid): boolean {
  // "项目" alone heads the first column of many accounts tables (项目 | 决算数); a list of projects names them.
  return (
    g.columns.some((c) => /项目名称|预算项目/.test(c)) &&
    g.columns.some((c) => /预算|执行|金额|支出|资金计划/.test(c))
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
  if (/部门评价.*得分/.test(label)) return { key: 'dept_eval_score', kind: 'score' };
  if (/得分|评分/.test(label)) return { key: 'score', kind: 'score' };
  if (/执行(金额|数)|实际支出|支出(数|金额)|决算数|^执行数/.test(label))
    return { key: 'executed', kind: 'amount' };
  if (/预算(安排)?(金额|数)|全年预算|调整后|^预算|^资金计划/.test(label))
    return { key: 'budget', kind: 'amount' };
  return undefined;
}

/** The column naming who carries a listed project out: its owner where others' results are listed. */
const PROJECT_OWNER = /^(实施单位|项目单位|责任单位|承担单位)(名称)?$/;
/** A row of a results list about a unit as a whole ("XX局部门整体支出"). */
const WHOLE_UNIT = /(部门|单位)?整体支出$/;
const OVERALL_KEYS: Record<string, string> = {
  budget: 'overall.budget',
  executed: 'overall.executed',
  execution_rate: 'overall.execution_rate',
  score: 'overall.score',
};

export function readProjectList(g: Grid, t: TableContext, r: Reading): void {
  const nameCol = g.columns.findIndex((c) => /项目名称|预算项目/.test(c));
  const unitCol = g.columns.findIndex(
    (c) => UNIT_COLUMN.test(c) || (r.othersEvaluated === true && PROJECT_OWNER.test(c)),
  );
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
    const unit = amountUnitFor(g.header.flat(), t, r);
    // "XX局部门整体支出" in a list of evaluation results: that unit's overall figures, not a project.
    if (owner && WHOLE_UNIT.test(nameCell.label)) {
      const bag = listedUnit(r, owner).bag;
      for (const [f, cell, label] of figures) {
        const v = valueOf(cell, f!.kind, unit.unit);
        const key = OVERALL_KEYS[f!.key];
        if (v !== undefined && key)
          bag.add(
            key,
            v,
            cellSourceWithColumn(cell, label, f!.kind === 'amount' ? unit.unit : undefined),
            'table',
          );
      }
      continue;
    }
    const book = owner ? listedUnit(r, owner).projects : r.projects;
    const p = book.get(name);
    p.fromTable = true;
    if (category && !p.category) p.category = category;
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

const PROJECT_PAIR: [
  RegExp,
  'budget' | 'executed' | 'execution_rate' | 'budget_initial' | 'score',
  FieldKind,
][] = [
  // The funding row (年度资金总额) is read under its header: its first figure is the 年初预算数.
  [/^(全年预算数?|预算(数|金额)|调整后预算数?|预算安排数?)(\(A\)|A)?$/, 'budget', 'amount'],
  [/^(全年执行数|执行数|实际支出|支出数|实际执行数)(\(B\)|B)?$/, 'executed', 'amount'],
  [/执行率/, 'execution_rate', 'rate'],
  [/^年初预算数?$/, 'budget_initial', 'amount'],
  // The project's own total, not the 得分 column of the funding row.
  [/^(自评得分|自评总分|总得分|得分合计|综合得分|绩效自评得分)$/, 'score', 'score'],
];

/** One table for one project: label–value pairs and figure rows under a header row. */
export function readProjectTable(rows: GridRow[], name: string, t: TableContext, r: Reading): void {
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

/** A heading that is a project's name: "（一）巡回医疗车辆运行保障项目绩效自评综述". */
const PROJECT_HEADING =
  /^(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*(?<name>[^:：,，。;；"]{2,40}?项目)(?:绩效)?(?:自评)?(?:综述|情况|结果)?$/;
/** Any numbered paragraph or heading: it ends what the paragraphs before it were about. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、.]|第|\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])/;

const AMOUNT = '(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<unit>亿元|万元|元)';
/** A project's figures in a sentence about it, with the unit each is stated in. */
const PROJECT_SENTENCE: [RegExp, 'budget' | 'executed' | 'execution_rate' | 'score'][] = [
  // The budget as adjusted where the sentence states it, else the one it states.
  [new RegExp(`(?:全年|调整后)预算(?:数|资金|金额|安排)?(?:为)?${AMOUNT}`), 'budget'],
  [
    new RegExp(`(?:(?:全年|年初)?预算(?:数|资金|金额|安排)?|(?:财政|项目)?资金总额)(?:为)?${AMOUNT}`),
    'budget',
  ],
  [
    new RegExp(`(?:执行数|实际支出|实际执行|支出数|实际拨付使用|实际使用|结算支出|执行)(?:为)?${AMOUNT}`),
    'executed',
  ],
  [/完成预算(的)?(?<n>\d+(?:\.\d+)?)(?<unit>%)/, 'execution_rate'],
  [/(?:(?:预算)?执行率|支出进度(?:比率)?)(?:为)?(?<n>\d+(?:\.\d+)?)(?<unit>%)/, 'execution_rate'],
  // A score named as the project's (自评得分, 综合得分, 评价得分, 总分), not an item's ("此项得分6.5分").
  [
    /(?:(?:自评|综合自评|综合|评价|项目)(?:得分|评分)|总分)(?:为|[:：])?(?<n>\d{1,3}(?:\.\d+)?)(?<unit>分)/,
    'score',
  ],
];

/** Projects in sentences: a quoted project and its figures, or a list after 项目支出 "其中：A21.8万元；B20万元". */
/** A project's figures in a stretch of a sentence (from `at`), each the first of its kind there. */
function readProjectFigures(s: Sentence, text: string, at: number, name: string, r: Reading): void {
  const known = r.projects.find(name) ?? r.projects.get(name);
  const seen = new Set<string>();
  for (const [re, key] of PROJECT_SENTENCE) {
    if (seen.has(key)) continue;
    const m = text.match(re);
    if (!m?.groups) continue;
    seen.add(key);
    const suffix = m.groups.unit!;
    const n = new Decimal(m.groups.n!.replace(/,/g, ''));
    if (key === 'score' && n.gt(100)) continue;
    const value = suffix === '%' || suffix === '分' ? n : toWan(n, suffix as AmountUnit);
    r.projects.add(known.name, key, value, sentenceSource(s, at + m.index!, suffix), 'sentence');
  }
}

/** "2020年同类项目实际支出30万元", "上年该项目…": figures of another year or project, for comparison. */
const OTHER_PROJECT_YEAR = /同类项目|^(\d{4}年度?)?(上年|去年|上一年度?)/;

/** "A项目年度预算数85万元，执行数78.92万元，…；B项目年度预算数…": clauses led by a project's name. */
const PROJECT_CLAUSE = /^([^,，;；。:："]{2,30}?项目)(?:的)?(?:年度|全年)?(?:预算|执行|实际)/;

/**
 * In a sentence about projects, a list of them, a clause each: "其中，A年初预算数120万元，年末结算支出118.6万元…；
 * B年初预算数…" (the names need not end in 项目 when two or more clauses are built alike).
 */
const LISTED_CLAUSE =
  /^(?:其中[,，:：]?)?([^,，;；。:："0-9]{2,30}?)(?:年初|全年|调整后)?预算(?:数|资金|金额)?(?:为)?\d/;

function readProjectClauses(s: Sentence, r: Reading): boolean {
  let at = 0;
  let found = false;
  const chunks = s.text.split(/[;；]/);
  const listed =
    /项目/.test(s.text) &&
    chunks.filter((c) => LISTED_CLAUSE.test(c.replace(/^.*其中[,，:：]?/, ''))).length >= 2;
  for (const raw of chunks) {
    const chunk = listed ? raw.replace(/^.*其中[,，:：]?/, '') : raw;
    const m = chunk.match(PROJECT_CLAUSE) ?? (listed ? chunk.match(LISTED_CLAUSE) : null);
    // "2022年度该项目预算资金…" refers to the project the document is about; it names none.
    if (m && !/^\d|(该|本|此|上述|各)项目$|^(部门|单位|本单位|我单位|全年|年度)$/.test(m[1]!)) {
      readProjectFigures(s, chunk, at + raw.length - chunk.length, cleanProjectName(m[1]!), r);
      found = true;
    }
    at += raw.length + 1;
  }
  return found;
}

/**
 * Projects stated in prose; `listed` are the passages listing projects (projects.ts). `ownProject` is the one project a document's form head names (项目名称：…):
 * its sentences about "该项目"/"本项目" are that project's.
 */
export function readNarrativeProjects(
  ps: Passage[],
  r: Reading,
  listed: (string | undefined)[],
  ownProject?: string,
): void {
  let current: string | undefined = ownProject;
  // Under a heading that names the project, the paragraphs that follow are about it.
  let headed = false;
  for (const [k, p] of ps.entries()) {
    const q = p.text.match(QUOTED_PROJECT);
    const item = listed[k];
    const named = (m: RegExpMatchArray | null) =>
      m?.groups && !isGenericProject((m.groups.name ?? m.groups.bare)!) ? m : null;
    const numbered = item
      ? { groups: { name: item, bare: undefined } }
      : named(p.text.match(NUMBERED_PROJECT));
    const heading = named(p.text.match(PROJECT_HEADING));
    if (heading?.groups) [current, headed] = [cleanProjectName(heading.groups.name!), true];
    else if (numbered?.groups)
      [current, headed] = [cleanProjectName((numbered.groups.name ?? numbered.groups.bare)!), false];
    else if (q) [current, headed] = [cleanProjectName(q[1]!), false];
    else if (NUMBERED.test(p.text)) [current, headed] = [ownProject, false];
    const sentences = sentencesOf(p);
    sentences.forEach((s, i) => {
      if (readProjectClauses(s, r)) return;
      const sq =
        s.text.match(QUOTED_PROJECT) ?? s.text.match(EVALUATED_PROJECT) ?? s.text.match(BRACKETED_PROJECT);
      if (sq) current = cleanProjectName(sq[1]!);
      if (
        current &&
        !OTHER_PROJECT_YEAR.test(s.text) &&
        (/项目/.test(s.text) || numbered || headed) &&
        /预算|执行数|实际支出|实际执行|执行率|完成预算|得分|评分|总分/.test(s.text) &&
        !/"[^"]+"[、,，]"/.test(s.text)
      ) {
        readProjectFigures(s, s.text, 0, current, r);
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
