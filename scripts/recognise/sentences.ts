// Facts stated in sentences: "实际收入为702.33万元，上年结转264.03万元" (passages.ts joins the
// lines first). Each figure is read with the words right before it (its label) and the topic of
// its clause, which carries over to the following clauses of the same sentence.

import Decimal from 'decimal.js';
import { SANGONG_BUDGET_KEYS } from './forms-data';
import { ruleFor, SPENT_BEFORE_RATE, type FieldRule } from './fields';
import { narrowTopic, SANGONG_TOPICS, STAFF_KIND, topicOf, type Topic } from './topics';
import { openingYear } from './year';
import { numberedProject, PROJECT_REVIEW, QUOTED_PROJECT, SOLE_PROJECT_SPENDING } from './projects';
import { NUMBER_SOURCE, toWan, type AmountUnit } from './numbers';
import { sentencesOf, sentenceSource, type Passage, type Sentence } from './passages';
import {
  AMOUNT_AT,
  budgetPartsHere,
  CONTINUES,
  coreLabel,
  fieldForChange,
  bareFigures,
  afterProjectEvaluation,
  clauseBounds,
  fundLed,
  PROJECTS_SUMMARY,
  mentionsProject,
  readBareScores,
  readSoleStaffKind,
  readWhole,
  readEvaluatedProjects,
  readGrade,
  readNilParts,
  KIND_OF_SUFFIX,
  readQuarterly,
  YEAR_FIGURE,
  type SentenceFacts,
} from './sentence-parts';

const MENTION = new RegExp(`(${NUMBER_SOURCE})\\s*(亿元|万元|千元|元|%|分|人|名|个)`, 'g');
const CLAUSE_BREAK = /[,，;；]/;
const CLAUSE_BREAKS = /[,，;；]/g;
const QUOTED_PROJECTS = new RegExp(QUOTED_PROJECT.source, 'g');
const DEPARTMENT_TOTALS =
  /^(overall\.|finance\.(income_total|expenditure_total|budget_initial|carryover_begin|carryover_end|fiscal_appropriation|public|public_budget)$)/;

/** A change against the year before, and the field it belongs to: "比2019年减少0.25万元". */
const CHANGE =
  /(?:(比|较|与)(上年|上一年|去年|上年度|\d{4}年)(度)?(同期)?(相比|比较)?|(同比))[^,，;；]*?(增加|减少|增长|下降|上升|节约|降低|减支|增支|减)$/;
const NO_CHANGE =
  /(?:(比|较|与)(上年|上一年|去年|上年度|\d{4}年)|同比)[^,，;；。]*(无增减|持平|无变化|没有变化|未发生变化)/;
/** The key of last year's figure of a field a change is stated for. */
const PREV_KEYS: Record<string, string> = {
  'sangong.total': 'sangong.prev_total',
  'finance.income_total': 'finance.income_prev_year',
  'finance.expenditure_total': 'finance.expenditure_prev_year',
};
// "比上年（…" or "比上年支出15.10万元减少…": the previous year's own figure.
const PREV_VALUE =
  /(比|较|与)(上年|上一年|去年|上年度|\d{4}年)(度)?(同期)?(的|[(（]|(的)?(总|累计)?(支出|决算数?|实际支出|收入)(数)?(为)?)?$/;

/** Read every labelled figure of a passage into the bags; `listed` are the project list items (projects.ts). */
export function readSentences(ps: Passage[], out: SentenceFacts, listed: (string | undefined)[]): void {
  for (const [k, p] of ps.entries()) {
    // "1.统计调查业务经费：预算数46.50万元…" under a heading on evaluated projects is a project's.
    if (listed[k]) continue;
    let carry: Carry = {};
    // A "sentence" of thousands of characters is a data dump, not prose; reading it would cost
    // time quadratic in its length for nothing.
    for (const s of sentencesOf(p)) if (s.text.length <= MAX_SENTENCE) carry = readSentence(s, out, carry);
  }
}

/** What a sentence leaves to the next one that continues it ("…预算数合计18.60万元。分项为：…"). */
interface Carry {
  topic?: Topic;
  /** The topic the sentence opened with, before its first amount ("2023年度“三公”经费…"). */
  lead?: Topic;
  lastKey?: string;
  /** The sentence stated a 三公 budget and no 三公 spending: parts listed after it are the budget's. */
  budgetOnly?: boolean;
  /** The year a sentence opens with ("我站2021年“三公”经费…"), for the parts listed after it. */
  year?: string;
  /** Projects the passage named in quotes so far: a sentence opening with one is about it. */
  named?: string[];
  /** The sentence spoke of projects: the items it goes on to list (其中 …) are projects. */
  projects?: boolean;
  /** The sentence was headed by a project's name: the bare figures after it are that project's. */
  projectHead?: boolean;
}

const MAX_SENTENCE = 3000;

/** The reason given for a figure or its change ("主要原因是…"), up to the clause's end. */
const REASON_CLAUSE = /(?:主要)?原因(?:是|为|[:：])[^。;；]*/g;

/**
 * The key an amount takes, where the sentence around it says better than its label's rule which
 * figure it is. `after` is the text after the amount; `budgetParts`: it is a part of a 三公 budget.
 */
/**
 * "财政拨款支出合计1741.25万元,预算执行率98.74%": spending named by its funds, which no rule reads, is
 * the amount executed where the execution rate follows it.
 */
const PROJECT_OPENING =
  /^(?!本|我)(?![^,，。;；]*(整体|部门|单位))[^,，。;；"]{2,40}项目(?:的)?(?:全年|年初|年度|调整后)?(?:预算|执行)/;

/** The appropriation's government-fund part, stated with a figure other than nil. */
const FUND_PART = /政府性基金(预算)?(财政)?拨款(收入)?(为)?(?!0+(\.0+)?(万元|元|亿元))\d/;

function spentBeforeRate(label: string, after: string): FieldRule | undefined {
  return SPENT_BEFORE_RATE.label.test(label) &&
    /^[,，]?((预算|资金)?执行率|支出进度|(资金)?支出率)/.test(after)
    ? SPENT_BEFORE_RATE
    : undefined;
}

function amountKey(
  key: string,
  label: string,
  text: string,
  start: number,
  after: string,
  budgetParts: boolean,
): string {
  // "…年中追加64.18万元；全年支出598.75万元，其中：基本支出472.60万元…": the parts of the spending
  // its clause states, though the sentence opened on the budget; so after "…；总支出1253.18万元，其中：".
  // Only asked where a budget key might turn out to be spending: this runs for every figure.
  const spendingParts = () =>
    /(?<!预算)支出(?:决算)?(?:数|金额)?(?:为)?\s*\d[\d,.]*\s*万?元[,，]?其中/.test(
      text.slice(clauseBounds(text, start)[0], start),
    ) ||
    /^[^;；]*?(?<!预算)总?支出(?:决算)?(?:合计)?(?:为)?\s*\d[\d,.]*\s*万?元[,，]?其中[:：]?[^;；]*$/.test(
      text.slice(0, start).replace(/^.*[;；]/s, ''),
    );
  if ((key === 'finance.budget_basic' || key === 'finance.budget_project') && spendingParts())
    return key === 'finance.budget_basic' ? 'finance.basic' : 'finance.project';
  // "预算数X万元，实际支出Y万元，预算执行率Z%": beside a budget and its rate, the amount spent is the
  // amount executed, not the accounts' 支出合计.
  // So is a bare "支出Y万元" that a rate follows ("…上级补助48.41万元。支出68.41万元，执行率100%").
  if (
    key === 'finance.expenditure_total' &&
    ((/(实际|决算)支出(数|金额)?$|支出决算(数)?$/.test(label) && /执行率|支出率|支付率/.test(text)) ||
      (/^支出(数|金额)?(为)?$/.test(label) && /执行率|支出率|支付率/.test(after)))
  )
    return 'overall.executed';
  // "基本支出预算402.60万元,实际支出398.14万元": the spending of the part whose budget the clause before names.
  if (key === 'finance.expenditure_total' && /^(实际)?支出(数|金额)?(为)?$/.test(label)) {
    const part = text
      .slice(0, start)
      .match(
        /(基本|项目)支出预算(?:数|资金)?(?:为)?\s*\d[\d,.]*\s*万?元[,，]\s*(?:实际)?支出(?:数|金额)?(?:为)?\s*$/,
      );
    if (part) return part[1] === '基本' ? 'finance.basic' : 'finance.project';
  }
  // "部门预算收入X万元（其中年初预算Y万元，年中追加Z万元）", or "(年初预算Y万元…)": X is the year's whole budget.
  // "预算收入126.48万元，其中年初预算108.20万元，调整追加18.28万元" likewise.
  // "总收入1286.54万元，其中：年初预算962.3万元，年中追加…" likewise: an income made of budget parts.
  if (
    (key === 'finance.budget_initial' || key === 'finance.income_total') &&
    /^\s*(?:[(（]\s*(?:其中[:：]?\s*)?|[,，]\s*其中[:：]?\s*)年初/.test(after)
  )
    return 'overall.budget';
  // "预算总额为X元，年中追加Y元，调整后预算为Z元": the first is the budget as adopted.
  if (key === 'overall.budget' && !/调整/.test(label) && /调整后(的)?(全年)?预算/.test(text.slice(start)))
    return 'finance.budget_initial';
  const budgetKey = budgetParts ? SANGONG_BUDGET_KEYS[key] : undefined;
  return budgetKey && !spendingParts() ? budgetKey : key;
}

const BUDGET_LEAD = /预算(?:安排)?(?:情况|如下)[:：]/;

/** Kinds of post listed with their quotas ("行政编制35名、事业编制33名"): the staff after them are the unit's. */
const LISTED_KINDS = new RegExp(`${STAFF_KIND.source}\\d+[名个人](?:、|[,，]${STAFF_KIND.source})`);
/** Kinds of post named together with one sum ("行政编制和事业编制共286名"): the label, and the clause. */
const JOINT_KINDS = new RegExp(`(?:和|及|与|、)${STAFF_KIND.source}(?:共|合计|共计|总计)?$`);
const JOINT_KINDS_SUM = new RegExp(`(?:和|及|与|、)${STAFF_KIND.source}(?:共|合计|共计|总计)\\d+[名个人]`);

function readSentence(s: Sentence, out: SentenceFacts, carry: Carry = {}): Carry {
  const text = s.text;
  readGrade(s, out);
  readQuarterly(s, out);
  readNilParts(s, out);
  readSoleStaffKind(s, out);
  readBareScores(s, out);
  readEvaluatedProjects(s, out);
  const continues = CONTINUES.test(text.trim()) || YEAR_FIGURE.test(text.trim());
  // "“执行案款管理专项”项目…。执行案款管理专项全年预算数为185万元…": the project's, not the unit's.
  // "我院共有8个支出项目…。其中，A年初预算数6万元…": the items after a sentence on projects are projects.
  // "…项目自评得分为91分。全年预算数为45万元，执行数为41.4万元": figures with no subject of their own
  // right after a sentence headed by a project are that project's too.
  const namedHead =
    !!carry.named?.some((n) => text.trimStart().startsWith(n)) ||
    (!!carry.projects && /^其中/.test(text.trim())) ||
    (!!carry.projectHead && bareFigures(text)) ||
    fundLed(text) ||
    // "“乡村振兴衔接资金”项目全年预算数…,自评得分93分", "基本公共卫生服务项目全年预算数…": a sentence a
    // project opens, quoted or named before its figures.
    /^"[^"]{2,40}"项目/.test(text.trimStart()) ||
    PROJECT_OPENING.test(text.trimStart()) ||
    PROJECT_REVIEW.test(text.trimStart()) ||
    // "（二）学生营养改善计划：全年预算112.50万元…": a numbered paragraph a fund's name heads.
    numberedProject(text.trimStart()) !== null;
  const namesProject = (prefix: string) =>
    namedHead || mentionsProject(prefix) || SOLE_PROJECT_SPENDING.test(prefix);
  // "我镇纳入绩效自评的项目支出共4个，全年预算资金合计…": the projects' figures, none of the unit's own.
  const projectsSummary = PROJECTS_SUMMARY.test(text);
  const carried = YEAR_FIGURE.test(text.trim()) ? carry.lead : carry.topic;
  let topic: Topic | undefined = continues && carried && SANGONG_TOPICS.has(carried) ? carried : undefined;
  // Parts listed after a 三公 budget are the budget's parts; after another year's figure, that year's.
  // "支出决算3.05万元，比年初预算4.50万元减少…。其中：…" lists the spending's parts, not the budget's.
  const budgetParts = continues && !!carry.budgetOnly;
  // "…“三公经费”预算安排情况:2014年…“三公经费”支出总额为1415.6万元": what a budget's notice goes on to
  // state is that budget, spending words and all.
  const budgetLead = text.search(BUDGET_LEAD);
  const opensWithYear = openingYear(text);
  const yearTag = continues ? (opensWithYear ?? carry.year) : undefined;
  let clauseStart = 0;
  let lastEnd = 0;
  let lastTopic: Topic | undefined;
  let lastIncome: Decimal | undefined;
  let lastKey: string | undefined;
  const stated = new Set<string>();
  const scores = new Set<string>();
  // Clause breaks found once per sentence; each figure looks up the last one before it.
  const breaks = [...text.matchAll(CLAUSE_BREAKS)].map((b) => b.index + 1);
  let nextBreak = 0;
  let breakAt = 0;
  for (const m of text.matchAll(MENTION)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 200), start);
    // Clause: from the last clause break (or the previous figure) to this figure.
    while (nextBreak < breaks.length && breaks[nextBreak]! <= start) breakAt = breaks[nextBreak++]!;
    if (breakAt > clauseStart) {
      // A new clause: its own topic, or the one carried over from the clauses before it; a
      // semicolon ends what a topic covers.
      // But a list of a 三公 item's parts goes on across it: "…其中:购置经费18万元,用于…;运行维护费18万元".
      const semicolon = /[;；]/.test(text.slice(clauseStart, breakAt));
      const listed =
        semicolon && topic === 'vehicle' && /其中/.test(text.slice(0, breakAt)) ? topic : undefined;
      if (semicolon) topic = undefined;
      // A bracket of staff kinds closed ends them: "…（行政编制35名、事业编制33名），实有在编人员61名".
      // (Not a note in brackets: "行政编制总数62人（含…单列编制），实有在编人数54人" is still about 行政编制.)
      if (
        topic === 'staff_sub' &&
        /[(（][^()（）]*编制[^()（）]*、[^()（）]*编制[^()（）]*[)）]/.test(text.slice(clauseStart, breakAt))
      )
        topic = 'general';
      // So does a bracket of parts: "收入合计X万元(其中一般公共预算收入…,政府性基金预算收入Y万元),支出合计…".
      if (
        topic &&
        /[(（]\s*其中[^()（）]*$/.test(text.slice(0, clauseStart)) &&
        /[)）]/.test(text.slice(clauseStart, breakAt))
      )
        topic = 'general';
      // "“三公”经费方面，全年预算安排…": a topic named before the first figure's clause covers it.
      // Only what follows the last semicolon ("…政府采购支出32.60万元；编制人数34人" is no procurement),
      // or else the sentence's heading ("2.公务用车购置及运行维护费：全年预算…；支出6.30万元").
      // A comparison after the semicolon goes on about the same thing ("…；比上年7.92万元减少1.08万元").
      topic ??=
        topicOf(text.slice(0, breakAt).replace(/^.*[;；]/s, '')) ??
        topicOf(text.match(/^[^;；,，。]{2,24}[:：]/)?.[0] ?? '') ??
        (/^\s*(比|较|与|同比)/.test(text.slice(breakAt, start))
          ? topicOf(text.slice(0, breakAt))
          : undefined) ??
        listed;
      clauseStart = breakAt;
      const own = topicOf(text.slice(breakAt, start));
      if (own && !(own === 'budget' && topic && SANGONG_TOPICS.has(topic))) topic = own;
    } else if (clauseStart === 0 && topic === undefined) {
      topic = topicOf(before);
    }
    const clause = text.slice(Math.max(clauseStart, lastEnd), start);
    // "运行维护费6.20万元（年初预算7.80万元）": a bracket right after a figure is about that figure's field.
    const bracketed = lastEnd > 0 && /^\s*[(（][^()（）,，;；。]{0,12}$/.test(text.slice(lastEnd, start));
    lastEnd = start + m[0].length;
    // "…三公经费支出5.47万元，较年初预算8.00万元…": a budget word inside a 三公 sentence is the
    // 三公 budget, not the department's.
    const clauseOwn = topicOf(clause);
    const ownTopic = clauseOwn === 'budget' && topic && SANGONG_TOPICS.has(topic) ? undefined : clauseOwn;
    if (ownTopic) topic = ownTopic;
    // "年初预算X万元，决算支出Y万元，其中基本支出…": the accounts' figures end what the budget covered.
    else if (topic === 'budget' && /决算|实际/.test(clause)) topic = undefined;
    const suffix = m[2]!;
    const kind = KIND_OF_SUFFIX[suffix]!;
    const value = new Decimal(m[1]!.replace(/,/g, ''));
    const label = coreLabel(clause);
    if (!label) continue;
    // "总收入296.84万元,其中本年收入281.36万元": the total with the carry-over, then the year's own.
    const grand = label.match(/总(收入|支出)$/)?.[1];
    if (grand && new RegExp(`其中本年${grand}`).test(text.slice(start))) continue;
    const base: Topic = ownTopic ?? topic ?? 'general';
    const narrowed = narrowTopic(base, label);
    const clauseTopic: Topic =
      bracketed && lastTopic && !ownTopic && narrowed === base ? lastTopic : narrowed;
    lastTopic = clauseTopic;
    const source = sentenceSource(s, start, suffix);

    if (kind === 'amount') {
      const wan = toWan(value, suffix as AmountUnit);
      if (PREV_VALUE.test(text.slice(clauseStart, start))) {
        const key = fieldForChange(clauseTopic, text.slice(clauseStart, start));
        if (key === 'finance.income_total') out.bag.add('finance.income_prev_year', wan, source, 'sentence');
        else if (key === 'sangong.total') out.bag.add('sangong.prev_total', wan, source, 'sentence');
        else if (key === 'finance.expenditure_total')
          out.bag.add('finance.expenditure_prev_year', wan, source, 'sentence');
        continue;
      }
      const change = text.slice(clauseStart, start).replace(/\s+/g, '').match(CHANGE);
      if (change) {
        // "比2021年年初预算4.50万元减少1.45万元": against this year's budget, not the year before.
        if (/预算/.test(change[0]) && !/上年|上一年|去年/.test(change[0])) continue;
        const key = fieldForChange(clauseTopic, text.slice(clauseStart, start));
        const down = /减少|下降|节约|降低|减/.test(change[7]!);
        if (key) out.changes.add(key, down ? wan.neg() : wan, source, 'sentence');
        // "较上年7.52减少0.68万元": last year's figure written bare, in the change's unit.
        const bare = change[0].match(/(?:上年|上一年|去年)度?(\d[\d,]*(?:\.\d+)?)(?=[^\d]*$)/);
        const prevKey = key ? PREV_KEYS[key] : undefined;
        if (bare && prevKey)
          out.bag.add(
            prevKey,
            toWan(new Decimal(bare[1]!.replace(/,/g, '')), suffix as AmountUnit),
            source,
            'sentence',
          );
        continue;
      }
      // "…，2019年为0.25万元" after this year's figure: an earlier year's value of the same field.
      const earlier = label.match(/^(\d{4})年度?$/);
      if (
        earlier &&
        lastKey &&
        (lastKey === 'sangong.total' ||
          lastKey === 'finance.income_total' ||
          lastKey === 'finance.expenditure_total')
      ) {
        out.bag.add(`${lastKey}@${earlier[1]}`, wan, source, 'sentence');
        continue;
      }
      if (/^(上年|上年度|上一年|去年)(?!结转|结余)/.test(label)) {
        if (clauseTopic === 'sangong') out.bag.add('sangong.prev_total', wan, source, 'sentence');
        continue;
      }
      // "合计2.64万元" right after the 三公 parts is their total.
      const total =
        /^(合计|共计|总计)$/.test(label) && /^sangong\.(abroad|vehicle|reception)/.test(lastKey ?? '')
          ? 'sangong'
          : undefined;
      // "项目支出" after a clause about 公用经费 (a part of 基本支出) is the department's own total.
      const own =
        ownTopic === undefined && clauseTopic === 'public' ? ruleFor(label, 'general', 'amount') : undefined;
      const rule =
        (own && /^finance\.(basic|project|income_total|expenditure_total)$/.test(own.key)
          ? own
          : undefined) ??
        ruleFor(label, total ?? (clauseTopic === 'staff_sub' ? 'general' : clauseTopic), 'amount') ??
        spentBeforeRate(label, text.slice(start + m[0].length));
      // "项目完成情况：项目总投资257.8万元，实际支出220万元": a project's figures, not the department's.
      // 整体 in an earlier clause ("部门整体…得分96分；“A”项目…预算数320万元") speaks of the unit there only.
      // ("该项目年初预算数…": the project's own figure, though its label says 项目.)
      const ownClause = text.slice(clauseBounds(text, start)[0], start);
      const aboutProject =
        namesProject(text.slice(0, start)) &&
        !/项目/.test(label.replace(/^(该|本|此)项目/, '')) &&
        !/整体/.test(ownClause);
      if (namesProject(text.slice(0, start))) out.projectAmounts.push(wan);
      // "项目实际支出总额X万元": a project's spending, not the accounts' 支出合计.
      // "“三公”经费、会议费、培训费合计支出14.57万元": a total of more than the 三公.
      // "其中:一般公共预算财政拨款3968.55万元;政府性基金预算财政拨款1643.53万元": a part of the
      // appropriation beside its other part, not the whole.
      const notTheWhole =
        (rule?.key === 'finance.expenditure_total' && /项目/.test(label)) ||
        (rule?.key === 'sangong.total' && /会议费|培训费/.test(label)) ||
        (rule?.key === 'finance.fiscal_appropriation' && /一般公共预算/.test(label) && FUND_PART.test(text));
      if (rule && !notTheWhole && !(aboutProject && DEPARTMENT_TOTALS.test(rule.key))) {
        const key = amountKey(
          rule.key,
          label,
          text,
          start,
          text.slice(start + m[0].length),
          budgetParts ||
            (budgetLead >= 0 && start > budgetLead) ||
            budgetPartsHere(stated, text.slice(0, start), label, text),
        );
        // The projects' totals in a sentence counting them are none of the unit's own.
        if (projectsSummary && /^(overall|finance)\./.test(key)) continue;
        out.bag.add(yearTag && /^sangong\./.test(key) ? `${key}@${yearTag}` : key, wan, source, 'sentence');
        // An income made of budget parts is the budget, and the income still.
        if (rule.key === 'finance.income_total' && key === 'overall.budget')
          out.bag.add(rule.key, wan, source, 'sentence');
        readWhole(text.slice(start + m[0].length), key, wan, lastIncome, source, out);
        lastKey = key;
        stated.add(key);
        if (key === 'finance.income_total') lastIncome = wan;
      }
    } else if (kind === 'rate') {
      if (projectsSummary) continue;
      // "预算执行率10%=100": an indicator row's weight before its target, no rate achieved.
      if (/^\s*[=＝≥≤<>＜＞]/.test(text.slice(start + m[0].length))) continue;
      if (/季度/.test(clause) || /增长率|下降率|增加率|减少率|占|比重/.test(label)) continue;
      // A rate in a sentence about projects is a project's rate, not the department's.
      if (namesProject(text.slice(0, start)) && !/整体/.test(text.slice(0, start))) continue;
      // "支出决算数为850.18万元，完成预算100%": the rate of the figure just before it.
      // "…比预算安排的7.2万元减少0.16万元，为预算数的97.77%" likewise.
      // "支出决算为14.36万元，完成预算18.00万元的79.78%": the share of the budget just read.
      if (label === '的' && (lastKey === 'sangong.budget' || lastKey === 'overall.budget')) {
        const key = lastKey === 'sangong.budget' ? 'sangong.control_rate' : 'overall.execution_rate';
        out.bag.add(key, value, source, 'sentence');
        continue;
      }
      if (/^(完成(年初|全年|调整后)?预算(的)?|为预算(数)?的)$/.test(label)) {
        if (lastKey === 'overall.executed') out.bag.add('overall.execution_rate', value, source, 'sentence');
        // "“三公”经费支出决算为8.5万元，完成预算的85%": the 三公 control rate.
        if (lastKey === 'sangong.total' || lastKey === 'sangong.budget')
          out.bag.add('sangong.control_rate', value, source, 'sentence');
        continue;
      }
      const rule = ruleFor(label, clauseTopic, 'rate');
      if (rule) out.bag.add(rule.key, value, source, 'sentence');
    } else if (kind === 'score') {
      // A survey's or a ranking's score ("满意度调查》，我办综合评分88.28分，位居全区第二", "满意度测评得分95分"),
      // not "从…满意度五个方面进行评价，综合评定自评分为88分".
      if (/满意度|测评|排名|位居/.test(clause) || /满意度(调查|测评)|排名|位居|名列/.test(text)) continue;
      // "…得分为92分，较上年度评价得分87分有所提高": last year's score, none of this year's.
      if (/上年|上一年|去年/.test(clause) && !/本年/.test(clause)) continue;
      // "1.农产品抽检项目：…，自评得分95分": a sentence headed by a project's name is about it.
      const projectHead = namedHead;
      // "组织对“X”项目开展了部门评价,评价得分88.6分": the score of the evaluation just named, a project's.
      const evaluatedBefore = afterProjectEvaluation(text.slice(0, start));
      if ((/项目/.test(clause) || projectHead || evaluatedBefore) && !/整体/.test(clause)) {
        // "项目支出部门评价自评分94.4分": a department evaluation of a project.
        if (/部门评价/.test(clause) && /(得分|评分|自评分)$/.test(label))
          out.bag.add('project.dept_eval_score', value, source, 'sentence');
        continue;
      }
      // "自评结果为优秀，得分95分": a bare 得分 after the evaluation's result is its score.
      const afterResult = label === '得分' && /(自评|评价)(结果|等级|结论)/.test(text.slice(0, start));
      const key = ruleFor(label, clauseTopic, 'score')?.key ?? (afterResult ? 'overall.score' : undefined);
      if (key) out.bag.add(key, value, source, 'sentence');
      if (key === 'overall.score') scores.add(value.toString());
    } else if (kind === 'count') {
      if (/名额|次|期|件|篇/.test(label)) continue;
      if (ownTopic === 'staff_sub') {
        // "核定事业编制98名", "全额事业编制166个" as the only kind a unit has is its whole quota.
        const kinds = text.match(new RegExp(STAFF_KIND.source, 'g')) ?? [];
        // So is "三十铺镇行政编制42名" when no other kind is named, but not "其中行政编制…".
        const sole =
          /(核定|全额)[^,，]*编制$/.test(label) || (/编制$/.test(label) && !/其中|含/.test(clause));
        // "行政事业编制68名（行政编制35名、事业编制33名）": the whole before the bracket of its kinds.
        const whole = /编制$/.test(label) && /^\s*[(（]/.test(text.slice(start + m[0].length));
        // "行政编制和事业编制共286名": the kinds named together, one sum for them all.
        const joint = JOINT_KINDS.test(label) && /(共|合计|共计|总计)\s*$/.test(before);
        if ((sole && new Set(kinds).size === 1) || whole || joint)
          out.bag.add('staff.quota', value, source, 'sentence');
        continue;
      }
      // "行政编制18名、事业编制27名，共45名": the sum after the kinds is the quota.
      if (clauseTopic === 'staff_sub' && /^(共|合计|总计|共计)$/.test(label)) {
        out.bag.add('staff.quota', value, source, 'sentence');
        continue;
      }
      // After one kind of post ("核定事业编制98名，在职在编教职工96人"), a clause about staff in
      // service or retired is the unit's; in a breakdown by kinds it stays the kind's.
      const staffKinds = new Set(text.match(new RegExp(STAFF_KIND.source, 'g')) ?? []);
      const segment = text.slice(
        Math.max(text.lastIndexOf(';', start), text.lastIndexOf('；', start)) + 1,
        start,
      );
      // A breakdown in brackets ("核定编制113名（行政编制52名、事业编制61名）") ends with its bracket.
      // But kinds listed together ("核定行政编制38名、事业编制46名，实有在职人员79人") are followed by the unit's.
      // Or one after another with commas ("其中行政编制35人,工勤编制3人,事业编制48人,年末实有在职人员81人").
      const listedKinds = LISTED_KINDS.test(segment) || JOINT_KINDS_SUM.test(segment);
      const breakdown =
        staffKinds.size > 1 && !listedKinds && STAFF_KIND.test(segment.replace(/[(（][^)）]*[)）]/g, ''));
      if (clauseTopic === 'staff_sub' && (breakdown || !ruleFor(label, 'general', 'count'))) continue;
      const rule = ruleFor(label, clauseTopic === 'staff_sub' ? 'general' : clauseTopic, 'count');
      // 个 counts projects, and posts ("行政事业总编制为92个"), never people.
      const posts = rule?.key === 'staff.quota' && /编制/.test(label);
      if (
        rule &&
        ((suffix === '个') === (rule.key === 'finance.project_count') || (suffix === '个' && posts))
      )
        out.bag.add(rule.key, value, source, 'sentence');
    }
  }
  // "公务接待费支出决算比2018年比较无增减变动": a change of zero.
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (NO_CHANGE.test(clause)) {
      const key = fieldForChange(topicOf(clause), clause);
      if (key) out.changes.add(key, new Decimal(0), sentenceSource(s, text.indexOf(clause)), 'sentence');
    }
  }
  // "A绩效自评分数为73.18分、B…为89.03分": scores of the items a sentence lists, none the unit's.
  if (scores.size > 1) {
    const own = sentenceSource(s, 0).text;
    out.bag.take('overall.score', (c) => c.origin === 'sentence' && c.source.text === own);
  }
  const amountAt = text.search(AMOUNT_AT);
  return {
    topic: topic ?? carry.topic,
    lead:
      (amountAt > 0 ? topicOf(text.slice(0, amountAt)) : undefined) ?? (continues ? carry.lead : undefined),
    lastKey: lastKey ?? (continues ? carry.lastKey : undefined),
    budgetOnly: stated.size
      ? stated.has('sangong.budget') && !stated.has('sangong.total')
      : continues && !!carry.budgetOnly,
    year: opensWithYear ?? (continues ? carry.year : undefined),
    named: [...(carry.named ?? []), ...[...text.matchAll(QUOTED_PROJECTS)].map((m) => m[1]!)],
    // (Not a project named in the reason for a change: "…减少215.64万元,主要原因是X项目完工。其中:…".)
    projects: mentionsProject(text.replace(REASON_CLAUSE, '')),
    projectHead: namedHead,
  };
}
