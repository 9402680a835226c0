// Projects from the tables that state them: project lists (汇总表, 项目清单, a finance bureau's list of
// evaluation results) and one table per project (项目名称 …). Prose is project-prose.ts's.

import { FUND_SOURCE_SUBHEADER, KNOWN_LABELS, labelWord } from './forms-data';
import { type FieldKind } from './fields';
import { cleanName } from './normalize';
import { cleanProjectName, formProjectName, isListColumn } from './projects';
import { rowSource, isNumeric, labelValuePairs, type Grid, type GridCell, type GridRow } from './grid';
import { UNIT_COLUMN, listedUnit, listedUnitName, type Reading, type TableContext } from './reading';
import { amountUnitFor, cellSourceWithColumn, valueOf } from './values';

/** A column of figures ("本年决算数", "2021年预算数（万元）"): no project's name. */
const FIGURE_COLUMN =
  /^(\d{4}年度?)?(本年|上年|当年|全年|年初|调整后)?(预算|决算|执行|实际|支出)(数|金额|支出数?)?([(（]万?元[)）])?$/;

/** "项目名称 | X": the table is about one project, X. */
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
          // The field's value as written, as the form reader takes it: a town and year before the
          // name are the name's ("南伞镇2021年农村人居环境整治提升项目").
          return formProjectName(name.raw.text);
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- projects

/** The column naming each row's unit in a list of results ("单位", "主管部门(单位)"). */
function isListedUnitColumn(label: string): boolean {
  return UNIT_COLUMN.test(label) || label === '单位';
}

export function isProjectList(g: Grid): boolean {
  // "项目" alone heads the first column of many accounts tables (项目 | 决算数); a list of projects names them.
  return (
    (g.columns.some((c) => /项目名称|预算项目|(专项)?资金名称/.test(c)) ||
      // "序号 | 单位 | 项目 | 预算资金 | 得分": a results list by unit.
      (g.columns.includes('项目') && g.columns.some(isListedUnitColumn))) &&
    g.columns.some((c) => /预算|执行|金额|支出|资金(计划|量|规模)|债券|得分|分数/.test(c))
  );
}

/** A budget column split by where the funds came from: "预算数(调整后)中央", "预算资金省级". */
function isBudgetBySource(label: string): boolean {
  for (let k = 1; k <= 4 && k < label.length; k++)
    if (/预算/.test(label.slice(0, -k)) && FUND_SOURCE_SUBHEADER.test(label.slice(-k))) return true;
  return false;
}

function projectColumn(label: string):
  | {
      key:
        | 'budget'
        | 'budget_initial'
        | 'budget_part'
        | 'executed'
        | 'execution_rate'
        | 'score'
        | 'returned'
        | 'dept_eval_score';
      kind: FieldKind;
    }
  | undefined {
  // "预算年度", "资金年度": a year, no amount.
  if (/(年度|年份)$/.test(label)) return undefined;
  // The budget as first adopted, beside the year's ("年初预算数 | 全年预算数"): the budget only where alone.
  if (/^年初预算/.test(label)) return { key: 'budget_initial', kind: 'amount' };
  // The budget's part from one source ("预算数中央"): the budget only where the row fills no other.
  if (isBudgetBySource(label)) return { key: 'budget_part', kind: 'amount' };
  if (/执行率|(?:资金)?(?:使用|支出|支付|拨付)率/.test(label)) return { key: 'execution_rate', kind: 'rate' };
  if (/交回|结余/.test(label)) return { key: 'returned', kind: 'amount' };
  if (/部门评价.*得分/.test(label)) return { key: 'dept_eval_score', kind: 'score' };
  if (/得分|评分|分数/.test(label)) return { key: 'score', kind: 'score' };
  if (
    /执行(金额|数|资金)|实际支出|支出(数|金额)|决算数|^执行数|^(资金|实际)使用(数|金额|资金)?(\(万?元\))?$/.test(
      label,
    )
  )
    return { key: 'executed', kind: 'amount' };
  // A bond-funded project's bonds issued or its bond scale ("截至2023年末已发行债券金额", "债券规模");
  // an allocation's amount ("金额", "安排资金", "分配金额").
  if (
    /预算(安排)?(金额|数)|全年预算|调整后|^预算|^资金计划|^资金(量|规模)|债券(金额|规模|资金)|^(安排|分配|下达|补助)?(资金)?金额(\(万?元\))?$|^(安排|分配|下达)资金(\(万?元\))?$/.test(
      label,
    )
  )
    return { key: 'budget', kind: 'amount' };
  return undefined;
}

/** A list's header words, never a project's name. */
const HEADER_WORD = /^(备注|序号|说明|摘要|项目名称|单位名称|乡镇名称)$/;

/** The column naming who carries a listed project out: its owner where others' results are listed. */
const PROJECT_OWNER = /^(实施单位|项目单位|责任单位|承担单位|主管部门|主管单位|主管部门\(单位\))(名称)?$/;
/** A row of a results list about a unit as a whole ("XX局部门整体支出"). */
const WHOLE_UNIT = /(部门|单位)?整体支出$/;
const OVERALL_KEYS: Record<string, string> = {
  budget: 'overall.budget',
  executed: 'overall.executed',
  execution_rate: 'overall.execution_rate',
  score: 'overall.score',
};

export function readProjectList(g: Grid, t: TableContext, r: Reading): void {
  const named = g.columns.findIndex((c) => /项目名称|预算项目|(专项)?资金名称/.test(c));
  const nameCol = named >= 0 ? named : g.columns.indexOf('项目');
  const unitCol = g.columns.findIndex(
    (c) =>
      UNIT_COLUMN.test(c) || (r.othersEvaluated === true && (PROJECT_OWNER.test(c) || isListedUnitColumn(c))),
  );
  // A unit's merged cell over its projects' rows, lost: the unit of the row above.
  let lastOwner: string | undefined;
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
    // The list's 合计 of its budget column: the projects' funds ("合计 | | | 80").
    const total = [row[0]?.label, nameCell?.label].find((l) => l && /^(合计|总计)$/.test(l));
    if (total && unitCol < 0) listTotal(g, row, t, r);
    if (!nameCell || nameCell.label === '' || isNumeric(nameCell)) continue;
    if (/合计|小计|总计/.test(nameCell.label) || /合计|小计|总计/.test(row[0]?.label ?? '')) continue;
    // A header word that a misaligned row put in the name column ("备注 | 1"): no project.
    if (HEADER_WORD.test(nameCell.label)) continue;
    const name = cleanProjectName(nameCell.raw.text);
    const figures: [ReturnType<typeof projectColumn>, GridCell, string][] = [];
    for (let c = 0; c < row.length; c++) {
      if (c === nameCol || !isNumeric(row[c])) continue;
      const f = projectColumn(g.columns[c] ?? '');
      if (f) figures.push([f, row[c]!, g.columns[c]!]);
    }
    if (!figures.length) continue;
    if (!figures.some(([f]) => f!.key === 'budget'))
      for (const entry of figures)
        if (entry[0]!.key === 'budget_initial') entry[0] = { ...entry[0]!, key: 'budget' };
    // Funds from one source alone are the budget; from several, each is a part and none the whole.
    const parts = figures.filter(([f]) => f!.key === 'budget_part');
    if (parts.length === 1 && !figures.some(([f]) => f!.key === 'budget'))
      parts[0]![0] = { ...parts[0]![0]!, key: 'budget' };
    listed++;
    const owner = unitCol >= 0 ? (listedUnitName(row[unitCol]) ?? lastOwner) : undefined;
    lastOwner = owner;
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
      if (f!.key === 'budget_part') continue;
      const v = valueOf(cell, f!.kind, unit.unit);
      if (v === undefined) continue;
      // A rate is written with its per cent sign, in the cell or the column's header ("执行率(%)"): a bare
      // figure under a rate column is a cell that slid over from the column before.
      if (f!.kind === 'rate' && !/[%％]/.test(cell.text + label)) continue;
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

/** The budget a project list's total row states, as the projects' funds. */
function listTotal(g: Grid, row: GridRow, t: TableContext, r: Reading): void {
  const unit = amountUnitFor(g.header.flat(), t, r);
  for (let c = 1; c < row.length; c++) {
    if (!isNumeric(row[c]) || projectColumn(g.columns[c] ?? '')?.key !== 'budget') continue;
    const v = valueOf(row[c]!, 'amount', unit.unit);
    if (v !== undefined)
      r.bag.add('finance.project_total', v, cellSourceWithColumn(row[c]!, g.columns[c]!, unit.unit), 'table');
    return;
  }
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
