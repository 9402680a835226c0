// Projects stated in prose: a project named in a heading, at the head of a numbered paragraph, in
// quotes or brackets, or as the one a sentence evaluates; its figures in the sentences about it
// ("“X”项目…预算数78万元，执行数77.98万元"); clauses each led by a project's name, or stretches of a
// sentence each opened by one; and a list after 项目支出 ("其中：A21.8万元；B20万元"). Lists of projects
// with their figures are project-lists.ts's.

import Decimal from 'decimal.js';
import { toWan } from './numbers';
import {
  BRACKETED_PROJECT,
  cleanProjectName,
  EVALUATED_FUND,
  EVALUATED_PROJECT,
  PROJECT_REPORT_TITLE,
  isAccountsItem,
  isGenericProject,
  NOT_A_LEADING_PROJECT,
  numberedProject,
  QUOTED_PROJECT,
  SOLE_PROJECT_SPENDING,
  PROJECT_REVIEW,
} from './projects';
import { sentencesOf, sentenceSource, type Passage, type Sentence } from './passages';
import { bareFigures, clauseBounds } from './sentence-parts';
import type { Reading } from './reading';
import {
  amountUnit,
  FUNDING_SOURCE,
  outsideBrackets,
  ownAmongTasks,
  projectLabels,
  readClassedList,
  readLabelledScores,
  readCountedList,
  readEnumerated,
  readRespectively,
  readScoreList,
  readTasks,
  readWorks,
  readFundParts,
  readBracketedFigures,
} from './project-lists';

/** A heading that is a project's name: "（一）巡回医疗车辆运行保障项目绩效自评综述". */
/** The number a heading opens with: "1.", "（一）", "(2)". */
const HEADING_NUMBER = String.raw`(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*`;
const PROJECT_HEADING = new RegExp(
  `^${HEADING_NUMBER}(?<name>[^:：,，。;；"]{2,40}?项目)(?:绩效)?(?:自评)?(?:综述|情况|结果)?$`,
);
/**
 * A numbered heading of a name alone ("（一）中小河道水环境综合治理"): a project's where the paragraph under it
 * opens on the project's budget ("该项目年初预算数…").
 */
const NAME_HEADING = new RegExp(`^${HEADING_NUMBER}(?<name>[^:：,，。;；"\\d]{2,40})$`);
// (Its budget first: a section's heading, "（一）评价结论" over "该项目自评得分98分", names no project.)
// Its first sub-item may head it: "1.资金情况。该项目全年预算12.6万元…".
const ON_THE_PROJECT =
  /^(?:\d{1,2}[.、．]\s*[^。:：,，]{2,10}[。:：]\s*)?(?:该|本|此)项目(?:年初|全年|调整后|年度)?预算/;
/**
 * A top-level heading of a fund's or project's name alone ("一、高标准农田建设县级配套资金"): a project's where an
 * earlier paragraph names it too (the opening's "分别为A、B、C"), its sections below it.
 */
const TOP_NAME_HEADING =
  /^[一二三四五六七八九十]{1,3}[、.．]\s*(?<name>[^:：,，。;；"\d]{4,40}(?:资金|经费|项目|工程))$/;
/** Another report's title, or a part of the document: it ends a project's report. */
const OTHER_REPORT_HEADING =
  /(?:整体支出|部门).{0,12}(?:绩效)?(?:自评|评价)报告$|^第[一二三四五六七八九十]+部分/;
/** A paragraph opened by a quoted project's name, after its number. */
const QUOTED_OPENING = /^(?:[(（]?\d{1,2}[)）.、．]\s*)?"[^"]{2,60}"项目/;
/** How deep a numbered heading stands: 一、 above (一) above 1. above (1) above ①; 0 for no number. */
const NUMBER_LEVELS = [
  /^第[一二三四五六七八九十]+部分/,
  /^[一二三四五六七八九十]+[、.．]/,
  /^[(（][一二三四五六七八九十]{1,3}[)）]/,
  /^\d{1,2}[.、．](?!\d)/,
  /^[(（]\d{1,2}[)）]/,
  /^[①②③④⑤⑥⑦⑧⑨⑩]/,
];
function numberLevel(text: string): number {
  return NUMBER_LEVELS.findIndex((re) => re.test(text.trim())) + 1;
}
/** Any numbered paragraph or heading: it ends what the paragraphs before it were about. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、.]|第|\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])/;

// "执行数29.6万，执行率100%": beside a money word, 万 alone is 万元.
const AMOUNT =
  '(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<unit>亿元|万元|元|万(?=[,，。;；)）]|$))';
/** A budget's words before its amount: 预算数, 预算合计为, 预算经费为, 指标金额是 … */
const BUDGET_WORDS = '(?:数|资金|金额|安排|经费)?(?:合计|总额)?(?:为|是)?';
/** A project's figures in a sentence about it, with the unit each is stated in. */
type ProjectSentenceKey = 'budget' | 'executed' | 'execution_rate' | 'score';
const PROJECT_SENTENCE: [RegExp, ProjectSentenceKey][] = [
  // The budget as adjusted where the sentence states it, else the one it states.
  [new RegExp(`(?:(?:全年|调整后|实际)预算${BUDGET_WORDS}|预算调整数(?:为)?)${AMOUNT}`), 'budget'],
  // The funds arranged in parts, then their total: "安排本单位专项资金：A18.6万元、B24.2万元…，合计68万元".
  [new RegExp(`(?:安排|下达|预算)[^。;；]*?、[^。;；]*?[,，](?:合计|共计|总计)(?:为)?${AMOUNT}`), 'budget'],
  // Batches approved one by one, then their total: "三批合计批复总投资3523.45万元".
  [
    new RegExp(`(?:合计|共计|总计)[^,，。;；\\d]{0,6}?(?:批复|安排|下达)(?:总)?投资(?:额)?(?:为)?${AMOUNT}`),
    'budget',
  ],
  // "统筹整合使用财政涉农资金186万元": the integrated agricultural funds a project was given.
  [new RegExp(`(?:统筹)?整合使用(?:财政)?(?:涉农)?资金${AMOUNT}`), 'budget'],
  // "计划投资1,350万元", "补助资金288万元，其中中央补助…": the whole before its parts.
  [new RegExp(`计划投资(?:总额|额)?(?:为)?${AMOUNT}`), 'budget'],
  [new RegExp(`(?:补助|专项|项目)资金${AMOUNT}(?=(?:[(（][^()（）]{0,40}[)）])?[,，]其中)`), 'budget'],
  // "对X项目3260万元资金的使用情况作出评价": the project's funds, named after it.
  [new RegExp(`项目${AMOUNT}(?=(?:财政)?资金)`), 'budget'],
  // "全年应执行数为7.79万元": what the year should have spent, its budget.
  [new RegExp(`(?:全年)?应执行数(?:为|是)?${AMOUNT}`), 'budget'],
  // (Not the whole a bond was to raise over its years: "拟申请债券资金总额20000万元,…2022年度发行6000万元".)
  [
    new RegExp(
      `(?:(?:全年|年初)?预算(?:批复)?${BUDGET_WORDS}|(?<!拟(?:申请|发行)[\u4e00-\u9fa5]{0,6})(?:财政|项目)?资金(?:总额|总计|共计)(?:为)?|指标(?:金额|资金)(?:为|是)?)${AMOUNT}`,
    ),
    'budget',
  ],
  // "下达中央财政资金30.9万元，县财政资金30.9万元，共计下达61.8万元": the total allocated, not a part.
  [new RegExp(`(?:共计|合计|总计)(?:下达|安排)(?:资金)?(?:为|是)?${AMOUNT}`), 'budget'],
  // "下达中央林业改革发展资金（森林防火项目）6,420万元": the funds allocated to it; not the first of its
  // parts ("下达本单位专项资金：A经费21.4万元、B经费16.8万元…"), nor one level's share ("县本级预算安排的…").
  [
    new RegExp(
      `(?<!本级(?:预算)?)(?:下达|安排)(?:给)?(?:我[县市区局镇乡站所院校]|我中心|本单位|我单位)?(?:[^,，。;；\\d《》]{0,30}?\\d{4}年度?)?[^,，。;；\\d]{0,40}?${AMOUNT}(?!、)`,
    ),
    'budget',
  ],
  // "1、X经费，财政资金14.5万元，执行金额6.38万元": the project's funds, opening a clause.
  [new RegExp(`(?<=^|[,，;；:：])财政资金(?:为)?${AMOUNT}`), 'budget'],
  // "市级财政实际到位资金426万元": the funds received, where no budget is stated.
  // "2023年度到位专项债券资金8000万元": the bond funds received.
  [
    new RegExp(`(?:(?:实际)?到位(?:[^,，。;；\\d]{0,8}?)资金|(?:资金|经费)(?:实际)?到位)(?:为)?${AMOUNT}`),
    'budget',
  ],
  // "全县奖励扶助资金共1386.72万元(中央资金…)": what the funds came to, its parts in brackets.
  [new RegExp(`(?:资金|经费)(?:共计|合计|共)(?:为)?${AMOUNT}(?=[(（,，。;；]|$)`), 'budget'],
  [
    new RegExp(
      // "支出68.41万元" opening a clause: what the project spent (not 项目支出 or 基本支出, which name a
      // kind); "全年支付垃圾收集点建设及收运服务费468,000.00元": what it paid for, then the amount;
      // "已兑现困难群众基本生活救助资金14280元": what it paid out to whom.
      // "资金已全部到位并支出418.5万元": what was spent of the funds received.
      `(?:(?<!应)执行数|执行金额|已支出|全部到位并(?:已)?(?:支出|使用|支付)|实际支出|实际开支|实际开销|(?<=^|[,，;；:：])(?:共|累计|全年|当年)?支出(?:[^,，。;；\\d]{0,10}?资金)?|项目支出费用|实际执行|支出数|(?:实际)?拨付使用|实际使用|(?:资金)?已使用|结算支出|(?<!应)执行|全年(?:实际)?支付[^,，。;；\\d]{0,24}?|(?:实际|完成)?(?<!转移)支付|累计(?:支付|拨付|支出)(?:资金)?|已(?:完成)?(?:支付|拨付)[^,，。;；\\d]{0,8}?|已按[^,，。;；\\d]{0,8}?(?:支付|拨付)[^,，。;；\\d]{0,6}?|已?兑现[^,，。;；\\d]{0,24}?|已完成投资|发放(?:补助|补贴)?(?:资金)?)(?:资金)?(?:总额|合计|金额)?(?:为)?${AMOUNT}`,
    ),
    'executed',
  ],
  // "资金共1495.2万元,全部到位并使用完毕": what the funds came to, all of it spent.
  // "专项债券资金3650万元全部到位" likewise.
  [new RegExp(`(?:资金|经费)(?:共(?:计)?)?${AMOUNT}(?=[,，]?(?:已)?全部到位)`), 'budget'],
  [new RegExp(`${AMOUNT}[,，]?全部到位并(?:使用|支出|支付)完毕`), 'executed'],
  // "专项资金70万元已全部支付": the amount before the words that it was all spent.
  [new RegExp(`${AMOUNT}(?:已|均已)?全部(?:支付|支出|使用|拨付)`), 'executed'],
  [/完成预算(的)?(?<n>\d+(?:\.\d+)?)(?<unit>%)/, 'execution_rate'],
  [
    /(?:(?:预算)?执行率|(?:支出|支付)进度(?:比率)?|支付(?:完成)?率|(?:资金)?(?:使用|运用)率|(?:资金)?(?:支出|拨付)率)(?:为|达到?)?(?<n>\d+(?:\.\d+)?)(?<unit>%)/,
    'execution_rate',
  ],
  // A score named as the project's (自评得分, 综合得分, 评价得分, 总分), not an item's ("此项得分6.5分",
  // "指标评价得分8分"). A clause may open on 评分 alone ("…，预算执行率98.00%，评分94分").
  [
    /(?<!指标)(?:(?:自评|综合自评|综合|评价|项目|考评|最终|总|绩效|量化)(?:得分|评分)|(?:项目)?自评分|总分|(?<=^|[,，;；])评分)(?:为|[:：])?(?<n>\d{1,3}(?:\.\d+)?)(?<unit>分)/,
    'score',
  ],
];

/** A clause on the funds a unit raised or matched itself: a part beside the project's funds. */
const SELF_RAISED_PART = /^(?:其中[:：]?)?(?:单位|学校|我校|本单位)?(?:自筹|配套)(?:资金)?/;

/** Scores stated one after another ("A自评分数为73.18分、B…为89.03分"): the items', none the project's. */
const SCORE_STATEMENTS = /(得分|评分|分数|总分)(为|是|[:：])?\d{1,3}(\.\d+)?分/g;

type ProjectFigure = { key: ProjectSentenceKey; value: Decimal; index: number; unit: string };

/** The figures a stretch of a sentence states of a project, each the first of its kind there. */
function projectFigures(text: string, skip: ReadonlySet<string> = new Set()): ProjectFigure[] {
  const seen = new Set(skip);
  const out: ProjectFigure[] = [];
  for (const [re, key] of PROJECT_SENTENCE) {
    if (seen.has(key)) continue;
    const m = text.match(re);
    if (!m?.groups) continue;
    const clause = text.slice(...clauseBounds(text, m.index!));
    // "自筹资金16万元已支付13.5万元": what a part of the funds did, not the project; another way of
    // saying it may still follow.
    if (SELF_RAISED_PART.test(clause.replace(/^[,，;；]/, ''))) continue;
    seen.add(key);
    const suffix = m.groups.unit!;
    const n = new Decimal(m.groups.n!.replace(/,/g, ''));
    // Scores counted in the clause (up to a ；) that states this one: "部门整体…得分96分；“A”项目自评得分94分".
    if (key === 'score' && (n.gt(100) || (clause.match(SCORE_STATEMENTS)?.length ?? 0) > 1)) continue;
    const value = suffix === '%' || suffix === '分' ? n : toWan(n, amountUnit(suffix));
    out.push({ key, value, index: m.index!, unit: suffix });
  }
  return out;
}

/**
 * The project's name, or the end of it (six characters or more: "校舍维修改造专项资金" of "城关初级中学校舍维修改造
 * 专项资金"), right before an amount: the amount is its funds ("其中省级校舍维修改造专项资金70万元").
 */
function namedAmount(text: string, name: string): RegExpMatchArray | null {
  for (const m of text.matchAll(new RegExp(`(?:为|共计?)?${AMOUNT}`, 'g'))) {
    const before = text.slice(0, m.index);
    for (let len = name.length; len >= 6; len--) if (before.endsWith(name.slice(-len))) return m;
  }
  return null;
}

/** A project's figures in a stretch of a sentence (from `at`), each the first of its kind there. */
function readProjectFigures(
  s: Sentence,
  text: string,
  at: number,
  name: string,
  r: Reading,
  bare: RegExpMatchArray | null = null,
): void {
  const known = r.projects.find(name) ?? r.projects.get(name);
  const figures = projectFigures(text, new Set(bare?.groups ? ['budget'] : []));
  // The name before an amount only where the sentence states no budget in words ("省级下拨…护理费3.89万元；
  // …全年应执行数为7.79万元": a part, then the whole).
  // Nor where that amount is one the words before it say was spent ("已拨付使用林业补助资金82,790.4万元").
  if (!figures.some((f) => f.key === 'budget')) {
    const named = bare ? null : namedAmount(text, known.name);
    const value =
      named?.groups && toWan(new Decimal(named.groups.n!.replace(/,/g, '')), amountUnit(named.groups.unit!));
    const spent = value && figures.some((f) => f.key === 'executed' && f.value.eq(value));
    if (!spent) bare ??= named;
  }
  // `bare`: the clause's BARE_CLAUSE match, or the project's name right before an amount ("其中省级校舍
  // 维修改造专项资金70万元"): the amount is its funds. "…；案件审判411.95万元，年末结算支出411.95万元" after
  // "A年初预算数6万元，…": built like the clause before, the amount right after the name is the budget.
  if (bare?.groups) {
    const value = toWan(new Decimal(bare.groups.n!.replace(/,/g, '')), amountUnit(bare.groups.unit!));
    r.projects.add(
      known.name,
      'budget',
      value,
      sentenceSource(s, at + bare.index!, bare.groups.unit),
      'sentence',
    );
  }
  for (const f of figures)
    r.projects.add(known.name, f.key, f.value, sentenceSource(s, at + f.index, f.unit), 'sentence');
  // "…资金138万元,…目前项目资金已全部拨付": all of the budget the clause states was spent.
  // Or the budget read before ("…资金共下达62.5万元,用于实施X项目。…X项目资金已全部支付").
  const budget = figures.find((f) => f.key === 'budget')?.value ?? known.facts.best('budget')?.value;
  const all = text.match(ALL_SPENT);
  if (budget && all && !figures.some((f) => f.key === 'executed'))
    r.projects.add(known.name, 'executed', budget, sentenceSource(s, at + all.index!), 'sentence');
}

/** Funds said to be spent in full, with no amount of their own. */
const ALL_SPENT = /(?:资金)?(?:已|均已)全部(?:拨付|支付|支出|使用)(?:完毕)?(?![\d万])/;

/**
 * "项目全年预算数为1050万元,执行数为1050万元": a sentence on "the project" that names none, maybe after
 * its year ("2023年度该项目全年预算数…") or the evaluation ("经评价,该项目综合得分93.5分").
 */
const UNNAMED_PROJECT =
  /^(?:\d{4}年度?|经(?:综合)?评价[,，])?(?:该|本)?项目(?:的)?(?:全年|年初|调整后|年度|综合|自评)?(?:预算|资金总额|总投资|得分|评分)/;

/**
 * A page about one project that never names it ("2020年度绩效评价 … 项目全年预算数为1050万元，执行数为
 * 1050万元，完成预算的100%"): its figures are the document's own. Only where nothing else was read, so
 * a report's sentence on its projects in general never stands for the unit.
 */
export function readUnnamedProject(ps: Passage[], r: Reading): void {
  for (const p of ps)
    for (const s of sentencesOf(p)) {
      if (!UNNAMED_PROJECT.test(s.text)) continue;
      for (const f of projectFigures(s.text))
        r.bag.add(`overall.${f.key}`, f.value, sentenceSource(s, f.index, f.unit), 'sentence');
    }
}

/** "2020年同类项目实际支出30万元", "上年该项目…": figures of another year or project, for comparison. */
const OTHER_PROJECT_YEAR = /同类项目|^(\d{4}年度?)?(上年|去年|上一年度?)/;

/**
 * A sentence up to the clause that turns to another year or project ("2019年省级财政预算安排该项目资金380万元，
 * 2018年同类项目安排320万元"): the comparison is not this project's.
 */
function beforeComparison(text: string): string {
  let at = 0;
  for (const clause of text.split(/[,，;；]/)) {
    if (OTHER_PROJECT_YEAR.test(clause)) return text.slice(0, Math.max(0, at - 1));
    at += clause.length + 1;
  }
  return text;
}

/** "A项目年度预算数85万元，执行数78.92万元，…；B项目年度预算数…": clauses led by a project's name. */
// A short lead may come first ("项目自评中，X项目全年预算数…"); a fund may lead as a project does
// ("全民健身活动经费全年预算数150万元…").
const PROJECT_CLAUSE =
  /^(?:[^,，;；。:："]{0,8}[,，:：])?([^,，;；。:："]{2,30}?(?:项目|经费|资金|补助|补贴))(?:的|[:：])?(?:年度|全年|年初|调整后)?(?:预算|执行|实际|到位资金)/;

/** The same led by a quoted name ("…情况如下:“A”项目:全年预算数…;“B”项目:全年预算数…"). */
const QUOTED_CLAUSE =
  /^([^"]*)"([^"]{2,40})"(?:项目)?(?:的|[:：])?(?:年度|全年|年初|调整后)?(?:预算|执行|实际)/;

/**
 * In a sentence about projects, a list of them, a clause each: "其中，A年初预算数120万元，年末结算支出118.6万元…；
 * B年初预算数…" (the names need not end in 项目 when two or more clauses are built alike).
 */
const LISTED_CLAUSE =
  /^(?:其中[,，:：]?)?([^,，;；。:："0-9]{2,30}?)[,，:：]?(?:年初|全年|调整后)?预算(?:数|资金|金额)?(?:为)?\d/;

/** A clause of a project list that gives the name, then its amount with no label ("案件审判411.95万元"). */
const BARE_CLAUSE =
  /^([^,，;；。:："0-9]{2,30}?)(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>亿元|万元|元)/;

/**
 * A list's item without the words that lead into the list: "其中，", or a lead ending in a colon
 * ("…对重点项目开展了绩效自评：A项目全年预算数…").
 */
function listItem(chunk: string): string {
  return (
    chunk
      // (Not a 其中 inside a bracket of the item's own parts.)
      .replace(/^(?:[^(（]|[(（][^()（）]*[)）])*其中[,，:：]?/, '')
      .replace(
        // Not a name's own colon before its figures ("A：全年预算数…").
        /^[^:：]*[:：](?=(?:[(（]?\d{1,2}[)）.、．])?(?!(?:年初|全年|调整后)?预算)[^:：,，]{2,30}?[,，]?(?:年初|全年|调整后)?预算(?:数|资金|金额)?(?:为)?\d)/,
        '',
      )
      // The item's own number ("(1)社区网格化管理经费,预算96万元").
      .replace(/^[(（]?\d{1,2}[)）.、．]\s*/, '')
  );
}

/** The words before a list's first item that say who allotted it ("2023年度,中央、市级下达我局转移支付"). */
const ALLOCATION_LEAD =
  /^.*(?:下达|下拨|安排|拨付|分配)(?:给?(?:我局|我单位|本单位|我院|我县|我镇|我委|我办))?(?:中央|省级|市级|县级)?(?:专项)?(?:转移支付)?(?:资金)?/;

function withoutAllocationLead(item: string): string {
  const rest = item.replace(ALLOCATION_LEAD, '');
  return rest !== item && BARE_CLAUSE.test(rest) ? rest : item;
}

/**
 * An item's own number before a project's name ("1.X项目预算24.00万元，…") is none of the name; a
 * numbered heading's words before a colon ("1.项目资金到位情况:…") keep theirs, read as before.
 */
function unnumbered(raw: string): string {
  const rest = raw.replace(/^[(（]?\d{1,2}[)）.、．](?=[\u4e00-\u9fa5])/, '');
  return rest !== raw && !/^[^,，;；。"]{0,12}[:：]/.test(rest) ? rest : raw;
}

/**
 * A section heading run into the first project's clause, the text flattened into one paragraph
 * ("五、项目支出绩效自评情况农村人居环境整治资金全年预算260万元,…"): the heading is none of the name.
 */
const GLUED_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[^,，;；。:："\d]{2,16}?(?:情况|概况)(?=[\u4e00-\u9fa5]{2})/;

function withoutGluedHeading(chunk: string): string {
  const rest = chunk.replace(GLUED_HEADING, '');
  return rest !== chunk && PROJECT_CLAUSE.test(rest) ? rest : chunk;
}

/**
 * The projects whose clauses a sentence holds, read; empty where it holds none. `lead`: the sentence
 * before, which may be the one that speaks of projects ("纳入自评的项目2个…。其中：A：全年预算数…；B：…").
 */
function readProjectClauses(s: Sentence, r: Reading, lead = ''): string[] {
  let at = 0;
  const found: string[] = [];
  const chunks = outsideBrackets(s.text, /[;；]/);
  const items = chunks.map(listItem);
  const labelled = items.filter((c) => LISTED_CLAUSE.test(c)).length;
  // After a sentence counting projects, what 其中 lists are those projects, one of them too.
  const listsProjects = /^其中/.test(s.text) && /项目/.test(lead);
  // Three items or more named …项目 with an amount each ("下达我局X项目420.6万元;Y项目186万元;Z项目92.4万元")
  // are a list, no budget word in them; the first one's lead ("…下达我局转移支付") is none of its name.
  const named = items.map(withoutAllocationLead);
  const namedItems = named.filter((c) => /项目$/.test(c.match(BARE_CLAUSE)?.[1] ?? '')).length;
  const listed =
    namedItems >= 3 ||
    ((/项目/.test(s.text) || listsProjects) &&
      labelled >= 1 &&
      (listsProjects || items.filter((c) => LISTED_CLAUSE.test(c) || BARE_CLAUSE.test(c)).length >= 2));
  for (const raw of chunks) {
    // A quoted name's clause is read from the name on: figures before it are the lead's.
    const quoted = raw.match(QUOTED_CLAUSE);
    if (quoted) {
      const from = quoted[1]!.length;
      const name = cleanProjectName(quoted[2]!);
      if (!isGenericProject(name)) {
        readProjectFigures(s, raw.slice(from), at + from, name, r);
        found.push(name);
      }
      at += raw.length + 1;
      continue;
    }
    const chunk = withoutGluedHeading(
      listed ? (namedItems >= 3 ? withoutAllocationLead(listItem(raw)) : listItem(raw)) : unnumbered(raw),
    );
    const bare = listed && !LISTED_CLAUSE.test(chunk) ? chunk.match(BARE_CLAUSE) : null;
    const m = chunk.match(PROJECT_CLAUSE) ?? (listed ? (chunk.match(LISTED_CLAUSE) ?? bare) : null);
    // "2022年度该项目预算资金…" refers to the project the document is about; it names none.
    // "2017年度X项目预算安排…": the year before the name is none of it.
    // "2022年初农村危房改造资金预算安排…": the year's beginning (年初) goes with the year.
    const named = m?.[1]!.replace(/^\d{4}年(?:度|初)?(?=[\u4e00-\u9fa5]{2})/, '');
    if (m && named && !NOT_A_LEADING_PROJECT.test(named) && !isGenericProject(named)) {
      const name = cleanProjectName(named);
      readProjectFigures(s, chunk, at + raw.length - chunk.length, name, r, bare);
      found.push(name);
    } else {
      const known = knownLead(raw, r);
      if (known) {
        // The figures after the name, so that a clause's 支出 opens them.
        const after = known.at + known.name.length;
        readProjectFigures(s, raw.slice(after), at + after, known.name, r);
        found.push(known.name);
      }
    }
    at += raw.length + 1;
  }
  return found;
}

/** Words a project's figures open with, right after its name. */
const FIGURE_LEAD = /^(?:项目)?(?:全年|年初|实际)?(?:预算|支出|执行|自评|得分|评分|到位|拨付)/;

/**
 * A clause led by a project the document named before ("其中A经费支出58.8万元,执行率100%", "经自评,A经费
 * 自评得分96分"): where its name opens the clause, or follows 其中 or a comma, and its figures follow it.
 */
function knownLead(clause: string, r: Reading): { name: string; at: number } | undefined {
  if (!r.projects.size) return undefined;
  // A clause naming several projects is a list, its figures each its own (readScoreList …).
  const named = [...r.projects.entries()].filter((p) => p.name.length >= 4 && clause.includes(p.name));
  if (named.length !== 1) return undefined;
  const { name } = named[0]!;
  const at = clause.indexOf(name);
  const leads = at === 0 || /(?:其中|[,，:：])[:：]?$/.test(clause.slice(0, at));
  return leads && FIGURE_LEAD.test(clause.slice(at + name.length)) ? { name, at } : undefined;
}

/**
 * A sentence that goes through several projects, a stretch each, parted only by commas: "A项目年初预算资金为36万元,
 * B项目年初预算资金为50万元", "A项目支付34.2万元,执行率95%;B项目支付50万元,执行率100%". A stretch opens with
 * a project's name and the word for a figure; the clauses after it, until the next, are its.
 */
const LED_STRETCH =
  /^(?<name>[^,，;；。:："]{2,40}?(?:项目|工程|经费|资金))(?:的)?(?:全年|年初|调整后|实际)?(?:预算|执行|支付|支出|拨付|到位|使用|自评|得分|评分)/;

/** A stretch opened by a project read before, whatever its name ends with ("森林抚育补助支出171万元"). */
function knownStretch(chunk: string, r: Reading): RegExpMatchArray | null {
  const m = chunk.match(
    /^(?<name>[^,，;；。:："\d]{2,40}?)(?:全年|实际)?(?:支出|执行|支付|拨付|使用|自评|得分)/,
  );
  return m?.groups && r.projects.find(cleanProjectName(m.groups.name!)) ? m : null;
}

/**
 * "组织对1个项目开展绩效自评,(涉及资金X万元,)其中:A全年预算数…,执行数…": the projects counted, then each named before its
 * budget, whatever its name ends with; one is enough where the sentence counts them.
 */
const COUNTED_LEAD =
  /对\d{1,3}个项目(?:开展|进行)(?:了)?(?:绩效)?(?:自评|评价)[,，](?:涉及(?:项目)?资金[\d,.]+万?元[,，])?其中[:：]/;
const BUDGET_LED = /^(?<name>[^,，;；。:："\d]{2,40}?)(?:的)?(?:全年|年初|调整后)?预算(?:数|资金)?(?:为)?\d/;

function readLedStretches(s: Sentence, r: Reading): boolean {
  // A list after 其中 is the spending list's (below), the whole's parts.
  if (/^其中/.test(s.text)) return false;
  const counted = COUNTED_LEAD.test(s.text);
  const chunks = outsideBrackets(s.text, /[,，;；]/);
  const stretches: { name: string; text: string; at: number }[] = [];
  let at = 0;
  for (const [k, raw] of chunks.entries()) {
    // The first stretch after the lead that announces them ("2.项目资金执行情况:", "其中:").
    const chunk = k === 0 || (counted && /^其中[:：]/.test(raw)) ? raw.replace(/^[^:：]*[:：]/, '') : raw;
    const from = at + raw.length - chunk.length;
    const m =
      chunk.match(LED_STRETCH) ?? knownStretch(chunk, r) ?? (counted ? chunk.match(BUDGET_LED) : null);
    const name = m?.groups ? cleanProjectName(m.groups.name!) : '';
    if (
      m &&
      name &&
      !isGenericProject(name) &&
      !NOT_A_LEADING_PROJECT.test(name) &&
      !FUNDING_SOURCE.test(name)
    )
      stretches.push({ name, text: chunk, at: from });
    else if (stretches.length) stretches[stretches.length - 1]!.text += `,${chunk}`;
    at += raw.length + 1;
  }
  if (new Set(stretches.map((x) => x.name)).size < (counted ? 1 : 2)) return false;
  for (const x of stretches) readProjectFigures(s, x.text, x.at, x.name, r);
  return true;
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
  /** The whole document reports on `ownProject`: its figures, wherever stated, are that project's. */
  wholeReport = false,
): void {
  let current: string | undefined = ownProject;
  const investments: { name: string; s: Sentence; m: RegExpMatchArray }[] = [];
  // Under a heading that names the project, the paragraphs that follow are about it.
  let headed = false;
  let headingLevel = 0;
  const fundsBatches = ownAmongTasks(ps, ownProject);
  const labels = projectLabels(ps);
  // Under a project's own report title, all its sections are.
  let inReport = false;
  for (const [k, p] of ps.entries()) {
    const q = p.text.match(QUOTED_PROJECT);
    const item = listed[k];
    const named = (m: RegExpMatchArray | null) =>
      m?.groups && !isGenericProject((m.groups.name ?? m.groups.bare)!) ? m : null;
    const numbered = item ? { groups: { name: item, bare: undefined } } : named(numberedProject(p.text));
    const top = named(p.text.trim().match(TOP_NAME_HEADING));
    const heading =
      named(p.text.match(PROJECT_HEADING)) ??
      (ON_THE_PROJECT.test(ps[k + 1]?.text.trim() ?? '') ? named(p.text.trim().match(NAME_HEADING)) : null) ??
      (top && ps.slice(0, k).some((q) => q.text.includes(top.groups!.name!)) ? top : null);
    // A project's own report inside a document ("高标准农田建设项目2021年绩效评价报告" annexed to a 决算):
    // the sections under it are about the project until another report's title. (Not a report on one
    // project, whose own title this is.)
    const report = ownProject === undefined ? named(p.text.trim().match(PROJECT_REPORT_TITLE)) : null;
    if (report?.groups) [current, headed, inReport] = [cleanProjectName(report.groups.name!), true, true];
    else if (inReport && OTHER_REPORT_HEADING.test(p.text.trim()))
      [current, headed, inReport] = [ownProject, false, false];
    else if (inReport) {
      // Its sections and their numbered items speak of it.
    } else if (heading?.groups) {
      [current, headed] = [cleanProjectName(heading.groups.name!), true];
      headingLevel = numberLevel(p.text);
    }
    // An item numbered below the project's heading ("1.X项目" / "(1)项目资金到位情况:该项目…") is still its.
    else if (headed && !numbered?.groups && !q && numberLevel(p.text) > headingLevel) {
      // current stays
    } else if (numbered?.groups)
      [current, headed] = [cleanProjectName((numbered.groups.name ?? numbered.groups.bare)!), false];
    // A quoted name opening the paragraph ("(1)“城区公园绿地养护”项目。全年预算数…") heads what it says.
    else if (q) [current, headed] = [cleanProjectName(q[1]!), QUOTED_OPENING.test(p.text)];
    else if (NUMBERED.test(p.text)) [current, headed] = [ownProject, false];
    const sentences = sentencesOf(p);
    // A sentence about the project makes the bare figures right after it its too.
    let aboutCurrent = false;
    sentences.forEach((s, i) => {
      const follows = aboutCurrent && bareFigures(s.text);
      aboutCurrent = false;
      // The 决算 template's review of one project may open any sentence of its paragraph ("(二)项目绩效
      // 自评结果。X经费绩效自评综述:项目全年预算数为…"): what it states is that project's.
      const review = named(s.text.trim().match(PROJECT_REVIEW));
      if (review?.groups && (i > 0 || !numbered)) current = cleanProjectName(review.groups.name!);
      const clauses = readProjectClauses(s, r, sentences[i - 1]?.text);
      // A sentence led by one project's name ("X项目全年预算数为…") makes it what the next ones speak of.
      const led = clauses.length === 1 ? r.projects.find(clauses[0]!) : undefined;
      if (led && !isGenericProject(led.name) && led.facts.keys().length) current = led.name;
      // A list one project's clause leads names the others after commas ("主要项目有:A项目预算312万元,B项目预算86万元").
      if (clauses.length === 1) readLedStretches(s, r);
      const figuresInBrackets = readBracketedFigures(s, r);
      if (
        clauses.length ||
        figuresInBrackets ||
        readRespectively(s, r) ||
        readEnumerated(s, r) ||
        readCountedList(s, r) ||
        readScoreList(s, r) ||
        readLabelledScores(s, r, labels) ||
        readClassedList(s, r) ||
        readWorks(s, r) ||
        readFundParts(s, r, ownProject) ||
        (!fundsBatches && readTasks(s, r)) ||
        readLedStretches(s, r)
      )
        return;
      // In a report on one project, a bracketed name is its own only right after it ("乡村振兴项目资金(农村人居
      // 环境整治提升项目)"); after another fund ("下达…衔接资金(配套水利项目)420万元") it is that fund's.
      const bracketed = s.text.match(BRACKETED_PROJECT);
      const ownBracket =
        !wholeReport ||
        !ownProject ||
        s.text.slice(0, bracketed?.index ?? 0).endsWith(ownProject.slice(-Math.min(ownProject.length, 6)));
      const sq =
        s.text.match(QUOTED_PROJECT) ??
        s.text.match(EVALUATED_PROJECT) ??
        // (A fund evaluated in a unit's document; in a report on one project, its funds are that project's.)
        (ownProject === undefined && !wholeReport ? s.text.match(EVALUATED_FUND) : null) ??
        (ownBracket ? bracketed : null) ??
        s.text.match(SOLE_PROJECT_SPENDING);
      if (sq) {
        // The document's own project written in part ("森林防火项目" of "…资金（森林防火项目）") is that project.
        const name = cleanProjectName(sq[1]!);
        current = ownProject?.includes(name) ? ownProject : name;
      }
      const own = beforeComparison(s.text);
      const aboutIt =
        current !== undefined &&
        own !== '' &&
        (/项目/.test(s.text) ||
          numbered ||
          headed ||
          s.text.includes(current) ||
          follows ||
          (wholeReport && current === ownProject)) &&
        !/"[^"]+"[、,，]"/.test(s.text);
      if (aboutIt && (PROJECT_SENTENCE.some(([re]) => re.test(own)) || namedAmount(own, current!))) {
        // From the clause that names the project: one before it is another's ("部门整体…96分；“A”项目…").
        const named = own.indexOf(current!);
        const at = named > 0 ? clauseBounds(own, named)[0] : 0;
        readProjectFigures(s, own.slice(at), at, current!, r);
        aboutCurrent = true;
      }
      const invested = aboutIt ? own.match(INVESTMENT) : null;
      if (invested?.groups) investments.push({ name: current!, s, m: invested });
      // "项目支出决算为74.85万元,其中:A项目45.3万元(其中:…)、B项目9.55万元(…)、C项目20万元": the
      // projects' spending, listed after the whole's; what brackets break an item into is no project.
      const spent = s.text.match(/项目支出(?:决算)?(?:数)?(?:为|是)?\d[\d,.]*万元[,，]其中[:：]/);
      if (spent) {
        const from = spent.index! + spent[0].length;
        const body = s.text.slice(from).replace(/[(（][^()（）]*[)）]/g, (b) => ' '.repeat(b.length));
        for (const m of body.matchAll(/([^;；,，、。\s]{2,40}?项目)\s*(\d+(?:\.\d+)?)万元/g)) {
          const name = cleanProjectName(m[1]!);
          if (isGenericProject(name)) continue;
          r.projects.add(
            name,
            'executed',
            new Decimal(m[2]!),
            sentenceSource(s, from + m.index, '万元'),
            'sentence',
          );
        }
      }
      // A list of projects with their spending, right after a sentence about 项目支出.
      const prev = sentences[i - 1]?.text ?? '';
      const listStart = s.text.match(/^其中[:：]/);
      const body = listStart ? s.text.slice(listStart[0].length) : '';
      // After a sentence on the spending as a whole ("衔接资金共支出781.9万元"), items named as projects.
      // Or two items or more each stating what it spent ("其中:A支出64.8万元;B支出109.4万元,执行率92.24%").
      const spentItems = [...body.matchAll(/(?:^|[;；,，])([^;；,，]{2,40}?)支出\d/g)].filter(
        (m) => !isAccountsItem(m[1]!),
      );
      if (
        listStart &&
        (/项目支出|项目/.test(prev) ||
          (/支出/.test(prev) && (/项目支出\d/.test(body) || spentItems.length >= 2)))
      ) {
        for (const m of body.matchAll(/([^;；,，]+?)(?:支出)?(\d+(?:\.\d+)?)万元/g)) {
          const name = cleanProjectName(m[1]!);
          if (name.length < 2 || (/支出$|经费$/.test(name) === false && name.length < 3)) continue;
          if (isAccountsItem(name)) continue;
          // "其中：中央财政资金30.9万元，县财政资金30.9万元，共计下达61.8万元": where the money came from.
          if (FUNDING_SOURCE.test(name)) continue;
          r.projects.add(
            name,
            'executed',
            new Decimal(m[2]!),
            sentenceSource(s, listStart[0].length + m.index, '万元'),
            'sentence',
          );
          // "A项目支出340.5万元,执行率95.59%": the item's rate right after its spending.
          const rate = body
            .slice(m.index + m[0].length)
            .match(/^[,，]?(?:执行率|支出率)(?:为)?(\d+(?:\.\d+)?)%/);
          if (rate)
            r.projects.add(
              name,
              'execution_rate',
              new Decimal(rate[1]!),
              sentenceSource(s, listStart[0].length + m.index + m[0].length, '%'),
              'sentence',
            );
        }
      }
    });
  }
  // "项目总投资2,500万元": the project's investment is its budget where nothing states the year's.
  for (const { name, s, m } of investments) {
    const known = r.projects.find(name) ?? r.projects.get(name);
    if (known.facts.has('budget')) continue;
    const unit = amountUnit(m.groups!.unit!);
    r.projects.add(
      known.name,
      'budget',
      toWan(new Decimal(m.groups!.n!.replace(/,/g, '')), unit),
      sentenceSource(s, m.index!, m.groups!.unit),
      'sentence',
    );
  }
}

/** A project's total investment, opening its clause: its budget only where no year's budget is stated. */
const INVESTMENT = new RegExp(`(?<![\\u4e00-\\u9fa5])项目总投资(?:额)?(?:为|是)?${AMOUNT}`);
