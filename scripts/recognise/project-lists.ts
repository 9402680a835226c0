// Projects a sentence lists with their figures: scores one after another, items after 分别为 or 其中,
// projects counted by class, works after a fund's total, tasks a fund was split into (一是安排…), and
// projects named in turn with their figures 分别为. The sentence-by-sentence reading is project-prose.ts's.

import Decimal from 'decimal.js';
import { toWan, type AmountUnit } from './numbers';
import { cleanProjectName, isAccountsItem, isGenericProject, NOT_A_LEADING_PROJECT } from './projects';
import { sentenceSource, type Passage, type Sentence } from './passages';
import type { Reading } from './reading';

export function amountUnit(written: string): AmountUnit {
  return written === '万' ? '万元' : (written as AmountUnit);
}

/** The amount a list item's groups state (n, with or without thousands separators, and its unit), in 万元. */
function wanOf(g: { n?: string; unit?: string }): Decimal {
  return toWan(new Decimal(g.n!.replace(/,/g, '')), amountUnit(g.unit!));
}

/**
 * A part of a project's funds by where it came from, or their total, not a project; also a part named only
 * by the level of government that gave it and how ("省级补助", "县级配套").
 */
export const FUNDING_SOURCE =
  /《|^(共计|合计|总计)|下达|(中央|省|市|县|区|本级|上级|地方)级?(财政)?(专项|补助|配套|自筹)?资金$|^(财政|自筹|配套)资金$|^(中央|省|市|州|县|区|乡|镇|本级|上级|地方)级?(财政)?(专项|补助|配套|自筹|奖补)?(资金|经费)?$/;

/** A list item's name that is a project's: no word for projects, line of the accounts or part by source. */
function isListedProject(name: string): boolean {
  return name !== '' && !isGenericProject(name) && !isAccountsItem(name) && !FUNDING_SOURCE.test(name);
}

/**
 * A text split at a separator outside brackets: "A项目预算60万元,实际支出57.2万元(其中:B31.5万元;C18.7万元);D项目…"
 * gives A's clause with its bracket whole, then D's.
 */
export function outsideBrackets(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && separator.test(ch)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** "A项目自评得分95分，B项目自评得分97分，…": projects' scores listed one after another. */
const SCORE_LIST_ITEM =
  /([^,，;；。:：、]{2,40}?项目)(?:绩效)?(?:自评)?(?:得分|评分|分数)(?:为|是)?(\d{1,3}(?:\.\d+)?)分/g;

/** The same, each led by the name of a project read before, whatever its name ends with ("A工程自评得分96分,B补助…"). */
const KNOWN_SCORE_ITEM =
  /(?<=^|[,，;；:：、])(?:经自评[,，]?)?([^,，;；。:：、]{2,40}?)(?:绩效)?(?:自评)?(?:得分|评分|分数)(?:为|是)?(\d{1,3}(?:\.\d+)?)分/g;

const SCORE_BEFORE_FIGURE = /(?:得分|评分|分数)(?:为|是)?\d/;

export function readScoreList(s: Sentence, r: Reading): boolean {
  // Both lists need a score word right before a figure; most sentences have none (a cheap test first).
  if (!SCORE_BEFORE_FIGURE.test(s.text)) return false;
  const known = [...s.text.matchAll(KNOWN_SCORE_ITEM)].filter((m) =>
    r.projects.find(cleanProjectName(m[1]!)),
  );
  const led = [...s.text.matchAll(SCORE_LIST_ITEM)];
  const items = known.length >= 2 && known.length >= led.length ? known : led;
  if (items.length < 2) return false;
  for (const m of items) {
    const name = cleanProjectName(m[1]!);
    const score = new Decimal(m[2]!);
    if (isGenericProject(name) || NOT_A_LEADING_PROJECT.test(name) || score.gt(100)) continue;
    r.projects.add(name, 'score', score, sentenceSource(s, m.index + m[0].length - 1, '分'), 'sentence');
  }
  return true;
}

/**
 * "部门预算项目支出87.5万元，分别是A5万元，B18万元，…": the projects a sentence on project spending
 * lists with their amounts, budgets where the lead speaks of a budget, spending otherwise.
 */
// Or a sentence of its own after an allocation ("…下达预算资金356万元。具体是:A项目198万元;B项目158万元。"):
// the projects the funds were split into, each with its budget.
// "…下达8.6万元,用于以下项目:1、A4.2万元,2、B2.4万元": what the funds were allotted to, item by item.
// Several classes of projects, each with its list ("部门预算项目支出88.6万元,分别是A…;专项预算支出2460万元,分别是B…"):
// a list ends at its semicolon, and the next class's lead opens the next.
const ENUMERATED =
  /(?<lead>(?:项目|专项(?:预算)?)(?:支出|资金|经费)[^,，。;；]{0,12}?\d[\d,.]*万元)[,，]?(?:分别(?:是|为)|(?:具体|主要)?包括|主要(?:为|是|有)|具体(?:为|是))[:：]?(?<list>[^。;；]+)|(?<lead2>项目(?:支出|资金|经费)(?:主要)?用于)[:：](?<list2>[^。]+)|^(?<lead3>具体(?:是|为|包括))[:：](?<list3>[^。]+)|(?<lead4>用于(?:以下|下列|如下)(?:\d+个)?项目)[:：](?<list4>[^。]+)/g;
// A name may hold a document's number ("渝财教【2019】208号 体育场馆开放补助资金4.39万元").
const ENUMERATED_ITEM =
  /^(?<name>[^,，;；:：、]{2,60}?)(?<![\d.])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>万元|元)$/;

/** "一是X资金,下达预算资金628万元,项目是Y。": the one project a fund was allocated to, with the fund's budget. */
const FUND_OF_ONE_PROJECT =
  /(?:下达|安排)(?:预算)?资金(?<n>\d+(?:\.\d+)?)(?<unit>万元|元)[,，]项目(?:是|为)(?<name>[^,，。;；]{4,40})(?=[。;；]|$)/;

/**
 * "共安排支出项目4个,即A80万元、B36万元…,共147万元": the projects a unit was given, counted, then each
 * with its funds, and their sum after them: each item's budget, and the sum the projects' total.
 */
const COUNTED_LIST =
  /(?:安排|下达|预算)[^,，。;；]{0,8}?项目(?:共)?\d{1,3}个[,，]?(?:即|具体(?:是|为)|分别(?:是|为)|包括)[:：]?(?<list>[^。;；]+)/;
const LIST_SUM = /^(?:共|合计|共计|总计)(?:为)?(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>万元|元)$/;

export function readCountedList(s: Sentence, r: Reading): boolean {
  const m = s.text.match(COUNTED_LIST);
  if (!m?.groups) return false;
  const list = m.groups.list!;
  let from = m.index! + m[0].length - list.length;
  const items: { name: string; value: Decimal; at: number; unit: string }[] = [];
  let sum: { value: Decimal; at: number; unit: string } | undefined;
  for (const chunk of outsideBrackets(list, /[,，、]/)) {
    const text = chunk.trim();
    const total = text.match(LIST_SUM)?.groups;
    const item = text.match(ENUMERATED_ITEM)?.groups;
    if (total)
      sum = {
        value: wanOf(total),
        at: from,
        unit: total.unit!,
      };
    else if (item) {
      const name = cleanProjectName(item.name!);
      if (isListedProject(name))
        items.push({
          name,
          value: wanOf(item),
          at: from,
          unit: item.unit!,
        });
    }
    from += chunk.length + 1;
  }
  if (items.length < 2) return false;
  for (const it of items)
    r.projects.add(it.name, 'budget', it.value, sentenceSource(s, it.at, it.unit), 'sentence');
  // The sum only where it is the items' sum: a list cut short, or a sum of more, is not.
  if (sum && items.reduce((a, it) => a.plus(it.value), new Decimal(0)).eq(sum.value))
    r.bag.add('finance.project_total', sum.value, sentenceSource(s, sum.at, sum.unit), 'sentence');
  return true;
}

export function readEnumerated(s: Sentence, r: Reading): boolean {
  const one = s.text.match(FUND_OF_ONE_PROJECT);
  if (one?.groups) {
    const value = wanOf(one.groups);
    const name = cleanProjectName(one.groups.name!);
    r.projects.add(name, 'budget', value, sentenceSource(s, one.index!, one.groups.unit), 'sentence');
  }
  let read = one !== null;
  for (const m of s.text.matchAll(ENUMERATED)) {
    const listed = readEnumeratedList(s, m, r);
    // An allotment's items leave its whole ("下达8.6万元,用于以下项目:…") to the sentence's other readings.
    read = (listed && m.groups?.lead4 === undefined) || read;
  }
  return read;
}

function readEnumeratedList(s: Sentence, m: RegExpMatchArray, r: Reading): boolean {
  if (!m.groups) return false;
  // "项目支出主要用于：A298.60万元、B42.18万元": what the spending went to, each item's amount.
  const list = (m.groups.list ?? m.groups.list2 ?? m.groups.list3 ?? m.groups.list4)!;
  const listAt = m.index! + m[0].length - list.length;
  const items = list
    .split(/[,，;；、]/)
    .map((t) => t.trim().replace(/[等。]+$/, ''))
    // An item's number ("1、A4.2万元") stands apart once the list is cut at its 、.
    .filter((t) => !/^\d{1,2}$/.test(t));
  const found = items.map((t) => t.match(ENUMERATED_ITEM)).filter((x) => x?.groups);
  if (found.length < 2) return false;
  const split = m.groups.lead3 !== undefined;
  if (split && found.filter((x) => /项目$/.test(x!.groups!.name!)).length < 2) return false;
  const lead = s.text.slice(
    0,
    m.index! + (m.groups.lead ?? m.groups.lead2 ?? m.groups.lead3 ?? m.groups.lead4)!.length,
  );
  // Funds budgeted, or allotted to the unit (下达, 安排), are what each item was given.
  const given = /预算/.test(lead) || (m.groups.lead4 !== undefined && /下达|下拨|安排|分配/.test(lead));
  const key = split || (given && !/执行|决算|实际/.test(lead)) ? 'budget' : 'executed';
  for (const item of found) {
    const g = item!.groups!;
    const value = wanOf(g);
    const at = listAt + list.indexOf(item![0]);
    // "A预算412.00万元、B预算186.50万元": each item's own budget.
    const budgeted = /预算(?:数|资金)?$/.test(g.name!);
    const name = cleanProjectName(g.name!.replace(/预算(?:数|资金)?$/, ''));
    r.projects.add(name, budgeted ? 'budget' : key, value, sentenceSource(s, at, g.unit), 'sentence');
  }
  return true;
}

/**
 * "其中产业项目2个,A126.4万元,B58.2万元;基础设施项目1个,C412.75万元": the projects a fund was split into,
 * counted by class, each with its amount: what it was given.
 */
const CLASS_HEAD = /^(?:其中[:：]?)?[^,，;；:：\d]{2,10}?\d{1,3}个[,，:：]/;

export function readClassedList(s: Sentence, r: Reading): boolean {
  if (!/^其中/.test(s.text)) return false;
  const groups = outsideBrackets(s.text, /[;；]/);
  if (!groups.every((g) => CLASS_HEAD.test(g))) return false;
  let at = 0;
  let read = false;
  for (const g of groups) {
    const head = g.match(CLASS_HEAD)![0];
    let from = at + head.length;
    for (const item of outsideBrackets(g.slice(head.length), /[,，、]/)) {
      const m = item
        .trim()
        .replace(/[等。]+$/, '')
        .match(ENUMERATED_ITEM);
      const name = m?.groups ? cleanProjectName(m.groups.name!) : '';
      if (m?.groups && isListedProject(name)) {
        const value = wanOf(m.groups);
        r.projects.add(name, 'budget', value, sentenceSource(s, from, m.groups.unit), 'sentence');
        read = true;
      }
      from += item.length + 1;
    }
    at += g.length + 1;
  }
  return read;
}

/**
 * Works a fund was split into, listed with their amounts after its total ("资金总计340.9万元,其中A工程126.4万元
 * (…);B工程214.5万元(…)", "实际支出136.1万元,其中A工程64.2万元、B工程48.4万元") or after the verb that paid
 * them ("全年拨付A工程资金126.4万元,B工程资金198.3万元"): what each was given, or what it spent.
 */
const WORKS_AFTER_TOTAL =
  /(?<lead>(?:资金|经费)(?:总计|合计|共计|总额)|实际支出|(?:拨付|支付|支出)(?:资金)?|预算(?:安排)?)(?:为)?\d[\d,.]*万元[,，]其中[:：]?(?<list>[^。]+)/;
const WORKS_PAID =
  /(?<lead>(?:全年)?(?:拨付|支付))(?<list>(?:[^,，;；。、]{2,40}?(?:项目|工程)(?:资金)?\d[\d,.]*万元[,，、]?){2,})/;
const WORK_ITEM = /^(?<name>[^,，;；、:：()（）]{2,40}?(?:项目|工程))(?:资金)?(?<n>\d[\d,]*(?:\.\d+)?)万元/;

export function readWorks(s: Sentence, r: Reading): boolean {
  const m = s.text.match(WORKS_AFTER_TOTAL) ?? s.text.match(WORKS_PAID);
  if (!m?.groups) return false;
  const list = m.groups.list!;
  const at = m.index! + m[0].length - list.length;
  const key = /支出|拨付|支付/.test(m.groups.lead!) ? 'executed' : 'budget';
  const items: { name: string; value: Decimal; at: number }[] = [];
  let from = at;
  for (const chunk of outsideBrackets(list, /[;；,，、]/)) {
    const item = chunk.trim().match(WORK_ITEM);
    const name = item?.groups ? cleanProjectName(item.groups.name!) : '';
    if (item?.groups && name && !isGenericProject(name) && !FUNDING_SOURCE.test(name))
      items.push({ name, value: new Decimal(item.groups.n!.replace(/,/g, '')), at: from });
    from += chunk.length + 1;
  }
  if (items.length < 2) return false;
  for (const it of items)
    r.projects.add(it.name, key, it.value, sentenceSource(s, it.at, '万元'), 'sentence');
  return true;
}

/**
 * The tasks a fund was split into, listed after its total with their amounts ("统筹整合省级涉农资金2148.6万元,
 * 其中:高标准农田建设980万元,农村人居环境整治640万元,…"): what each was given. Only where the items add up
 * to the total: parts by source (中央资金, 省级补助, 县级配套) or accounts lines (人员经费 …) end the list
 * unread. Nor where the fund is the report's own project, whose components they are.
 */
const FUND_PARTS =
  /(?:安排|下达|分配|统筹整合|整合)(?<fund>[^,，。;；:：]{0,16}?(?:资金|经费))(?:共|共计|合计|总计)?(?:为)?(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>万元|元)[,，]其中[:：]?(?<list>[^。]+)/;

export function readFundParts(s: Sentence, r: Reading, ownProject: string | undefined): boolean {
  const m = s.text.match(FUND_PARTS);
  if (!m?.groups) return false;
  const fund = m.groups.fund!;
  if (ownProject && (fund.includes(ownProject) || ownProject.endsWith(fund))) return false;
  const total = wanOf(m.groups);
  const list = m.groups.list!;
  let from = m.index! + m[0].length - list.length;
  const items: { name: string; value: Decimal; at: number; unit: string }[] = [];
  let sum = new Decimal(0);
  for (const chunk of outsideBrackets(list, /[,，;；、]/)) {
    const item = chunk
      .trim()
      .replace(/[等。]+$/, '')
      .match(ENUMERATED_ITEM)?.groups;
    const name = item ? cleanProjectName(item.name!) : '';
    if (!item || !isListedProject(name)) return false;
    items.push({ name, value: wanOf(item), at: from, unit: item.unit! });
    sum = sum.plus(items[items.length - 1]!.value);
    if (sum.gte(total)) break;
    from += chunk.length + 1;
  }
  if (items.length < 2 || !sum.eq(total)) return false;
  for (const it of items)
    r.projects.add(it.name, 'budget', it.value, sentenceSource(s, it.at, it.unit), 'sentence');
  return true;
}

/**
 * Projects listed each with its figures in brackets after its name ("主要用于:A项目(预算180.00万元,实际支出172.40万元)、
 * B项目(预算64.00万元,实际支出64.00万元)"): each one's budget and spending.
 */
const BRACKETED_FIGURES =
  /(?<=^|[:：、,，;；])(?<name>[^:：、,，;；()（）]{2,40}?(?:项目|工程))[(（](?:全年)?预算(?:数)?(?:为)?(?<budget>\d[\d,]*(?:\.\d+)?)(?<bu>万元|元)[,，](?:实际支出|执行数|支出)(?:为)?(?<spent>\d[\d,]*(?:\.\d+)?)(?<su>万元|元)[)）]/g;

export function readBracketedFigures(s: Sentence, r: Reading): boolean {
  let read = false;
  for (const m of s.text.matchAll(BRACKETED_FIGURES)) {
    const g = m.groups!;
    const name = cleanProjectName(g.name!);
    if (!isListedProject(name) || NOT_A_LEADING_PROJECT.test(name)) continue;
    const at = m.index + g.name!.length;
    const figures = [['budget', g.budget, g.bu] as const, ['executed', g.spent, g.su] as const];
    for (const [key, n, unit] of figures)
      r.projects.add(name, key, wanOf({ n, unit }), sentenceSource(s, at, unit), 'sentence');
    read = true;
  }
  return read;
}

/**
 * Tasks a fund was split into, each with its allocation: "一是安排森林生态效益补偿540万元。二是安排…".
 */
const TASK_ALLOCATION =
  /(?:^|[。;；,，:：])[一二三四五六七八九十]{1,2}是(?:安排|下达)(?<name>[^,，;；。:：\d]{2,30}?)(?<n>\d[\d,]*(?:\.\d+)?)(?<unit>万元|元)/g;

/** Batches of funds one of which is the document's own ("一是下达中央水利发展资金…;二是下达…衔接资金"): not its parts. */
export function ownAmongTasks(ps: Passage[], ownProject: string | undefined): boolean {
  if (!ownProject) return false;
  return ps.some((p) =>
    [...p.text.matchAll(TASK_ALLOCATION)].some((m) => {
      const name = cleanProjectName(m.groups!.name!);
      return ownProject.endsWith(name) || name.endsWith(ownProject);
    }),
  );
}

export function readTasks(s: Sentence, r: Reading): boolean {
  let read = false;
  for (const m of s.text.matchAll(TASK_ALLOCATION)) {
    const name = cleanProjectName(m.groups!.name!);
    if (!isListedProject(name)) continue;
    const value = wanOf(m.groups!);
    r.projects.add(
      name,
      'budget',
      value,
      sentenceSource(
        s,
        m.index! + m[0].length - m.groups!.n!.length - m.groups!.unit!.length,
        m.groups!.unit,
      ),
      'sentence',
    );
    read = true;
  }
  return read;
}

/** "对A、B2个项目开展了绩效自评，自评得分分别为93分和88分": listed projects and their figures in turn. */
const RESPECTIVELY =
  /对(?<names>[^,，;；。对]{2,120}?)(?:\d{1,2}|[两二三四五六七八九十])个项目[^。]*?(?<label>自评得分|得分|执行率)分别(?:为|是)(?<values>[\d.%％分、和及与,，]+)/;

export function readRespectively(s: Sentence, r: Reading): boolean {
  const m = s.text.match(RESPECTIVELY);
  if (!m?.groups) return false;
  const names = m.groups
    .names!.split(/[、和及与]/)
    .map(cleanProjectName)
    .filter(Boolean);
  const values = [...m.groups.values!.matchAll(/(\d+(?:\.\d+)?)\s*(分|%|％)?/g)];
  if (names.length < 2 || names.length !== values.length) return false;
  const key = /执行率/.test(m.groups.label!) ? 'execution_rate' : 'score';
  names.forEach((name, k) => {
    const v = values[k]!;
    const at = m.index! + m[0].length - m.groups!.values!.length + v.index!;
    r.projects.add(
      name,
      key,
      new Decimal(v[1]!),
      sentenceSource(s, at, key === 'score' ? '分' : '%'),
      'sentence',
    );
  });
  return true;
}

/**
 * Projects a report labels by number ("项目1:基层科普行动计划项目…") and scores by label ("经自评,项目1得分95分,
 * 项目2得分92分"): each label's score is its project's.
 */
const PROJECT_LABEL = /^项目(\d{1,2})[:：]\s*([^,，。;；:：\d]{2,40}?项目)/;
const LABEL_SCORE = /项目(\d{1,2})(?:的)?(?:绩效)?(?:自评)?(?:得分|评分)(?:为|是)?(\d{1,3}(?:\.\d+)?)分/g;

/** The projects a report's paragraphs label by number: label's number → name. */
export function projectLabels(ps: Passage[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of ps) {
    const m = p.text.trim().match(PROJECT_LABEL);
    if (m && !labels.has(m[1]!)) labels.set(m[1]!, cleanProjectName(m[2]!));
  }
  return labels;
}

export function readLabelledScores(s: Sentence, r: Reading, labels: Map<string, string>): boolean {
  let read = false;
  for (const m of s.text.matchAll(LABEL_SCORE)) {
    const name = labels.get(m[1]!);
    const score = new Decimal(m[2]!);
    if (!name || score.gt(100)) continue;
    r.projects.add(name, 'score', score, sentenceSource(s, m.index + m[0].length - 1, '分'), 'sentence');
    read = true;
  }
  return read;
}
