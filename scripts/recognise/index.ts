// Entry point of the recognisers: a document model → what it states about its unit and year.
// Tables are read first (summary tables, label–value tables, scoring tables, project tables), then
// sentences; every statement lands in a bag with its provenance, and the record takes the stated
// value of each key. Derived values (a score summed from the scoring table, a previous year's 三公
// total worked out from a stated change) go into keys of their own.

import type { Block, DocumentModel } from '../model/document';
import { type EvaluationRecord, type UnitInfo } from '../model/record';
import { normalizeText, simplifyDocument } from './normalize';
import { declaredUnit, type AmountUnit } from './numbers';
import { findScoringHeader, readScoringRows, tableRows, type ScoringHeader } from './scoring';
import { passages, readSentences, type SentenceFacts } from './sentences';
import { countyOfName, recogniseUnit } from './unit';
import { recogniseYear } from './year';
import { emptyReading, mergeInto, type Reading, type TableContext } from './reading';
import { readFigureTable } from './figures';
import { projectNameIn, readNarrativeProjects, readProjectTable } from './project-sources';
import { buildRecord } from './build';
import { projectFieldTables } from './field-lines';
import { cellStream } from './cells';
import { rebuildTables } from './rebuild';
import { readForms, type FormsRead } from './forms';
import { readSangongRowsInText, readSangongTable } from './sangong-table';
import { BUDGET_DISCLOSURE_TITLE, NOT_BUDGET_DISCLOSURE_TITLE, SANGONG_BUDGET_KEYS } from './forms-data';
import { unitFromFields, unitFromTitle } from './unit-stated';
export { readingOf, type RecordReading } from './reading';

export function recogniseDocument(original: DocumentModel): EvaluationRecord[] {
  const doc = simplifyDocument(original);
  const r = emptyReading();
  const blocks = projectFieldTables(rebuildTables(doc.blocks));

  const tables = tableContexts(blocks);
  r.docUnit = documentUnit(blocks);
  readTables(tables, r);
  const stream = cellStream(blocks);
  const forms = readForms(stream, r);
  readSangongTable(stream, r);
  // Read from the lines as written: the rebuilt blocks may have cut such a line into cells.
  readSangongRowsInText(
    doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, line: b.loc.line }] : [])),
    r,
  );
  const ps = passages(blocks);
  const sf: SentenceFacts = {
    bag: r.bag,
    changes: r.changes,
    grades: r.grades,
    quarterly: r.quarterly,
    projectAmounts: r.projectAmounts,
  };
  readSentences(ps, sf);
  readNarrativeProjects(ps, r);
  readKinds(blocks, r);
  oneProjectOverall(forms, r, titleLines(blocks));
  if (r.bag.has('staff.in_service')) r.bag.drop('staff.present');
  else r.bag.move('staff.present', 'staff.in_service');
  if (isBudgetDisclosure(titleLines(blocks)))
    for (const [from, to] of Object.entries(SANGONG_BUDGET_KEYS)) r.bag.move(from, to);

  const lines = unitLines(blocks);
  const full = lines.map((l) => l.text).join('\n');
  let unit = statedUnit(
    unitFromFields(forms.fields, (name) => countyOfName(name, full).county !== undefined) ??
      unitFromTitle(titleLines(blocks)),
    recogniseUnit({ lines, full }),
    full,
  );
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
    const sub = emptyReading(r.kinds);
    mergeInto(sub, l);
    const rec = buildRecord(sub, lu.name ? lu : { name: l.name }, year);
    if (Object.keys(rec.overall).length || rec.projects.length) others.push(rec);
  }
  const main =
    !unit.name && year === undefined && r.bag.keys().length === 0 && r.indicators.length === 0
      ? []
      : [buildRecord(r, unit, year)];
  return [...main, ...otherYears(r, unit, year), ...others];
}

/**
 * Figures a document states for another year than its own, in columns or sentences that name the
 * year ("2022年预算 | 2023年预算"; a budget disclosure with last year's actual spending): a record of
 * that year each, when it holds two or more of them.
 */
function otherYears(r: Reading, unit: UnitInfo, year: number | undefined): EvaluationRecord[] {
  if (year === undefined) return [];
  const byYear = new Map<number, Reading>();
  for (const tagged of r.bag.keys()) {
    const [key, y] = tagged.split('@') as [string, string | undefined];
    if (y === undefined || Number(y) === year) continue;
    const sub = byYear.get(Number(y)) ?? emptyReading();
    for (const c of r.bag.all(tagged)) sub.bag.add(key, c.value, c.source, c.origin);
    byYear.set(Number(y), sub);
  }
  return [...byYear.entries()]
    .filter(([, sub]) => sub.bag.keys().length >= 2)
    .map(([y, sub]) => buildRecord(sub, unit, y));
}

/**
 * The unit the document states, placed with the gazetteer: the stated name wins over a name found
 * by place alone, and takes the longer spelling when the text also writes it with its place prefix.
 */
function statedUnit(stated: string | undefined, found: UnitInfo, full: string): UnitInfo {
  if (!stated) return found;
  if (
    found.name &&
    (found.name.endsWith(stated) || stated.endsWith(found.name) || stated.startsWith(found.name))
  ) {
    if (found.name.length >= stated.length) return found;
    const place = found.name.slice(0, found.name.length - (found.dept_type?.length ?? 0));
    return {
      ...found,
      name: stated,
      dept_type: stated.startsWith(place) ? stated.slice(place.length) : stated,
    };
  }
  // The text may write the stated name after its place ("梅岭县" + "城市管理局").
  const at = full.indexOf(stated);
  const prefixed =
    at > 0
      ? recogniseUnit({
          lines: [{ text: full.slice(Math.max(0, at - 14), at) + stated, strong: true }],
          full,
        })
      : {};
  if (prefixed.name?.endsWith(stated)) return prefixed;
  const placed = recogniseUnit({ lines: [{ text: stated, strong: true }], full });
  if (placed.name && stated.endsWith(placed.name)) return { ...placed, name: stated };
  return { ...countyOfName(stated, full), name: stated, dept_type: stated };
}

/** The first paragraphs and short lines, where a title names the unit. */
function titleLines(blocks: Block[]): string[] {
  return blocks
    .slice(0, 40)
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => normalizeText(b.text))
    .filter((t) => t.length <= 80 && !SITE_BOILERPLATE.test(t));
}

/** Is the document a budget disclosure? Its title (a short line among the first) says 预算 and not 决算 or an evaluation. */
function isBudgetDisclosure(lines: string[]): boolean {
  // A breadcrumb (首页 > 财政预决算 > 部门预算) names the site's section, not the document.
  const titles = lines
    .slice(0, 12)
    .filter((t) => t.length <= 60 && t.length >= 6 && !/>|＞|\[|分类/.test(t))
    .map((t) => t.replace(/预决算/g, ''));
  return (
    titles.some((t) => BUDGET_DISCLOSURE_TITLE.test(t) && !NOT_BUDGET_DISCLOSURE_TITLE.test(t)) &&
    !titles.some((t) => NOT_BUDGET_DISCLOSURE_TITLE.test(t) && /决算|自评|评价/.test(t))
  );
}

/** Overall keys a document about one project states through that project's form. */
const ONE_PROJECT_KEYS = {
  budget: 'overall.budget',
  executed: 'overall.executed',
  execution_rate: 'overall.execution_rate',
  score: 'overall.score',
} as const;

/**
 * A document that is one project's self-evaluation form speaks for its unit through that project:
 * the form's figures are also the unit's overall ones. A department report that carries several
 * project forms, or a department form of its own, keeps them apart.
 */
function oneProjectOverall(forms: FormsRead, r: Reading, titles: string[]): void {
  if (forms.projects.length !== 1 || forms.overall) return;
  // The document's own title, among its first lines; not a list of other documents (a site's "相关文档").
  const related = titles.findIndex((t) => /^(相关|推荐|热门|延伸)(新闻|文档|阅读|链接|资源|文章)/.test(t));
  const own = titles
    .slice(0, related >= 0 ? Math.min(related, 8) : 8)
    .filter((t) => !/\.(docx?|pdf|xlsx?)$/i.test(t));
  if (own.some((t) => t.length <= 60 && /部门整体|整体支出|部门决算/.test(t))) return;
  if (r.projects.all().filter((x) => x.facts.keys().length).length !== 1) return;
  const p = r.projects.find(forms.projects[0]!);
  if (!p) return;
  for (const [key, target] of Object.entries(ONE_PROJECT_KEYS)) {
    if (r.bag.has(target)) continue;
    for (const c of p.facts.all(key)) r.bag.add(target, c.value, c.source, c.origin);
  }
  if (!r.grades.length) r.grades.push(...forms.projectGrades);
}

/** The same unit written with or without its place prefix ("岳阳市云溪区…" and "云溪区…"). */
function sameUnit(a: string, b: string): boolean {
  const x = normalizeText(a).replace(/\s+/g, '');
  const y = normalizeText(b).replace(/\s+/g, '');
  return x === y || x.endsWith(y) || y.endsWith(x);
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
  /主办(单位)?[:：]|承办(单位)?[:：]|版权所有|ICP|备案|网站标识码|技术支持|联系我们|当前位置|网站地图|打印本页|关闭窗口|门户网站|^(上一篇|下一篇|上一条|下一条)/;

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

// ---------------------------------------------------------------- kinds

function readKinds(blocks: Block[], r: Reading): void {
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
}
