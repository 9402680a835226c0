// Projects: from project lists (汇总表, 项目清单), from one table per project (项目名称 …), and
// from sentences ("“X”项目…项目全年预算数78万元，执行数为77.98万元"; "其中：A21.8万元；B20万元").
// The same project met in several places is one project; its statements are kept side by side so
// that the checks can see where they disagree.

import Decimal from 'decimal.js';
import type { ProjectIndicator, SourceRef, UnitInfo } from '../model/record';
import { FactBag, type Origin } from './facts';
import { abbreviates, cleanName, escapeRegExp, normalizeLabel } from './normalize';
import type { ScoredRow } from './scoring';
import { FUNCTION_CLASSES } from './topics';

/** An item's number: "1.", "(一)", "（2）", or "一是", "二是" as a summary counts its items. */
const ITEM_NUMBER = String.raw`(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,2}是)`;

/**
 * A paragraph headed by a project's name: "1.基本公共卫生服务项目：预算资金680万元，…", "(一)X项目,预算92.6万元,…",
 * "2.办案业务经费项目绩效自评综述：…", "1、X项目自评得分94分；", or without a number "种质资源库运行维护项目：…"
 * (but not a sentence the unit leads: "我局承担的X项目系Y项目。").
 */
export const NUMBERED_PROJECT = new RegExp(
  String.raw`^(?:(?:${ITEM_NUMBER}|项目[一二三四五六七八九十\d]{1,3}[:：、])\s*(?<name>[^:：,，。;；"]{2,40}?项目)|(?!我|本|该|此|上述)(?<bare>[^:：,，。;；"]{4,40}?项目))(?:绩效)?(?:自评)?(?:综述|情况|结果)?(?:[:：。]|[,，](?=(?:项目)?(?:年初|全年|调整后)?预算|总投资)|(?=(?:得分|评分)(?:为)?\d))`,
);
/**
 * A numbered paragraph headed by a fund's name and a colon, or its budget, where the name does not say
 * 项目: "（一）义务教育生均公用经费：…", "2.学生营养改善计划：…", "(二)X经费绩效自评综述：…", "1、政府投资审计经费
 * 预算150万元". Not the
 * accounts' own items (三公经费, 公用经费 …).
 */
const NUMBERED_FUND = new RegExp(
  String.raw`^${ITEM_NUMBER}\s*(?<name>[^:：,，。;；"()（）]{4,30}?(?:经费|资金|补助|计划|专项))(?:(?:绩效)?(?:自评)?(?:综述|情况|结果)?[:：]|[。，,]?(?=(?:年初|全年|调整后)?预算(?:数|资金)?(?:为)?\d|财政资金\d))`,
);
/** A numbered item whose name, whatever it ends in, is followed by its budget: "1.城市道路维护管理:全年预算数3200万元". */
const NUMBERED_BUDGETED = new RegExp(
  String.raw`^${ITEM_NUMBER}\s*(?<name>[^:：,，。;；"()（）]{4,30}?)[:：](?=(?:项目)?(?:年初|全年|调整后)?预算(?:数|资金|金额)?(?:为)?\d)`,
);
const ACCOUNTS_ITEM =
  /^((日常)?公用|人员|["“]?三公["”]?|机关运行|基本支出|项目支出)经费$|结转|结余|财政拨款|收入|支出|因公出国|公务用车|公务接待|^(会议|培训)费$/;

/** A line of the accounts (人员经费, 基本支出, 公务接待 …), not a project. */
export function isAccountsItem(name: string): boolean {
  return ACCOUNTS_ITEM.test(name);
}

/**
 * A numbered paragraph opening with a project's name and a comma, whatever it says next: "1、大河镇农田
 * 灌溉渠道防渗改造项目,改建防渗渠道12.6公里,…。2018年下达…资金580万元,…".
 */
const NUMBERED_PROJECT_COMMA = new RegExp(
  String.raw`^${ITEM_NUMBER}\s*(?<name>[^:：,，。;；"]{4,40}?项目)[,，]`,
);

/** The project a numbered paragraph is headed by, if any. */
export function numberedProject(text: string): RegExpMatchArray | null {
  const m = text.match(NUMBERED_PROJECT) ?? text.match(NUMBERED_PROJECT_COMMA);
  if (m) return m;
  const fund = text.match(NUMBERED_FUND) ?? text.match(NUMBERED_BUDGETED);
  const name = fund?.groups?.name;
  // (A numbered item's name may open with its year: "1、2022年森林防火专项经费,财政资金…".)
  const bare = name?.replace(/^\d{4}年度?(?=[^初中底末\d])/, '');
  return bare && !ACCOUNTS_ITEM.test(bare) && !NOT_A_LEADING_PROJECT.test(bare) ? fund : allocatedFund(text);
}

/**
 * The 决算 template's review of one project: "X项目绩效自评综述:", "X经费绩效自评综述:", or the name and
 * a colon before its budget ("X专项:全年预算数…").
 */
export const PROJECT_REVIEW =
  /^(?<name>[^:：,，。;；]{4,40}?(?:项目|经费|资金|专项))(?:(?:绩效)?自评综述[:：]|[:：](?=(?:项目)?(?:全年|年初|调整后)?预算数))/;

/**
 * Words for projects in general ("2.预算项目情况", "该项目", "局机关2018年度一般公共预算项目", "部门决算中项目"): no project's
 * name; nor a heading on them ("项目绩效自评总体情况").
 */
const GENERIC_PROJECT =
  /^(预算|重点|专项|年度|本年|全部|所有|各|其他|其它|该|本|此|上述|相关|支出|财政|部门)?项目$|^(部门|单位)?(决算|预算)中的?项目$|^资金(及|和|与)项目$|^(县|市|省|区|旗)级(部门)?(预算)?项目(资金|经费)?$|^项目.{0,10}(情况|结果|综述)$|^(上述|以上|全部|所有)?[\d一二三四五六七八九十两]+个(重点|专项)?项目$|^(专项|项目|财政)?(资金|经费)$|(局|处|所|站|中心|院|校|园|办|委员会|政府|队|馆)(专项|项目|财政)(资金|经费)$|(一般公共预算|政府性基金预算|国有资本经营预算|部门预算)(支出)?项目$/;

/** A class of spending by function ("社会保障和就业(支出)"), a line of the accounts. */
const FUNCTION_CLASS = new RegExp(`^(?:${FUNCTION_CLASSES})(?:支出)?$`);

/** A report's opening words before what it reports on ("现将X资金2022年度绩效自评报告公开如下"): no name opens so. */
const REPORT_OPENING = /^现将/;

export function isGenericProject(name: string): boolean {
  const bare = cleanName(name);
  return GENERIC_PROJECT.test(bare) || FUNCTION_CLASS.test(bare) || REPORT_OPENING.test(bare);
}

/**
 * Words that lead a clause as a project would ("X项目全年预算数…", "X经费全年预算数…") but name none: the
 * project referred to (该项目), the unit's own spending (部门整体, 基本支出, 财政拨款), a heading's
 * number, a document's title, the funds' allocation (下达, 安排, 给予), a comparison (同类项目, 上年), a bare 资金
 * or a grant named only by who gives it (上级补助, 财政补贴).
 */
export const NOT_A_LEADING_PROJECT =
  /^(?:上级|中央|省级?|市级?|县级?|区级?|财政|专项)*(?:补助|补贴)$|^\d|(该|本|此|上述|各)项目$|^(全年|年度|年初|年中|调整后|追加)$|部门|整体|单位|财政拨款|基本支出|一般公共预算|情况|《|下达|安排|拨付|给予|^(同类|上年|去年|往年|以前年度)|^(依据|根据|按照|通过)|^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|^(项目|专项)?(资金|经费)$/;

/** A column of a project list ("资金到位", "全年执行", "预算执行率"): a header word, no project's name. */
const LIST_COLUMN = /(率|数|预算|执行|支出|金额|到位|计划|使用|来源|得分)$/;

export function isListColumn(label: string): boolean {
  // "资金计划（万元）": the unit in brackets is not the word.
  return LIST_COLUMN.test(label.replace(/[(（](万元|元|%|％)[)）]$/, ''));
}

/** A quoted project: "“学生营养改善计划”项目". */
export const QUOTED_PROJECT = /"([^"]{2,60})"项目/;
/** "本单位对学生营养改善计划项目开展绩效自评，全年预算数…": the project the sentence evaluates. */
// "对xx年度省级财政资金X项目的支出情况开展了绩效自评": the year and the funds' level before the name,
// the part evaluated after it.
// "对2019年X项目3260万元资金的使用情况作出评价": the funds' amount between the name and what was evaluated.
// "对我单位负责的某某区2020年市级X项目开展了重点绩效评价": who is in charge, and the place before the year, are
// no part of the name; its level is, unless it names the funds ("省级财政资金X项目": X项目).
export const EVALUATED_PROJECT =
  /对(?:[^,，。;；"对]{0,12}?(?:负责|实施|承担|管理)的)?(?:[\u4e00-\u9fa5]{1,6}?[县区市](?=\d{4}年))?(?:(?:\d{4}|20[xX]{2}|xx|XX)年度?)?(?:(?:省级|市级|县级|区级)(?=财政|专项|资金|中央))?(?:中央(?:补助地方|对地方转移支付)?)?(?:财政)?(?:专项)?(?:资金)?((?:省级|市级|县级|区级)?[^,，。;；"对]{2,30}?项目)(?:\d[\d,.]*万?元(?:资金)?)?(?:的(?:支出|资金使用|使用|实施)?情况)?(?:开展|进行|作出|做出)(?:了)?(?:全面|综合|重点)?(?:绩效)?(?:自评|评价)/;
/**
 * "项目支出15.66万元,为妇女儿童关爱服务经费,预算16.00万元,实际支出15.66万元": the department's project
 * spending, all of it one fund, named right after it; the figures after the name are that fund's.
 */
export const SOLE_PROJECT_SPENDING =
  /项目支出\d[\d,.]*万?元[,，](?:全部)?(?:为|是|系)(?<name>[^,，。;；:："\d]{3,30}?(?:经费|资金|项目|补助))[,，]/;
/** "乡村振兴项目资金（农村人居环境整治提升项目）预算数…": the project named in brackets after its funds. */
export const BRACKETED_PROJECT = /[(（]([^()（）,，。;；:："]{2,30}?项目)[)）]/;
/** "…2022年实施黑茶品牌推广项目，…": the project a unit carried out. */
// "共实施工作经费县级补助资金项目1个" counts the one.
// "我局承担隆尧县2021年度X项目实施任务": the place and year before the name, the task after it.
const CARRIED_OUT_PROJECT =
  /(?:实施|承担|开展)(?:了)?(?:(?:(?!的)[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|旗))?\d{4}年度?)?([^,，。;；"的了]{4,30}?项目)(?=[,，。;；]|1个|实施任务|建设任务|$)/;

/**
 * "我局对2019年度省级生态公益林效益补偿资金的支出情况进行了绩效自评", "对“两庭”建设维护经费开展绩效自评",
 * "对办案业务经费开展项目支出绩效自评": the funds a report evaluates.
 */
export const EVALUATED_FUND =
  /对(?:\d{4}年度?)?((?:"[^"]{1,12}")?[^,，。;；"对]{2,30}?(?:资金|经费))(?:的(?:支出|使用|管理)(?:和使用)?情况)?(?:开展|进行)(?:了)?(?:项目支出|项目)?(?:绩效)?(?:自评|评价)/;
/** "我镇2020年申报乡镇基本财力保障资金312万元": the funds a unit applied for, named before their amount. */
/** "县财政预算安排X局Y工作经费86.5万元": the fund the budget arranged, named before its amount (the unit before it is cut off later). */
const ARRANGED_FUND =
  /(?:预算|财政|统筹)安排(?:给)?(?:(?:我|本)[\u4e00-\u9fa5]{1,2}?(?=\d{4}年))?(?:\d{4}年度?)?([^,，。;；"的]{4,40}?(?:经费|资金))(?=\d)/;
const DECLARED_PROJECT = /申报(?:\d{4}年度?)?([^,，。;；"的]{4,30}?(?:资金|经费))(?=\d)/;
/** "该农村人居环境整治专项资金项目于2021年初…申报": the project a report refers back to. */
const REFERRED_PROJECT = /该([^,，。;；"该]{4,30}?)项目(?:于|在|由|自|是|为)/;
/**
 * "现将我市20xx年度中央补助…建设--全民健身场地设施补短板工程项目自评报告如下": the project a report
 * announces, after the fund it belongs to and a double dash where the name gives both.
 */
// ("现将2022年X项目绩效目标自评报告如下": its 绩效目标 too.)
const ANNOUNCED_PROJECT =
  /现将(?:我[市县区局镇乡]|本单位|我单位)?(?:(?:\d{4}|20[xX]{2})年度?)?(?:[^,，。;；"]{2,40}?(?:--|——|－－))?([^,，。;；"\-—－]{4,40}?)(?:项目)?(?:支出)?(?:绩效目标|绩效)?(?:自评|评价)(?:情况)?报告如下/;
/** Projects counted, not named: "两个衔接资金项目". */
const COUNTED_PROJECTS = /[\d两一二三四五六七八九十]+个/;

/** The one project a report with no title of its own announces in its opening sentence. */
export function announcedProject(paragraphs: string[]): string | undefined {
  for (const p of paragraphs.slice(0, 6)) {
    const name = p.replace(/\s+/g, '').match(ANNOUNCED_PROJECT)?.[1];
    if (name && !isGenericProject(name) && !COUNTED_PROJECTS.test(name)) return cleanProjectName(name);
  }
  return undefined;
}
/** "20xx年光山县义务教育学校建设项目是…民生实事项目": a paragraph opening on the project it is about. */
// Not a section's heading run into its text ("(二)项目实施情况项目于…").
const OPENING_PROJECT =
  /^(?![(（][一二三四五六七八九十\d]{1,3}[)）])(?:(?:\d{4}|20[xX]{2})年度?)?([^,，。;；"、\d]{4,30}?项目)(?:是|由|于|总投资|共涉及|涉及)/;
/**
 * "项目名称:X项目项目单位:Y主管部门:Z": a cover's fields run on in one paragraph (a document site's
 * preview), the name up to the next field's label.
 */
const LABELLED_PROJECT =
  /项目名称[:：]([^:：,，。;；]{2,40}?)(?=(?:项目)?(?:实施)?单位[:：]|(?:项目)?主管部门[:：]|项目负责人[:：]|评价人员[:：]|项目类别[:：]|[,，。;；]|$)/;

/**
 * The one project a project report names, by quoting it, evaluating it, bracketing it or carrying it out; undefined
 * where it names none or several. Its "该项目"/"项目" sentences are then about that project.
 */
const FUND_WORD = /^(?:专项)?(?:经费|资金)$/;

export function soleProject(texts: string[]): string | undefined {
  const names = new Map<string, string>();
  for (const t of texts)
    for (const re of [
      QUOTED_PROJECT,
      EVALUATED_PROJECT,
      BRACKETED_PROJECT,
      CARRIED_OUT_PROJECT,
      DECLARED_PROJECT,
      REFERRED_PROJECT,
      OPENING_PROJECT,
      LABELLED_PROJECT,
      ANNOUNCED_PROJECT,
      EVALUATED_FUND,
      ARRANGED_FUND,
    ]) {
      const m = t.match(re);
      // "对部门整体支出和经管的专项资金开展了绩效自评": the unit's whole spending is no project.
      if (
        !m ||
        isGenericProject(m[1]!) ||
        COUNTED_PROJECTS.test(m[1]!) ||
        /^(该|本|此|上述|各|相关)|整体支出|部门整体/.test(m[1]!)
      )
        continue;
      const name = cleanProjectName(m[1]!);
      // "X项目" and the "X经费" it was arranged as are one project.
      const key = projectKey(name);
      // So are "省级X资金" and the "X资金" a sentence calls it.
      const same = [...names.keys()].some(
        (k) =>
          k.endsWith(key) ||
          key.endsWith(k) ||
          (key.startsWith(k) && FUND_WORD.test(key.slice(k.length))) ||
          (k.startsWith(key) && FUND_WORD.test(k.slice(key.length))),
      );
      if (!same) names.set(key, name);
    }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/** A heading opening the section on evaluated projects ("（二）项目支出绩效自评情况", "纳入绩效自评的项目2个："). */
const PROJECT_SECTION =
  /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、．])?(?:[^。，,；;]{0,16}项目(?:支出)?(?:绩效)?(?:自评|评价)(?:情况|结果)?|(?:重点|重大)[、和及]?(?:重点|重大)?项目(?:信息|情况)?)[:：。]?$|纳入(?:绩效)?(?:自评|评价)(?:范围)?的项目(?:共)?\d*个?[:：]?$|[,，](?:其中)?(?:重点|主要)项目(?:有|包括|如下)?[:：]$/;
/** A heading of the document's own outline: it ends a section. */
const OUTLINE_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+部分)/;
/** An item's name ends at its colon, or at a comma before its budget ("1.X工程,预算980万元,…"). */
const ITEM_END = String.raw`(?:[:：]|[,，](?=(?:项目)?(?:年初|全年|调整后)?预算|总投资))`;
/** A numbered item ("1.第五次全国经济普查经费：预算数…"): in a section on projects, a project. */
// Or, in such a section, a works or fund named before its budget ("X公路养护工程:年度预算1,250万元").
export const LISTED_ITEM = new RegExp(
  `^(?:(?:\\d{1,2}[.、．]|[(（]\\d{1,2}[)）])\\s*(?<name>[^:：,，。;；]{2,40})${ITEM_END}|(?<works>[^:：,，。;；\\d]{4,30}(?:工程|项目|资金|经费))[:：](?=(?:年度|全年|年初)?预算))`,
);

/** An allocation's document number ("延财农〔2022〕58号", masked "黑财农〔2023〕2**号"). */
const ALLOCATION_NUMBER = String.raw`[\u4e00-\u9fa5]{1,8}[〔【\[][\d*]{4}[〕】\]][\d*]{1,5}号`;

const LEADING_ALLOCATION_NUMBER = new RegExp(`^${ALLOCATION_NUMBER}`);

/**
 * A numbered fund led by the document that allocated it and followed straight by its amount, as a work
 * report lists them: "(1)豫财农[2021]12号水利发展资金(农田水利)310万元,支出248万元。", "4)防汛抗旱经费120万。";
 * the numbering as damaged as it comes ("(2)2)"), "提前下达2020年" before the name no part of it.
 */
const ALLOCATED_FUND = new RegExp(
  String.raw`^(?:[(（]?\d{1,2}[)）.、．])+\s*(?:${ALLOCATION_NUMBER}[)）]?)?(?:提前下达(?:\d{4}年度?)?)?(?<name>[^:：,，。;；"()（）\d]{4,30}?(?:经费|资金|补助|补贴|计划)(?:[(（][^()（）\d]{2,12}[)）])?)(?=\d[\d,.]*\s*万)`,
);

/** The fund an allocated-fund item names ("(1)豫财农[2021]12号X资金310万元"), not the accounts' own items. */
function allocatedFund(text: string): RegExpMatchArray | null {
  const m = text.match(ALLOCATED_FUND);
  const name = m?.groups?.name;
  return name && !ACCOUNTS_ITEM.test(name) && !NOT_A_LEADING_PROJECT.test(name) ? m : null;
}

/** A numbered item led by a name ("(3)招商引资活动经费：全年预算…", "2.统计调查业务经费：…"). */
// "项目一:延财农〔2022〕58号X项目,项目全年预算数…": a notice's items, the allocation's number before the name.
const NUMBERED_ITEM = new RegExp(
  `^(?:\\d{1,2}[.、．]|[(（]\\d{1,2}[)）]|项目[一二三四五六七八九十\\d]{1,3}[:：、])\\s*(?:${ALLOCATION_NUMBER})?(?<name>[^:：,，。;；]{2,40})${ITEM_END}`,
);

/** Which of a document's passages lie in a section on evaluated projects. */
function inProjectSection(texts: string[]): boolean[] {
  let inside = false;
  return texts.map((t) => {
    if (PROJECT_SECTION.test(t.trim())) inside = true;
    else if (OUTLINE_HEADING.test(t)) inside = false;
    return inside;
  });
}

/** An annex mark ("附件2", "附件："), on its own line or glued to the title after it. */
const ANNEX_MARK = /^附件\s*(?:\d{1,2}(?=\d{4}年)|\d{0,2})[:：]?\s*/;
/** A project's own report title ("2023年度X项目绩效评价报告", "X项目2022年度支出绩效自评报告"). */
// "2022年下半年农村人居环境整治资金专项预算绩效自评报告": a fund's, named with its half-year.
export const PROJECT_REPORT_TITLE =
  /^(?:\d{4}年度?(?![上下]半年))?(?<name>[^:：,，。;；"\d]{2,40}?项目|\d{4}年[上下]半年[^:：,，。;；"\d]{2,40}?(?:资金|经费)|[^:：,，。;；"\d]{2,40}?(?:资金|经费)(?=专项预算))(?:\d{4}年度?)?(?:专项预算)?(?:支出)?(?:绩效)?(?:自评|评价)报告$/;

/**
 * A project's own report annexed to the unit's document ("附件2" / "2023年度X项目绩效评价报告"): its
 * passages, up to the next annex, are that project's, not the unit's.
 */
function annexedReports(texts: string[]): (string | undefined)[] {
  let name: string | undefined;
  return texts.map((t, k) => {
    const text = t.trim();
    const annex = text.match(ANNEX_MARK)?.[0];
    const prev = texts[k - 1]?.trim() ?? '';
    const markBefore = prev !== '' && prev.match(ANNEX_MARK)?.[0] === prev;
    const afterMark = annex ? text.slice(annex.length) : markBefore ? text : '';
    const title = afterMark.match(PROJECT_REPORT_TITLE);
    if (title?.groups) name = title.groups.name;
    else if (annex || /^第[一二三四五六七八九十]+部分/.test(text)) name = undefined;
    return name;
  });
}

/**
 * The project each passage lists, where it is an item of a list of projects: under a heading on
 * evaluated projects, or in a run of numbered items of which one names itself a 项目 (its siblings
 * built alike are projects too, whatever their names end in).
 */
export function listedProjects(texts: string[]): (string | undefined)[] {
  const section = inProjectSection(texts);
  // In a section on projects, an item run on after the one before keeps the space before its number.
  const trimmed = texts.map((t, k) => (section[k] ? t.trimStart() : t));
  const items = trimmed.map((t) => t.match(NUMBERED_ITEM)?.groups?.name);
  const out = trimmed.map((t, k) => {
    const m = section[k] ? t.match(LISTED_ITEM)?.groups : undefined;
    return m ? (m.works ?? items[k]) : allocatedFund(t)?.groups?.name;
  });
  for (let k = 0; k < texts.length;) {
    let end = k;
    while (end < texts.length && items[end]) end++;
    if (end > k + 1 && texts.slice(k, end).some((t) => NUMBERED_PROJECT.test(t)))
      for (let i = k; i < end; i++) {
        const own = texts[i]!.match(NUMBERED_PROJECT)?.groups;
        // A sibling on the unit's whole spending ("2.部门整体支出绩效自评：…") is the unit's, no project.
        out[i] = own
          ? (own.name ?? own.bare)!.replace(LEADING_ALLOCATION_NUMBER, '')
          : /整体/.test(items[i]!)
            ? undefined
            : items[i];
      }
    k = Math.max(end, k + 1);
  }
  // Numbered paragraphs each headed by a project, two or more in a row ("1、X项目,…。2、Y项目,…"): a list
  // (but not one going on to the unit's own figures: "…同时开展了部门整体支出绩效自评").
  const headed = texts.map(
    (t, k) => out[k] ?? (/部门整体|整体支出/.test(t) ? undefined : numberedNames(t.trim())),
  );
  headed.forEach((name, k) => {
    if (!out[k] && name && (headed[k - 1] || headed[k + 1])) out[k] = name;
  });
  const annexed = annexedReports(texts);
  // A heading on the projects in general ("1.项目绩效自评总体情况:…") lists none: its figures are the unit's.
  return out.map((name, k) => (name && isGenericProject(name) ? undefined : (name ?? annexed[k])));
}

/** The project a numbered paragraph is headed by, by name ("2.预算项目情况" names none). */
function numberedNames(text: string): string | undefined {
  const g = numberedProject(text)?.groups;
  const name = g ? (g.name ?? g.bare) : undefined;
  return name && !isGenericProject(name) ? name : undefined;
}

export type ProjectKey =
  'budget' | 'executed' | 'returned' | 'execution_rate' | 'score' | 'budget_initial' | 'dept_eval_score';

export interface ProjectEntry {
  name: string;
  category?: string;
  facts: FactBag;
  indicators: ProjectIndicator[];
  /** Where the project was listed with figures (a table or a sentence list), for report kinds. */
  fromTable: boolean;
  order: number;
}

/** A project's identity: "X项目" and "X" (a title's and a table's way of naming it) are one project. */
export function projectKey(name: string): string {
  return normalizeLabel(name)
    .replace(/["'“”‘’「」]/g, '')
    .replace(/(.{2,})项目$/, '$1');
}

/** A project name as a form's 项目名称 field writes it, without quotes or numbering. */
export function formProjectName(raw: string): string {
  return (
    cleanName(raw)
      // A budget code before the name ("51000021R0000…-工资性支出") is not part of it.
      .replace(/^[0-9A-Za-z]{6,}[-—_]/, '')
      .replace(/^[(（]?[0-9一二三四五六七八九十]+[)）、.．]\s*/, '')
      // Quotes around the name, not those of a word in it ("“两癌”筛查救助").
      .replace(/^["“”]+(?=[^"“”]*$)|(?<=^[^"“”]*)["“”]+$/g, '')
      .replace(/^["“”](.*)["“”]$/, '$1')
      // A cell's leading slash ("/乡镇综合文化站免费开放补助资金") is the cell's, not the name's.
      .replace(/^[/／]+/, '')
      // A cover's field cut from the title it copies ("项目名称: X项目支出" / "绩效自评报告"): 支出 names the kind.
      .replace(/(?<=项目)支出$/, '')
      .trim()
  );
}

/**
 * The unit (ending as units do) and the year prose sets before a name ("长汀县林业局2018年度X项目"), or a
 * masked year (xx年度X专项资金). A year alone stays: "2019年区级公共文化配送服务项目" is the name.
 */
const PROSE_NAME_PREFIX =
  /^(?:[\u4e00-\u9fa5]{2,30}?(?:局|委员会|委|院|校|中心|站|所|办|政府|镇|乡|街道)(?:19|20)\d{2}|20[xX]{2}|[xX]{2})年度?(?=["“\u4e00-\u9fa5]{4})/;

/** A project name as prose writes it, without quotes, numbering, the unit and year set before it, or a trailing 支出 ("X项目支出"). */
export function cleanProjectName(raw: string): string {
  return (
    formProjectName(raw)
      // "…涉及资金246万元,其中X项目自评得分82分": the word that opens a list's item.
      .replace(/^其中[:：]?(?=[\u4e00-\u9fa5]{4})/, '')
      // "我局负责实施X项目": the unit and its verb before the name.
      .replace(
        /^(?:我|本)[\u4e00-\u9fa5]{0,2}?(?:负责|承担|组织)(?:实施|建设)?|^(?:我|本)[\u4e00-\u9fa5]{0,2}?实施/,
        '',
      )
      // "对本局2019年区级…项目开展了绩效评价": the unit the text calls itself, before the name.
      .replace(/^(?:本|我)(?:局|委|院|校|单位|中心|站|所|办|会)(?=\d{4}年|[\u4e00-\u9fa5]{4})/, '')
      // "长汀县林业局2018年度X项目", "xx年度X专项资金": the unit and the year the prose sets before the name.
      .replace(PROSE_NAME_PREFIX, '')
      // "X经费绩效自评综述": the heading's words after the name.
      .replace(/(?<=.{4})(?:绩效(?:自评|评价)?|自评|评价)(?:综述|情况|结果|报告)?$/, '')
      .replace(/(项目)?支出$/, '')
      .trim()
  );
}

export class ProjectBook {
  private readonly byKey = new Map<string, ProjectEntry>();

  get(name: string): ProjectEntry {
    const key = projectKey(name);
    let p = this.byKey.get(key);
    if (!p) {
      p = { name, facts: new FactBag(), indicators: [], fromTable: false, order: this.byKey.size };
      this.byKey.set(key, p);
    }
    return p;
  }

  find(name: string): ProjectEntry | undefined {
    return this.byKey.get(projectKey(name));
  }

  add(name: string, key: ProjectKey, value: Decimal, source: SourceRef, origin: Origin): void {
    // "项目" alone ("(三)项目执行(50分),自评得分46分") is a word for projects, no project's name.
    if (isGenericProject(name)) return;
    this.get(name).facts.add(key, value, source, origin);
  }

  setIndicators(name: string, rows: ScoredRow[]): void {
    const p = this.get(name);
    if (p.indicators.length) return;
    p.indicators = rows.map((r) => {
      const ind: ProjectIndicator = { name: r.name, path: r.path, source: r.source };
      if (r.target !== undefined) ind.target = r.target;
      if (r.actual !== undefined) ind.actual = r.actual;
      if (r.weight !== undefined) ind.weight = r.weight.toFixed();
      if (r.score !== undefined) ind.score = r.score.toFixed();
      return ind;
    });
  }

  /**
   * A project prose names both ways ("“公立医院综合改革补助”", "（1）公立医院综合改革补助项目绩效自评综述") is
   * called as the text writes it alone: there 项目 is the heading's word. A table's or form's name stays as written.
   */
  nameAsWritten(text: string): void {
    for (const p of this.byKey.values()) {
      if (p.fromTable || !/.{2,}项目$/.test(p.name)) continue;
      const short = p.name.slice(0, -2);
      // Named alone: in quotes, in a list of projects ("A、B等2个项目", not a list of duties), before a
      // count of projects or its amount.
      const alone = new RegExp(
        `${escapeRegExp(short)}(?=["”》]|、[^，,。；;]*项目|\\d+个子?项目|\\d[\\d,.]*(万元|元))`,
      );
      if (alone.test(text)) p.name = short;
    }
  }

  /**
   * "宁化县某某职业中专学校中职教育质量提升专项资金" in a report by that school: a title that puts the unit
   * before its fund names the fund alone.
   */
  withoutUnit(unit: UnitInfo): void {
    // The unit as named, or without its place ("第二幼儿园" of "灵丘县第二幼儿园"), or its place alone
    // ("安乡县农村公路养护专项资金", "庐江县危房改造转移支付"; a city keeps its own: "绵阳市外国专家工作经费").
    const own = [unit.name, unit.dept_type].filter((n): n is string => !!n && n.length >= 3);
    const placed = unit.county ? [...own, unit.county] : own;
    for (const p of this.byKey.values()) {
      // A form's 项目名称 stays as written with its place.
      const prefix = (p.fromTable ? own : placed).find(
        (n) => p.name.startsWith(n) && p.name.length - n.length >= 4,
      );
      if (prefix && /(资金|经费|转移支付)$/.test(p.name)) p.name = p.name.slice(prefix.length);
    }
  }

  /**
   * In a document on one project, a table's row naming it short ("放心消费创建" of "放心消费创建专项资金",
   * its first words at least four and most of the name) is that project.
   */
  foldShortNames(own: string): void {
    const ownKey = projectKey(own);
    const target = this.byKey.get(ownKey);
    if (!target) return;
    for (const [key, p] of this.byKey) {
      if (key === ownKey || key.length < 4 || !ownKey.startsWith(key) || key.length / ownKey.length < 0.6)
        continue;
      for (const k of p.facts.keys())
        for (const c of p.facts.all(k)) target.facts.add(k, c.value, c.source, c.origin);
      target.fromTable ||= p.fromTable;
      this.byKey.delete(key);
    }
  }

  /**
   * A project a later sentence names short ("远程会诊系统建设项目执行176.6万元" after "县人民医院远程会诊系统建设
   * 项目198万元"): where a name is most of another's, cut short from it, and the two state different
   * figures, they are one project under the longer name.
   */
  foldAbbreviations(): void {
    for (const [key, p] of [...this.byKey]) {
      const long = [...this.byKey.entries()].find(
        ([k, q]) =>
          q !== p &&
          key.length >= Math.max(6, k.length * 0.6) &&
          abbreviates(key, k) &&
          !p.facts.keys().some((f) => q.facts.has(f)),
      )?.[1];
      if (!long) continue;
      for (const f of p.facts.keys())
        for (const c of p.facts.all(f)) long.facts.add(f, c.value, c.source, c.origin);
      long.fromTable ||= p.fromTable;
      this.byKey.delete(key);
    }
  }

  /**
   * A project the text names in full once ("2021年第一批统筹整合使用财政涉农资金村内道路硬化项目", with its
   * funds) and short where it scores it ("村内道路硬化项目得分96分"): one project, under the full name, where
   * the short one states no funds of its own and only one full name ends with it.
   */
  joinShortNames(): void {
    const entries = [...this.byKey.entries()];
    for (const [key, p] of entries) {
      if (key.length < 4 || p.facts.has('budget') || p.facts.has('executed')) continue;
      const longer = entries.filter(([k, q]) => q !== p && k.length > key.length && k.endsWith(key));
      if (longer.length !== 1 || !this.byKey.has(longer[0]![0])) continue;
      const full = longer[0]![1];
      for (const k of p.facts.keys())
        if (!full.facts.has(k))
          for (const c of p.facts.all(k)) full.facts.add(k, c.value, c.source, c.origin);
      this.byKey.delete(key);
    }
  }

  /** The projects in no particular order, where order does not matter (cheaper than all()). */
  entries(): Iterable<ProjectEntry> {
    return this.byKey.values();
  }

  all(): ProjectEntry[] {
    return [...this.byKey.values()].sort((a, b) => a.order - b.order);
  }

  get size(): number {
    return this.byKey.size;
  }
}
