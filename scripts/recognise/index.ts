// Entry point of the recognisers: a document model → what it states about its unit and year.
// Tables are read first (summary tables, label–value tables, scoring tables, project tables), then
// sentences; every statement lands in a bag with its provenance, and the record takes the stated
// value of each key. Derived values (a score summed from the scoring table, a previous year's 三公
// total worked out from a stated change) go into keys of their own.

import { statesFigures, type EvaluationRecord } from '../model/record';
import { normalizeText, simplifyDocument } from './normalize';
import { withoutSpamPlaces } from './spam-places';
import { declaredUnitIn, type AmountUnit } from './numbers';
import { readScoringRows, tableRows } from './scoring';
import { proseAmounts } from './values';
import { findScoringHeader, type ScoringHeader } from './scoring-header';
import { passages } from './passages';
import { announcedProject, isGenericProject, listedProjects, soleProject } from './projects';
import { readSentences } from './sentences';
import type { SentenceFacts } from './sentence-parts';
import { countyOfName, isPlaceName, placedByLocation, recogniseUnit, withoutProvince } from './unit';
import { isEssayCollection, isProjectReport, namedInFull, projectOfTitle } from './project-title';
import { recogniseYear } from './year';
import { emptyReading, mergeInto, type Reading, type Recognised, type TableContext } from './reading';
import { readFigureTable } from './figures';
import { readGradeCells } from './table-blocks';
import { projectNameIn, readProjectTable } from './project-sources';
import { readNarrativeProjects, readUnnamedProject } from './project-prose';
import { buildRecord } from './build';
import { collectionParts } from './collection';
import { fundingPairTables, projectFieldTables, unitFieldLines } from './field-lines';
import { cellStream } from './cells';
import { rebuildTables } from './rebuild';
import { isTableTitle } from './rebuild-cells';
import { readForms } from './forms';
import { partsOfBudget, settleInlineParts } from './form-parts';
import { readHeaderlessSangongRows } from './sangong-rows';
import { readSangongRowsInText, readSangongTable } from './sangong-table';
import { SITE_BOILERPLATE, type Block, type DocumentModel, type Table } from '../model/document';
import {
  isBudgetDisclosure,
  moveOtherYearSentences,
  oneProjectOverall,
  aggregateUnit,
  otherYears,
  statedUnit,
  shortNameInFull,
  suppliedInFull,
  readKinds,
  titleLines,
} from './document-scope';
import { BUDGET_DISCLOSURE_KEYS, FORM_FIELD_OF, KNOWN_LABELS, labelWord } from './forms-data';
import {
  namesPublisher,
  partyName,
  unitFromFields,
  OWN_FIELDS,
  PARENT_FIELDS,
  unitFromOpening,
  unitFromScope,
  unitFromSupervisor,
  unitFromBreadcrumb,
  unitInEmptyTableNote,
  unitFromPublisher,
  unitComposed,
  unitDefined,
  writtenOut,
  unitImplementing,
  unitOfEvaluatedFund,
  unitSigned,
  unitFromTitles,
  unitFromYearlessTitle,
  declaredInFull,
} from './unit-stated';
export type { RecordReading, Recognised } from './reading';

/** A unit below the county: a town, a township or a street's office. */
const TOWN_LEVEL = /[镇乡]|街道/;

/**
 * The one body a portal's footer names as the site's host ("主办:徐闻县人民政府办公室  承办:…"): the page's
 * chrome, left out of the unit's lines, so read from the paragraphs.
 */
function siteHost(prose: string): string | undefined {
  const hosts = new Set(
    [...prose.matchAll(/主办(?:单位)?[:：]\s*([\u4e00-\u9fa5]{4,30}?)(?=\s|承办|$)/gm)].map((m) => m[1]!),
  );
  return hosts.size === 1 ? [...hosts][0] : undefined;
}

/** Each record a document states, with the statements it was built from (for the checks). */
export function recogniseReadings(original: DocumentModel): Recognised[] {
  const doc = withoutSpamPlaces(simplifyDocument(original));
  const parts = collectionParts(doc);
  const all = parts ? parts.flatMap(recogniseReport) : recogniseReport(doc);
  // A unit or year the document only names beside others' figures (a notice's publisher, a year
  // of a plan) is no record of its own where other records state figures.
  const stating = all.filter((x) => statesFigures(x.record));
  return stating.length ? stating : all;
}

/**
 * A title naming a kind of funds ("…2021年衔接资金项目绩效自评报告") over a text that says what they were
 * used for ("衔接资金共下达62.5万元,用于实施X项目", "下达我县抗疫特别国债资金1380万元,用于X项目"): the
 * project is X; where they went to several, none.
 */
function projectTheFundIsFor(titled: string | undefined, text: string): string | undefined {
  if (!titled || !/资金$/.test(titled)) return titled;
  const uses = [
    ...text.matchAll(
      /用于(?:实施|建设)?([^,，。;；、"和及与()（）]{4,40}?项目)(?:[(（][^()（）]*[)）])?([和及与、])?/g,
    ),
  ];
  if (uses.length === 0) return titled;
  const used = new Set(uses.map((m) => m[1]!));
  return used.size === 1 && !uses.some((m) => m[2]) ? [...used][0] : undefined;
}

/** A sector's departments, no place and no body named: 教育部门, 卫生健康部门, 农业农村部门. */
const SECTOR_DEPARTMENTS = /^[\u4e00-\u9fa5]{2,6}部门$/;

/** The records of one report (a whole document, or one part of a bundle). */
function recogniseReport(doc: DocumentModel): Recognised[] {
  const r = emptyReading();
  const blocks = unitFieldLines(projectFieldTables(fundingPairTables(rebuildTables(doc.blocks))));

  const tables = tableContexts(blocks);
  r.docUnit = documentUnit(blocks);
  let amounts: Map<string, Set<AmountUnit>> | undefined;
  r.proseAmounts = () => (amounts ??= proseAmounts(blocks));
  const titles = titleLines(blocks);
  r.othersEvaluated = titles
    .slice(0, 8)
    .some((t) => t.length <= 60 && /评价结果|评价情况的?(通报|公告)/.test(t) && !/自评/.test(t));
  readTables(tables, r);
  const stream = cellStream(blocks);
  const paragraphTexts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [normalizeText(b.text)] : []));
  // A report with no title of its own may announce its project in its opening sentence.
  const announced = isProjectReport(titles) ? undefined : announcedProject(paragraphTexts);
  const titleProject = projectOfTitle(titles) ?? announced;
  const prose = paragraphTexts.join('\n');
  const fullProject = namedInFull(titleProject, prose);
  // An essay collection's topic names an essay's project only where the essay names it in full.
  const essayTopic = titleProject !== undefined && fullProject === titleProject && isEssayCollection(titles);
  const titledProject = projectTheFundIsFor(
    fullProject && !isGenericProject(fullProject) ? fullProject : undefined,
    prose,
  );
  const forms = readForms(stream, r, titledProject);
  readSangongTable(stream, r);
  readHeaderlessSangongRows(stream, r);
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
    projectGrades: r.projectGrades,
    quarterly: r.quarterly,
    projectAmounts: r.projectAmounts,
  };
  // The passages that list projects, read as projects and kept out of the department's figures.
  const projectItems = listedProjects(ps.map((p) => p.text));
  readSentences(ps, sf, projectItems);
  settleInlineParts(r);
  partsOfBudget(r);
  const projectReport = isProjectReport(titles) || announced !== undefined;
  const bodyProject = () => soleProject(ps.map((p) => p.text));
  // One project form is the document's own project, unless a department-wide form beside it says the
  // document is the unit's (a 决算 whose appendix holds one project's form).
  const ownProject =
    forms.projects.length === 1 && !forms.overall
      ? forms.projects[0]!
      : essayTopic
        ? (bodyProject() ?? titledProject)
        : (titledProject ??
          (projectReport
            ? (bodyProject() ?? (r.projects.size === 1 ? r.projects.all()[0]!.name : undefined))
            : undefined));
  readNarrativeProjects(
    ps,
    r,
    projectItems,
    ownProject && !KNOWN_LABELS.has(labelWord(ownProject)) ? ownProject : undefined,
    projectReport && forms.projects.length <= 1,
  );
  if (ownProject && forms.projects.length <= 1) r.projects.foldShortNames(ownProject);
  r.projects.foldAbbreviations();
  const overallRead = ['budget', 'executed', 'execution_rate', 'score'].some((k) =>
    r.bag.has(`overall.${k}`),
  );
  if (!ownProject && r.projects.size === 0 && !overallRead) readUnnamedProject(ps, r);
  readKinds(blocks, r);
  // A report its title says is on a project or fund ("XX项目资金 / 绩效评价报告") is one, figures or not.
  if (projectReport && !r.kinds.has('project_dept_eval')) r.kinds.add('project_self_eval');
  // A page on one project its text names, under a title that names none ("2022年度绩效评价"), and
  // stating nothing of the unit's own.
  const onlyProject =
    r.projects.size === 1 && (projectReport || !overallRead) ? r.projects.all()[0]!.name : undefined;
  oneProjectOverall(forms, r, titles, ownProject ?? onlyProject);
  if (r.bag.has('staff.in_service')) r.bag.drop('staff.present');
  else r.bag.move('staff.present', 'staff.in_service');

  const lines = unitLines(blocks);
  const full = lines.map((l) => l.text).join('\n');
  const placed = (name: string) => countyOfName(name, full).county !== undefined;
  // A title naming only a place ("岳阳市云溪区2022年度…项目绩效评价报告") gives way to the form's 主管部门.
  const paragraphs = blocks
    .slice(0, 40)
    .flatMap((b) => (b.kind === 'paragraph' ? [normalizeText(b.text)] : []));
  const ending = blocks.slice(-12).flatMap((b) => (b.kind === 'paragraph' ? [normalizeText(b.text)] : []));
  // A title naming a sector's departments together ("2021年度教育部门决算公开(汇总)"), or only a place,
  // names no unit: the text's own definition of the unit, or its signature, goes first.
  const fromTitle = writtenOut(unitFromTitles(titles), paragraphs);
  const noBody = fromTitle !== undefined && (SECTOR_DEPARTMENTS.test(fromTitle) || isPlaceName(fromTitle));
  const titled =
    (noBody ? undefined : fromTitle) ??
    unitDefined(paragraphs) ??
    unitSigned(ending) ??
    unitComposed(paragraphTexts) ??
    fromTitle;
  let unit = statedUnit(
    unitFromFields(forms.fields, placed, OWN_FIELDS) ??
      (projectReport ? unitImplementing(paragraphs) : undefined) ??
      (titled && !isPlaceName(titled) ? titled : undefined) ??
      unitOfEvaluatedFund(paragraphs) ??
      unitFromFields(forms.fields, placed, PARENT_FIELDS) ??
      titled ??
      unitInEmptyTableNote(blocks.flatMap((b) => (b.kind === 'paragraph' ? [normalizeText(b.text)] : []))),
    recogniseUnit({ lines, full }),
    full,
  );
  // Where nothing names the unit: the text's opening, then the page's supplier or publisher (its
  // metadata may be a table: "发布机构 | X |").
  const heads = blocks
    .slice(0, 40)
    .flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.table.rows.map((r) => r.cells.map((c) => c.text).join(' | ')),
    )
    .map(normalizeText);
  const supplier = unitFromPublisher(heads);
  const named = unit.name
    ? undefined
    : (unitFromYearlessTitle(titles) ??
      unitFromOpening(paragraphs) ??
      unitFromScope(paragraphs) ??
      supplier ??
      unitFromBreadcrumb(heads));
  if (named) unit = statedUnit(named, unit, full);
  // A fund's evaluation a finance bureau published (commissioned, on its site) reports on the unit the
  // text puts in charge of the fund, not on the bureau.
  const supervisor = !unit.name || /财政局$/.test(unit.name) ? unitFromSupervisor(paragraphs) : undefined;
  if (supervisor && supervisor !== unit.name) unit = statedUnit(supervisor, {}, full);
  unit = shortNameInFull(suppliedInFull(unit, supplier, full), full);
  unit = aggregateUnit(titles, unit, full) ?? unit;
  unit = placedByLocation(withoutProvince(unit, full), full);
  const party = partyName(unit.name, full);
  if (party !== unit.name) unit = { ...unit, name: party };
  // A unit the page names by its level only ("市水利和湖泊局"), the portal's footer in full ("主办:咸宁市水利和湖泊局").
  const host = siteHost(prose);
  if (
    unit.name &&
    /^[市县区]/.test(unit.name) &&
    host &&
    host.length > unit.name.length &&
    host.endsWith(unit.name.slice(1))
  )
    unit = statedUnit(host, recogniseUnit({ lines: [{ text: host, strong: true }], full }), full);
  // A town's page on its county's portal ("迈陈镇人民政府…" / "主办:徐闻县人民政府办公室"): the town is the
  // county's, where the name writes none.
  const hostPlace =
    host && unit.name && !unit.county && TOWN_LEVEL.test(unit.name) ? countyOfName(host, full) : {};
  if (hostPlace.county && hostPlace.division_code)
    unit = {
      ...unit,
      province: hostPlace.province,
      city: hostPlace.city,
      county: hostPlace.county,
      division_code: hostPlace.division_code,
    };
  const year = recogniseYear({ lines });
  // A budget disclosure states budgets, its own year's parts too ("2.公务用车运行维护费8.60", read
  // under a 2018年预算 column as the 2018 figures).
  if (isBudgetDisclosure(titles))
    for (const [from, to] of Object.entries(BUDGET_DISCLOSURE_KEYS)) {
      r.bag.move(from, to);
      if (year !== undefined) r.bag.move(`${from}@${year}`, `${to}@${year}`);
    }
  // A summary that lists departments: the report's own unit takes its row; every other row is a
  // record of its own. A summary with one listed unit is about that unit.
  const listed = [...r.listed.values()];
  // A table may name a unit by the short form the text declares for it ("(以下简称区文化旅游委)").
  if (!unit.name && listed.length === 1)
    unit = recogniseUnit({ lines: [{ text: declaredInFull(listed[0]!.name, full), strong: true }], full });
  const others: Recognised[] = [];
  for (const l of listed) {
    if (unit.name && sameUnit(l.name, unit.name)) {
      mergeInto(r, l);
      // A unit's own list of its project results, one project long, on a page about it: its figures
      // are the unit's too, as a one-project document's are.
      const own = r.projects.all();
      if (projectReport && own.length === 1 && !overallRead)
        oneProjectOverall(forms, r, titles, own[0]!.name);
      continue;
    }
    // The name as the row writes it, placed by the gazetteer ("广灵县社会保险中心", not a shorter match).
    const named = declaredInFull(l.name, full);
    const lu =
      named === l.name
        ? statedUnit(l.name, recogniseUnit({ lines: [{ text: l.name, strong: true }], full }), full)
        : recogniseUnit({ lines: [{ text: named, strong: true }], full });
    const sub = emptyReading(r.kinds);
    mergeInto(sub, l);
    const built = buildRecord(sub, lu.name ? lu : { name: l.name }, year);
    if (Object.keys(built.record.overall).length || built.record.projects.length) others.push(built);
  }
  moveOtherYearSentences(r, year);
  r.projects.nameAsWritten(full.replace(/\s+/g, ''));
  r.projects.withoutUnit(unit);
  r.projects.joinShortNames();
  // A page listing other units' results (a finance bureau publishing evaluations) states nothing of
  // its publisher's own but words around the list.
  const figures =
    r.bag.keys().some((k) => !/grade|project_count|project_total/.test(k)) ||
    r.indicators.length > 0 ||
    r.projects.size > 0;
  const main =
    (!unit.name && year === undefined && !figures) || (others.length > 0 && !figures)
      ? []
      : [buildRecord(r, unit, year)];
  return [...main, ...otherYears(r, unit, year), ...others];
}

/** The records a document states. */
export function recogniseDocument(doc: DocumentModel): EvaluationRecord[] {
  return recogniseReadings(doc).map((x) => x.record);
}

/** The same unit written with or without its place prefix ("岳阳市云溪区…" and "云溪区…"). */
function sameUnit(a: string, b: string): boolean {
  const x = normalizeText(a).replace(/\s+/g, '');
  const y = normalizeText(b).replace(/\s+/g, '');
  return x === y || x.endsWith(y) || y.endsWith(x);
}

/** A transfer payment form's field naming an authority above the unit. */
const SUPERIOR_FIELD = /^(中央|省级?|市级?)(财政部门|主管部门|业务主管部门)[:：]?$/;

/** Lines for unit and year recognition: paragraphs (the first ones and titles weigh more) and table cells. */
function unitLines(blocks: Block[]): { text: string; strong: boolean }[] {
  const out: { text: string; strong: boolean }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      const t = normalizeText(b.text);
      // A web page's header and footer name the site's operator, not the report's unit.
      // A long paragraph is the report's prose ("…培训和技术支持工作"), whatever words it holds.
      if ((t.length <= 200 && SITE_BOILERPLATE.test(t)) || namesPublisher(t)) return;
      const title = /报告|自评表|评价表|汇总表|情况表|决算/.test(t) && t.length <= 60;
      out.push({ text: t, strong: i < 12 || title });
    } else {
      for (const row of b.table.rows) {
        // The authorities over a transfer payment (中央主管部门 | 国家卫生健康委, 省级财政部门 | 四川省财政厅)
        // are not the unit reporting on it.
        const cells = row.cells
          .map((c) => normalizeText(c.text))
          .map((c, k, all) => (k > 0 && SUPERIOR_FIELD.test(all[k - 1]!.replace(/\s+/g, '')) ? '' : c));
        if (cells.some((c) => SITE_BOILERPLATE.test(c))) continue;
        const labelled = cells.some((c) => /^(部门名称|单位名称|填报单位|预算单位|主管部门)/.test(c));
        out.push({ text: cells.join(' '), strong: labelled });
      }
    }
  });
  return out;
}

/** The amount unit that captions of this document declare most often: the fallback for tables that declare none. */
function documentUnit(blocks: Block[]): AmountUnit | undefined {
  const counts = new Map<AmountUnit, number>();
  for (const b of blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text));
    for (const t of texts) {
      if (t.length > 40) continue;
      const u = declaredUnitIn(t);
      if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? unstatedYuan(blocks);
}

/** An amount to the fen, six or more digits before the point, with separators: "245,000.00". */
const YUAN_TO_THE_FEN = /^(?:\d{3}(?:,\d{3})+|\d{1,3}(?:,\d{3}){2,})\.\d{2}[?\uFFFD]?$/;

/**
 * A document that states no unit, whose table cells write amounts to the fen in the hundreds of
 * thousands ("年度总金额 | 2,856,400.00"): a form's funds of tens or hundreds of 亿元 are no reading,
 * so its amounts are in 元, as a person reading the form takes them.
 */
function unstatedYuan(blocks: Block[]): AmountUnit | undefined {
  let n = 0;
  for (const b of blocks)
    if (b.kind === 'table')
      for (const r of b.table.rows) n += r.cells.filter((c) => YUAN_TO_THE_FEN.test(c.text.trim())).length;
  return n >= 2 ? '元' : undefined;
}

/** A form's head row that names its project: "项目名称 | X". */
function namesProject(table: Table): boolean {
  return table.rows.some((row) => FORM_FIELD_OF.get(labelWord(row.cells[0]?.text ?? '')) === 'project');
}

/** A form's number alone: "公开02表", "财决公开06表". */
const FORM_NUMBER = /^\S{0,4}公开\d*表$/;

function tableContexts(blocks: Block[]): TableContext[] {
  const out: TableContext[] = [];
  let paras: string[] = [];
  // A table's title may stand above more lines than the context keeps ("…支出决算表" / "公开02表" /
  // "部门:…" / "单位:万元" / a header cell).
  let tableTitle: string | undefined;
  let sinceTitle = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      paras.push(normalizeText(b.text));
      const line = paras.at(-1)!;
      // The nearest title that names the table, within a few lines (not a contents list's further up);
      // a form number ("公开02表") names none.
      if (isTableTitle(line) && !FORM_NUMBER.test(line)) [tableTitle, sinceTitle] = [line, 0];
      else if (++sinceTitle > 8) tableTitle = undefined;
      if (paras.length > 4) paras.shift();
      continue;
    }
    const context = paras.join('\n');
    const title = paras.filter((p) => p.length <= 80).join(' ');
    let subject: TableContext['subject'] = 'other';
    if (/项目/.test(title) && !/整体/.test(title)) subject = 'project';
    else if (/整体|部门.*(自评|评价)/.test(title)) subject = 'overall';
    // A table right under another goes on with it: under a form's head that names its project (项目名称
    // | X), it is that project's.
    const above = paras.length ? undefined : out.at(-1);
    if (above && subject === 'other') subject = namesProject(above.table) ? 'project' : above.subject;
    out.push({ table: b.table, context, subject, ...(tableTitle ? { title: tableTitle } : {}) });
    paras = [];
    tableTitle = undefined;
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
      // A sheet's grade may stand in a row of its own after the total (评价等级 | 优).
      readGradeCells(
        rows.slice(scoringStart),
        r,
        subject !== 'project' && !project ? r.grades : r.projectGrades,
      );
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
