// What sentences state besides "label + figure": the bags they fill, a label's core words, the field
// a change against the year before is of, 三公 parts stated as nil, scores written without 分, the
// grade, and quarterly progress.

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { FactBag } from './facts';
import { GRADE_OF } from './forms-data';
import { ROW_FIELDS, ruleFor, type FieldKind } from './fields';
import { narrowTopic, STAFF_KIND, topicOf, type Topic } from './topics';
import { SANGONG_BUDGET_KEYS } from './forms-data';
import { NUMBER_SOURCE, QUARTER_OF, toWan, type AmountUnit } from './numbers';
import { NOT_A_LEADING_PROJECT } from './projects';
import { sentenceSource, type Sentence } from './passages';

const LABEL_BREAK = /[:：()（）、]/;

export interface SentenceFacts {
  bag: FactBag;
  /** Changes against the year before, per field key, for derived previous-year values. */
  changes: FactBag;
  grades: { grade: string; source: SourceRef }[];
  /** Grades a sentence gives a project it names: the unit's only where the document is that project's. */
  projectGrades: { grade: string; source: SourceRef }[];
  quarterly: { quarter: number; value: Decimal; source: SourceRef }[];
  /** Amounts stated in sentences about a project, to tell which listed project a text is about. */
  projectAmounts: Decimal[];
}

/** Strip the connecting words between a label and its figure. */
export function coreLabel(clause: string): string {
  // "自评得分：96分": the colon ends the label, it does not start a new one.
  let label = clause.replace(/[\s:：]+$/, '');
  const cut = Math.max(...[...label.matchAll(new RegExp(LABEL_BREAK, 'g'))].map((m) => m.index + 1), 0);
  if (cut > 0 && label.slice(cut).trim() !== '') label = label.slice(cut);
  label = label.replace(/\s+/g, '').replace(/^[,，;；。.]+/, '');
  label = label.replace(/^(其中|包括|分别为|另外|以及|和|及)/, '');
  // A heading the sentence runs on from ("(一)部门整体支出绩效自评情况2020年度我镇…全年预算数").
  label = label.replace(
    /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?[^,，。;；\d]{2,24}?(?:情况|说明|分析|结果)(?=\d{4}年|本|我)/,
    '',
  );
  // A heading run on to the label it names ("(二)项目支出情况项目支出2,413.46万元"): the label.
  label = label.replace(/^([^,，。;；\d]{2,12}?)(?:情况|说明)(?=\1)/, '');
  // A list's number ("2.收入", "1.2019年结余结转"), not part of the label.
  label = label.replace(/^\d{1,2}[.．](?=\d{4}年|[^\d])/, '');
  // The subject before the label: "本单位2022年度全年预算数" is a 全年预算数 label.
  label = label.replace(
    /^(\d{4}年度?)?(本|我)(单位|部门|局|办|委|院|中心|所|站|馆|厅|校|街道|镇|乡|会)(\d{4}年度?)?/,
    '',
  );
  // A unit named before its year: "宁乡市气象局2020年全年预算数" is a 全年预算数 label too.
  label = label.replace(
    /^[\u4e00-\u9fa5]{2,30}?(局|委员会|委|办公室|中心|院|所|站|队|馆|厅|会|处|学校|中学|小学|幼儿园|政府|街道|镇|乡|社)\d{4}年度?(?!\d)/,
    '',
  );
  // "全年预算(调整后)10,635.72万元": the budget as adjusted, its qualifier in brackets.
  label = label.replace(/^(全年)?预算(数)?[(（](调整后|调整)[)）]$/, '调整后全年预算数');
  // "比同口径预算安排的7.2万元": the budget as arranged.
  label = label.replace(/(为|是|达到|达|约为|约|共计为|计为|安排的)$/, (m) => (m === '安排的' ? '安排' : ''));
  // "核定我乡编制共86人": 共 ("in all") after a label is no part of it (a bare 共 is a sum's label).
  label = label.replace(/(?<=.)共(?:有)?$/, '');
  return label;
}

/** "因公出国（境）费用为零", "公务用车购置费为0": a 三公 part stated as nil, with no unit to detect. */
const NIL_PART =
  /([^,，;；。]*?)(均|也)?(?:为|是)(?:零|0(?:\.0+)?)(?![.\d%])\s*(亿元|万元|千元|元)?(?=[,，;；。)）]|$)/g;

/**
 * "无因公出国（境）支出", "无A费和B费。", "A、B均未发生支出", "A和B均无支出": 三公 parts stated as not spent.
 * A bare 费 counts only where the clause ends with it.
 */
const NOT_SPENT =
  /(?:无|没有)((?:[^,，;；。无]{2,24}?(?:费用|支出)?(?:和|及|与|、))*[^,，;；。无]{2,24}?)(?:支出|费用|开支|安排|费(?=[。；;,，]|$))|(?:无|没有)([^,，;；。无]{2,40}?费)(?=(?:[(（][^()（）]{1,12}[)）])?(?:[。；;,，]|$))|([^,，;；。]{2,60}?)(?:均|也|全年)?(?:未|没有)(?:发生|安排|开支)|([^,，;；。]{2,60}?)(?:均|也|全年)(?:无|没有)(?:支出|发生|开支)(?=[。；;,，]|$)/g;

/** "未发生因公出国(境)费用和公务用车购置费用": parts not spent, named after the verb. */
// "未安排因公出国(境)经费预算": a part of the budget stated as nil.
// "未安排因公出国(境)预算": the part's budget named with no word for spending.
const NOT_INCURRED =
  /(?:未发生|未安排|未开支)([^,，;；。]{2,40}?)(?:(?:费用|支出|经费|费)(预算)?|(?<=[)）\u4e00-\u9fa5])(预算))(?=[。；;,，]|$)/g;

/** "(一)因公出国(境)费：2023年无预算安排": a part of the budget its heading names, stated as nil. */
const HEADED_NO_BUDGET = /([^,，;；。:：]{2,24})[:：]\s*(?:\d{4}年度?)?(?:无预算安排|未安排预算|无预算)/g;

/** "本单位无公务用车购置", "未购置公务用车": no purchase, said without a word for spending. */
const NO_PURCHASE =
  /(?:无|没有|未)((?:公务)?(?:用车|车辆)购置)(?:费)?(?=[。；;,，]|$)|(?:没有|未)购置(?:公务)?(?:用车|车辆)(?=[。；;,，]|$)/g;

/** "其中:购置经费无,运行维护费28万元": a part in a list of parts, stated as nil after its name. */
const LISTED_NIL = /其中[:：]?(?:[^,，;；。]*?[,，、;；])*?([^,，、;；。:：]{2,24}?)无(?=[,，;；。]|$)/g;

/** "无因公出国(境)经费预算和公务用车购置预算": parts of the budget stated as nil. */
const NO_BUDGET = /(?:无|没有)([^,，;；。无]{2,60}?)预算(?=[。；;,，]|$)/g;

/** An item's budget and its spending named together ("“三公”经费预算数和决算数"). */
const BUDGET_AND_SPENT = /^(.{2,30}?)(?:预算数?(?:和|与|及)(?:决算数?|实际支出(?:数)?)|预决算数?)$/;

/** The parts a sentence may state as nil: the 三公 items, and 政府采购 ("无政府采购支出"). */
const NIL_TOPICS = new Set<Topic | undefined>([
  'abroad',
  'vehicle',
  'vehicle_purchase',
  'vehicle_operation',
  'reception',
  'procurement',
  'sangong',
]);

/** Nils said in words: "无离退休人员", "无年初结转和结余", "年末无结转和结余". */
const NIL_STATEMENTS: [RegExp, string][] = [
  [/(?:无|没有)(?:离退休|退休)(?:人员|职工|干部)/, 'staff.retired'],
  [/(?:无|没有)年初结转和?结余|年初(?:无|没有)结转和?结余/, 'finance.carryover_begin'],
  [/(?:无|没有)年末结转和?结余|年末(?:无|没有)结转和?结余/, 'finance.carryover_end'],
];

/** "行政编制58人,实有人数52人": one kind of post's quota and the staff it has, as a pair. */
const STAFF_PAIR = new RegExp(
  `${STAFF_KIND.source}(\\d+)[名人个][,，]?实有(?:人数|人员|在职人员|在编人员)?(\\d+)[名人]`,
  'g',
);

/**
 * "行政编制58人,实有人数52人;事业编制0人,实有人数0人": pairs per kind of post, all but one empty. The
 * one kind filled holds the whole unit: its quota and its staff are the unit's.
 */
export function readSoleStaffKind(s: Sentence, out: SentenceFacts): void {
  if (!s.text.includes('实有')) return;
  const pairs = [...s.text.matchAll(STAFF_PAIR)];
  const filled = pairs.filter((m) => m[2] !== '0' || m[3] !== '0');
  if (pairs.length < 2 || filled.length !== 1) return;
  const m = filled[0]!;
  // Where each figure stands: the quota right after 编制, the staff at the pair's end.
  const quotaAt = m.index + m[1]!.length + 2;
  const staffAt = m.index + m[0].lastIndexOf(m[3]!);
  out.bag.add('staff.quota', new Decimal(m[2]!), sentenceSource(s, quotaAt), 'sentence');
  out.bag.add('staff.in_service', new Decimal(m[3]!), sentenceSource(s, staffAt), 'sentence');
}

export function readNilParts(s: Sentence, out: SentenceFacts): void {
  for (const [re, key] of NIL_STATEMENTS) {
    const nil = s.text.match(re);
    if (nil) out.bag.add(key, new Decimal(0), sentenceSource(s, nil.index!), 'sentence');
  }
  if (!/(为|是)(零|0)|无|没有|未(发生|安排|开支|购置)/.test(s.text)) return; // most sentences: no scan at all
  const found: { index: number; parts: string; budget: boolean; whole?: Topic }[] = [
    ...s.text.matchAll(NIL_PART),
  ]
    // "…为0万元" is read with its unit like any figure; "A和B均为0元" names two parts at once.
    .filter((m) => !(m[3] && !m[2]))
    .map((m) => ({ index: m.index, parts: m[1]!, budget: false }));
  for (const m of s.text.matchAll(NOT_SPENT))
    found.push({ index: m.index, parts: (m[1] ?? m[2] ?? m[3] ?? m[4])!, budget: false });
  for (const m of s.text.matchAll(NO_PURCHASE))
    found.push({ index: m.index, parts: m[1] ?? '公务用车购置', budget: false });
  for (const m of s.text.matchAll(HEADED_NO_BUDGET))
    found.push({
      index: m.index,
      parts: m[1]!.replace(/^[(（][一二三四五六七八九十\d]+[)）]/, ''),
      budget: true,
    });
  for (const m of s.text.matchAll(NO_BUDGET))
    found.push({ index: m.index, parts: m[1]!.replace(/预算(?=和|及|与|、)/g, ''), budget: true });
  for (const m of s.text.matchAll(NOT_INCURRED))
    found.push({ index: m.index, parts: m[1]!, budget: (m[2] ?? m[3]) !== undefined });
  // A part listed under a whole names only itself ("公车购置及运行维护费…其中:购置经费无"): the whole says which.
  for (const m of s.text.matchAll(LISTED_NIL)) {
    const before = s.text.slice(0, m.index);
    const index = m.index + m[0].length - m[1]!.length - 1;
    found.push({ index, parts: m[1]!, budget: /安排|预算/.test(before), whole: topicOf(before) });
  }
  for (const m of found) {
    // "“三公”经费预算数和决算数均为0万元": one item's budget and its spending, both nil.
    const both = m.parts.match(BUDGET_AND_SPENT);
    if (both) {
      const topic = topicOf(both[1]!);
      const rule = topic && NIL_TOPICS.has(topic) ? ruleFor(coreLabel(both[1]!), topic, 'amount') : undefined;
      const budgetKey = rule && SANGONG_BUDGET_KEYS[rule.key];
      if (rule && budgetKey)
        for (const key of [budgetKey, rule.key])
          out.bag.add(key, new Decimal(0), sentenceSource(s, m.index), 'sentence');
      continue;
    }
    // "A、B均为0": each part named; 及 joins two parts, but not inside 公务用车购置及运行费.
    for (const part of m.parts.replace(/购置及运/g, '购置\u0000运').split(/和|及|与|、/)) {
      const clause = part.replace('\u0000', '及');
      const narrowed = m.whole && narrowTopic(m.whole, clause);
      const topic = narrowed && narrowed !== m.whole ? narrowed : topicOf(clause);
      if (!topic || !NIL_TOPICS.has(topic)) continue;
      // "无“三公”经费支出": no 三公 spending at all; a 三公 budget not arranged is no spending.
      if (topic === 'sangong' && /安排|预算/.test(s.text.slice(m.index, m.index + 30))) continue;
      const label = coreLabel(clause).replace(/^(无|没有)/, '');
      const rule =
        ruleFor(label, topic, 'amount') ??
        ruleFor(`${label}费`, topic, 'amount') ??
        ruleFor(`${label}支出`, topic, 'amount');
      // "无政府采购预算": no procurement planned.
      const key =
        rule && m.budget
          ? (SANGONG_BUDGET_KEYS[rule.key] ??
            (rule.key === 'finance.procurement' ? 'finance.procurement_plan' : undefined))
          : rule?.key;
      if (key) out.bag.add(key, new Decimal(0), sentenceSource(s, m.index), 'sentence');
    }
  }
}

/** "综合得分为93.5，等级为良": a score stated without 分. */
const BARE_SCORE =
  /([^,，;；。]*?)(?:为|是|[:：])\s*(\d{1,3}(?:\.\d{1,2})?)(?![\d.%％]|\s*(?:亿元|万元|千元|元|分|人|名|个|项|次|年|月|日|天))/g;

export function readBareScores(s: Sentence, out: SentenceFacts): void {
  if (!/得分|评分|分数|总分/.test(s.text) || /满意度|测评|排名|位居/.test(s.text)) return;
  for (const m of s.text.matchAll(BARE_SCORE)) {
    const clause = m[1]!;
    if (/项目/.test(clause) && !/整体/.test(clause)) continue;
    const value = new Decimal(m[2]!);
    if (value.gt(100)) continue;
    const rule = ruleFor(coreLabel(clause), topicOf(clause) ?? 'general', 'score');
    if (rule?.key === 'overall.score') out.bag.add(rule.key, value, sentenceSource(s, m.index), 'sentence');
  }
}

const GRADE =
  /(等级|等次|级别|评级|评定|评价结果|自评结果|自评结论|评价结论|(?<=[,，]|^)自评(?=为))(为|是|:|评定为|确定为)?["'“”《]*(优秀|良好|一般|较差|优|良|中|差)(?![\u4e00-\u9fa5])/;

/** A bracketed scale after a grade, "（90分及以上为优）": blanked out so the grade before it is read. */
const GRADE_SCALE = /[(（][^()（）]*(以上|以下|[≥≤<>])[^()（）]*[)）]/g;

/** An evaluation of a project the sentence names ("对“X”项目开展了部门评价"). */
const EVALUATED_PROJECT_LEAD = /对[^,，;；。]{0,40}项目(?:开展|进行)(?:了)?[^,，;；。]{0,6}(?:评价|自评)/;

/** Does a sentence's part up to here name a project's evaluation, so that the score or grade after it is the project's? */
export function afterProjectEvaluation(before: string): boolean {
  const part = before.split('。').at(-1)!;
  return EVALUATED_PROJECT_LEAD.test(part) && !/整体/.test(part);
}

export function readGrade(s: Sentence, out: SentenceFacts): void {
  const text = s.text.replace(GRADE_SCALE, (m) => ' '.repeat(m.length));
  if (/[≥≤<>]|分为优秀|以上为|以下为|分以上|分以下/.test(text)) return;
  const m = text.match(GRADE);
  // "对“X”项目开展了部门评价,…评价等级为“良”": the project's grade.
  if (m && afterProjectEvaluation(text.slice(0, m.index))) {
    out.projectGrades.push({ grade: GRADE_OF[m[3]!] ?? m[3]!, source: sentenceSource(s, m.index ?? 0) });
    return;
  }
  // "评价结论为“优”的1个,“良”的3个": a tally of others' grades, none of the unit's own.
  const tally = m && /^["'“”》]*的?[\d一二三四五六七八九十两]+个/.test(text.slice(m.index! + m[0].length));
  if (m && !tally)
    out.grades.push({ grade: GRADE_OF[m[3]!] ?? m[3]!, source: sentenceSource(s, m.index ?? 0) });
}

/** Cumulative progress at the end of a quarter; 上半年 (the first half) is the end of the second. */
const QUARTER =
  /(?:第?([一二三四1-4])季度|(上半年))[^,，;；。]{0,15}?(?:预算执行率|支出进度|执行进度|执行率|进度)(?:为|达到|达|是)?(-?\d+(?:\.\d+)?)%/g;

/** Or at a quarter's last day: "截至20xx年6月30日,…预算执行进度为46.38%". */
const QUARTER_END =
  /(?:截至|截止|截止到)[^,，;；。]{0,8}?(3|6|9|12)月(?:底|末|3[01]日)[^;；。]{0,40}?(?:预算执行率|支出进度|执行进度)(?:为|达到|达|是)?(-?\d+(?:\.\d+)?)%/g;

export function readQuarterly(s: Sentence, out: SentenceFacts): void {
  for (const m of s.text.matchAll(QUARTER)) {
    out.quarterly.push({
      quarter: QUARTER_OF[(m[1] ?? m[2])!]!,
      value: new Decimal(m[3]!),
      source: sentenceSource(s, m.index, '%'),
    });
  }
  for (const m of s.text.matchAll(QUARTER_END))
    out.quarterly.push({
      quarter: Number(m[1]) / 3,
      value: new Decimal(m[2]!),
      source: sentenceSource(s, m.index, '%'),
    });
}

/** The field a change against the year before ("比上年减少0.25万元") is of, by its clause's topic. */
export function fieldForChange(topic: Topic | undefined, label: string): string | undefined {
  switch (topic) {
    case 'sangong':
      return 'sangong.total';
    case 'abroad':
      return 'sangong.abroad';
    case 'vehicle':
      return 'sangong.vehicle_total';
    case 'vehicle_purchase':
      return 'sangong.vehicle_purchase';
    case 'vehicle_operation':
      return 'sangong.vehicle_operation';
    case 'reception':
      return 'sangong.reception';
    case 'public':
      return 'finance.public';
    default:
      if (/收入/.test(label)) return 'finance.income_total';
      if (/支出/.test(label)) return 'finance.expenditure_total';
      return undefined;
  }
}

/** A sentence about the projects the department evaluated ("对2022年度…开展绩效自评，共涉及项目3个，涉及资金391.58万元"). */
const EVALUATED =
  /(开展|进行|组织)[^。]{0,30}(绩效)?(自评|评价)|(自评|评价)[^。]{0,6}(涉及|覆盖)|纳入(绩效)?(自评|评价)/;
/** "我镇纳入绩效自评的项目支出共4个，全年预算资金合计…": the projects' figures, not the unit's. */
export const PROJECTS_SUMMARY =
  /纳入(?:绩效)?(?:自评|评价)(?:范围)?的(?:一般公共预算|政府性基金预算|财政)?项目(?:支出)?(?:共|共计)?\s*\d{1,4}\s*个/;
// "对城乡低保、特困人员供养、临时救助等6个项目开展了绩效自评": a list of them, then their count.
// "对2021年度1个重点项目开展了绩效自评": its own key projects, evaluated by itself (not a finance bureau's
// 重点绩效评价 of others': "共对5个重点项目进行了评价").
const EVALUATED_COUNT =
  /(?:(?:涉及|共|对)[^,，;；。]{0,16}?|等)(\d{1,4})个(?:一级|二级|重点(?=项目[^。]{0,12}自评))?(?:一般公共预算|政府性基金预算|预算)?项目|项目(?:支出)?(?:共|共计)?\s*(\d{1,4})\s*个/;
const EVALUATED_TOTAL = new RegExp(
  // "涉及一般公共预算支出2333.55万元": the funds named by their budget.
  // "涉及金额418.2万元" and "涉及一般公共预算当年财政拨款423.66万元" too.
  `(?:(?:涉及|覆盖)?(?:项目)?资金(?:总额|共计|合计|总计)?|涉及(?:项目)?金额(?:共计|合计)?|涉及(?:一般公共预算|政府性基金预算|财政)(?:当年财政拨款|财政拨款|支出|资金)|(?:全年|年度)?预算(?:资金|数)?(?:总额|合计))(?:为|共)?(${NUMBER_SOURCE})(亿元|万元|元)`,
);

/** How many projects the department evaluated, and their funds. */
/** The unit's own projects counted ("我站2019年共有4个支出项目", "共实施项目5个"), not work done. */
// "共有项目3 个，涉及资金1,302.60 万元", "共实施项目3个，预算资金合计222.75万元": the count, then their funds.
const OWN_PROJECTS =
  /共(?:有|计|实施|安排|设置)(\d{1,4})个(?:支出|预算|财政|一级|二级)?项目|共实施(?:[^,，;；。\d]{0,8}?)项目(\d{1,4})个|共有项目(?:支出)?\s*(\d{1,4})\s*个/;
const OWN_PROJECTS_TOTAL = new RegExp(
  `^[,，]?(?:涉及|项目)?(?:预算资金|预算|资金)(?:总额|共计|合计|总计)?(?:为|共)?(${NUMBER_SOURCE})(亿元|万元|元)`,
);

export function readEvaluatedProjects(s: Sentence, out: SentenceFacts): void {
  if (!EVALUATED.test(s.text)) {
    const own = s.text.match(OWN_PROJECTS);
    if (!own) return;
    out.bag.add(
      'finance.project_count',
      new Decimal(own[1] ?? own[2] ?? own[3]!),
      sentenceSource(s, own.index!),
      'sentence',
    );
    const after = own.index! + own[0].length;
    const total = s.text.slice(after).match(OWN_PROJECTS_TOTAL);
    if (total)
      out.bag.add(
        'finance.project_total',
        toWan(new Decimal(total[1]!.replace(/,/g, '')), total[2] as AmountUnit),
        sentenceSource(s, after + total.index!, total[2]),
        'sentence',
      );
    return;
  }
  const count = s.text.match(EVALUATED_COUNT);
  if (!count) return;
  out.bag.add(
    'finance.project_count',
    new Decimal(count[1] ?? count[2]!),
    sentenceSource(s, count.index!),
    'sentence',
  );
  const total = s.text.slice(count.index!).match(EVALUATED_TOTAL);
  if (total)
    out.bag.add(
      'finance.project_total',
      toWan(new Decimal(total[1]!.replace(/,/g, '')), total[2] as AmountUnit),
      sentenceSource(s, count.index! + total.index!, total[2]),
      'sentence',
    );
}

/**
 * What follows a figure may say it is all one part: "“三公”经费支出0.86万元，全部为公务接待费" (the
 * one part is the whole); "本年收入1508.36万元，全部为一般公共预算财政拨款收入" and "本年收入合计X万元，本年
 * 支出合计Y万元，均为一般公共预算财政拨款" (the income is all appropriation).
 */
export function readWhole(
  after: string,
  key: string,
  wan: Decimal,
  lastIncome: Decimal | undefined,
  source: SourceRef,
  out: SentenceFacts,
): void {
  if (!/^sangong\.(total|budget|vehicle_total)$|^finance\.(income|expenditure)_total$/.test(key)) return;
  // one clause between may hold a rate ("完成预算的78.75%"), not another amount
  const whole = after.match(/^(?:[,，][^,，;；。元]{0,20}%)?[,，]?(全部|均)(为|是|用于)([^,，;；。]{2,16})/);
  if (!whole) return;
  if (/^finance\./.test(key)) {
    const income = key === 'finance.income_total' ? wan : whole[1] === '均' ? lastIncome : undefined;
    if (/财政拨款(收入)?$/.test(whole[3]!) && income)
      out.bag.add('finance.fiscal_appropriation', income, source, 'sentence');
    return;
  }
  // "公务用车购置及运行费9.60万元，全部为公务用车运行维护费": the vehicle figure is all one of its parts.
  const part = key === 'sangong.vehicle_total' ? narrowTopic('vehicle', whole[3]!) : topicOf(whole[3]!);
  if (key === 'sangong.vehicle_total' && part === 'vehicle') return;
  const partKey = part && part !== 'sangong' ? ROW_FIELDS[part] : undefined;
  if (!partKey) return;
  const k =
    key === 'sangong.budget' ? (SANGONG_BUDGET_KEYS[partKey.actual] ?? partKey.budget) : partKey.actual;
  if (k) out.bag.add(k, wan, source, 'sentence');
}

/**
 * "三公经费预算为18万元，其中：公务接待费6万元…": parts after a budget, in its sentence, before any
 * spending. Parts all labelled as spending after a budget ("“三公”经费预算68万元，其中：因公出国(境)费支出
 * 决算0万元；…", a template's slip) are still the budget's, where no part is labelled a budget.
 */
export function budgetPartsHere(stated: Set<string>, before: string, label: string, text: string): boolean {
  const of = before.lastIndexOf('其中');
  return (
    stated.has('sangong.budget') &&
    !stated.has('sangong.total') &&
    of >= 0 &&
    (!/决算|支出|实际|执行/.test(label) || !/预算/.test(text.slice(of)))
  );
}

/**
 * A sentence of bare figures, opening on one and naming no unit ("全年预算数为45万元，执行数为…"): its
 * subject is the sentence before's.
 */
export function bareFigures(text: string): boolean {
  return /^(全年|年初|调整后)?(预算|执行|实际支出|支出)/.test(text.trim()) && !/部门|单位|整体/.test(text);
}

/** Where the clause around `at` starts and ends: a semicolon parts "部门整体…96分；“A”项目…94分". */
export function clauseBounds(text: string, at: number): [number, number] {
  const start = Math.max(text.lastIndexOf('；', at), text.lastIndexOf(';', at)) + 1;
  const ends = [text.indexOf('；', at), text.indexOf(';', at)].filter((k) => k >= 0);
  return [start, ends.length ? Math.min(...ends) : text.length];
}

/** Text that speaks of a project, not of the department's 项目支出 (a part of its spending). */
/**
 * A sentence led by a fund's name and its budget ("社区服务群众专项经费全年预算数360万元，…"): a project's
 * sentence, not the department's; its name is none of the unit's own totals.
 */
export function fundLed(text: string): boolean {
  const name = text.trim().match(/^([^,，;；。:："\d]{4,30}?(?:经费|资金))(?:全年|年初|年度)?预算/)?.[1];
  return !!name && !NOT_A_LEADING_PROJECT.test(name);
}

export function mentionsProject(text: string): boolean {
  return /项目/.test(text.replace(/项目(支出|经费)/g, ''));
}

/**
 * A sentence that goes on with the one before: its parts, its change against the year before, or the
 * same figure of another year with no topic of its own ("2022年度决算数为1.05万元").
 */
export const CONTINUES =
  /^(其中|分项(为|看|是)?|具体(为|是|如下)?|分别(为|是))[:：]?|^(与|比|较)(上年|上一年|去年|\d{4}年)(度)?(相比|比较)?/;
/** The same figure of another year: it takes the topic the sentence before opened with. */
export const YEAR_FIGURE = /^\d{4}年度?(的)?(决算数?|预算数?)(为|是)?\d/;
/** Where a sentence's first amount stands. */
export const AMOUNT_AT = /\d[\d,]*(\.\d+)?\s*(亿元|万元|千元|元)/;

/** What a figure is by the unit after it. */
export const KIND_OF_SUFFIX: Record<string, FieldKind> = {
  亿元: 'amount',
  万元: 'amount',
  千元: 'amount',
  元: 'amount',
  '%': 'rate',
  分: 'score',
  人: 'count',
  名: 'count',
  个: 'count',
};
