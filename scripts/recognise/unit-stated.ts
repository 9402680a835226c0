// The reporting unit as the document states it, before any gazetteer: a labelled field of a form
// (实施单位, 单位名称, 部门名称, 填报单位, 主管部门 …), the title ("XX2022年度部门整体支出绩效自评报告",
// "2022年度XX部门决算"), or the long name a text introduces ("XX（以下简称“YY”）"). Towns, 街道,
// development zones, schools, hospitals and courts are named this way though no gazetteer lists them;
// the gazetteer then only adds the place (unit.ts).

import type { FormField } from './form-head';
import { abbreviates, escapeRegExp, normalizeText, titleText } from './normalize';
import { countyOfName, isPlaceName, unitMentions } from './unit';

/**
 * Which labelled fields name the reporting unit, best first (a project form is its implementer's).
 * The supervising department (主管部门) names it only where the title does not: a centre's form names
 * the bureau above it there.
 */
export const OWN_FIELDS: FormField['field'][] = ['implementer', 'unit'];
export const PARENT_FIELDS: FormField['field'][] = ['department'];

/** How an organisation's name ends. */
const ORG_END =
  /(局|委员会|办公室|中心|院|所|站|队|馆|政府|协|学校|中学|小学|完小|幼儿园|医院|卫生院|街道办事处|办事处|管委会|管理委员会|委|联合会|协会|会|部门|部|联|社|处|团|镇|乡|街道|公司|大学|学院|园|场|厅|室|台|区|办|科|组|庭|厂|校|宫|苑|塔)$/;

/** A unit name as a field or title writes it, without a seal note, a budget code or a trailing note. */
export function cleanUnitName(raw: string): string {
  return (
    normalizeText(raw)
      .replace(/\s+/g, '')
      .replace(/[(（](盖章|公章|签章|章)[)）]/g, '')
      // A role in brackets after the name ("XX管委会（行政主管部门）").
      .replace(/[(（](行政)?(主管部门|预算单位|实施单位)[)）]$/, '')
      // A site's tag before the title ("【决算公开】"), a template's placeholder left in ("XX部门…").
      .replace(/^【[^】]{1,8}】/, '')
      // A file's path before its name ("/XX医院2023年度决算报表.xls").
      .replace(/^[/／\\]+/, '')
      // (Not a masked place: "XX区实验幼儿园" is the unit as the page writes it.)
      .replace(/^(?:XX|xx|××|ＸＸ)(?:部门|单位|(?![省市区县镇乡旗州]))(?=[\u4e00-\u9fa5]{4})/, '')
      .replace(/^[[【(（]?[0-9A-Za-z]{3,}[\]】)）]?[-—_:：]?(?=[\u4e00-\u9fa5])/, '')
      .replace(/^([\u4e00-\u9fa5]{1,4})?[:：]+/, '')
      .replace(/^(附件)?[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]/, '')
      // "关于XX2018年度部门决算的说明".
      .replace(/^关于(?=[\u4e00-\u9fa5]{4})/, '')
      // A part's heading before the title ("第二部分 XX委员会2019年度决算表").
      .replace(/^第[0-9一二三四五六七八九十]{1,3}(部分|章|节|篇)/, '')
      .replace(/(填报|联系|负责)人.*$/, '')
      // The table's unit line run on after the name ("…建设局单位：万元").
      .replace(/(?:金额)?单位[:：](?:万元|元|亿元)$/, '')
      // A bureau's own accounts (本级) are the bureau's.
      .replace(/[(（]?本级[)）]?$/, '')
      // "百花洲街道办事处部门": 部门 after a body's name is the body; "教育部门" is the name.
      .replace(/部门$/, (m, at: number, all: string) => (ORG_END.test(all.slice(0, at)) ? '' : m))
      // A sentence that names the unit goes on after it ("…教育局，代建单位为…").
      .replace(/^(?:为|是)(?=[\u4e00-\u9fa5]{4})/, '')
      .replace(/[，,。;；].*$/, '')
      .replace(/[:：]+$/, '')
  );
}

function plausible(name: string): boolean {
  // A name never opens with what a year leaves behind ("2019年度部门决算" → "度部门"), nor holds a
  // site's mask ("南丰县***镇人民政府": the name is hidden, some other line gives it).
  return (
    name.length >= 3 &&
    name.length <= 40 &&
    ORG_END.test(name) &&
    !/[0-9]{3,}/.test(name) &&
    !/^[度年]/.test(name) &&
    !/[*＊]/.test(name) &&
    // An essay site's blurb ("以下是本站为大家整理的…"): the site, no unit.
    !/^(以下|本站|本文|小编)|本站$/.test(name)
  );
}

const YEAR = String.raw`(?:19|20)\d\d|[〇零○一二三四五六七八九0-9]{4}`;
// A project's long name may come first ("…2015年度农村义务教育学生营养改善计划专项资金绩效评价报告").
const KIND = String.raw`(?=.{0,30}(?:决算|预算|绩效|自评|三公|经费|收支|评价))`;
// "2015年度", "2015年", and a converter's "2015-" for 年.
const YEAR_WORD = String.raw`(?:${YEAR})(?:年度?|-|度)`;
const TITLE_BEFORE_YEAR = new RegExp(`^(.{3,40}?)(?:关于)?[（(]?${YEAR_WORD}[）)]?${KIND}`);
const TITLE_AFTER_YEAR = new RegExp(
  `^${YEAR_WORD}(.{3,40}?)(部门|单位)?(?:财政支出(?=绩效))?(?:整体支出|项目支出|部门整体|决算|预算|绩效|自评|["“”]?三公["“”]?经费)`,
);
/** A title ends with what the document is: 报告, 自评表, 决算, 情况说明, 公开 … */
const TITLE_END = /(报告|表|决算|预算|公开|说明|情况|结果|评价|自评|总结)[)）]?$/;
const INTRODUCED = /([\u4e00-\u9fa5()（）]{4,40}?)[（(]以下简称/;
/** The long name a line introduces for its short one ("XX(以下简称“YY”)"), an evaluator's lead before it left off. */
function introducedUnit(line: string): string | undefined {
  const m = line.replace(/\s+/g, '').match(INTRODUCED);
  // An evaluator's sentence leads into it: "(受委托,)我们对X(以下简称…)".
  const name = m ? cleanUnitName(m[1]!.replace(EVALUATOR_LEAD, '')) : undefined;
  return name && plausible(name) ? name : undefined;
}
const EVALUATOR_LEAD =
  /^(?:受[^对]{0,8}委托)?(?:我们|我所|本所|我公司|本公司|我单位|本单位)?对(?=[\u4e00-\u9fa5]{4})/;
const ANNOUNCED = new RegExp(
  `现将([\\u4e00-\\u9fa5()（）]{3,30}?)(?:${YEAR_WORD}).{0,24}?(?:公布|报告|公开)如下`,
);

const WRAPPED_YEAR = new RegExp(`^[（(]?${YEAR_WORD}`);
const WRAPPED_KIND = /^(部门|单位)?(整体支出|项目支出|项目|绩效|自评|决算|预算)/;

/** "镜湖区残联中央转移支付…": the unit a title names before the fund it reports on. */
const FUND_AFTER_UNIT =
  /^(.{3,20}?)(中央|省级|市级|县级|区级|本级)?(转移支付|专项资金|补助资金|专项经费|资金)/;

function unitBeforeFund(name: string): string | undefined {
  const unit = name.match(FUND_AFTER_UNIT)?.[1];
  return unit && plausible(unit) ? unit : undefined;
}

/** The unit a document's title or opening states. `lines` are its first paragraphs, normalised. */
export function unitFromTitle(lines: string[]): string | undefined {
  for (const [k, line] of lines.entries()) {
    const named = titleUnit(line);
    if (named) return named;
    // A title wrapped over two lines ("XX街道办事处(本级)" / "2024年度部门决算") is read whole: where
    // the first line is no title, and the second opens with the year or the kind and names no unit.
    const next = lines[k + 1]?.replace(/\s+/g, '');
    const wraps =
      next !== undefined &&
      !TITLE_END.test(line.replace(/\s+/g, '')) &&
      (WRAPPED_YEAR.test(next) || (next.length <= 20 && WRAPPED_KIND.test(next))) &&
      !titleUnit(next);
    const joined = wraps ? titleUnit(line + next) : undefined;
    if (joined) return joined;
  }
  for (const line of lines) {
    const name = introducedUnit(line);
    if (name) return name;
  }
  return undefined;
}

/** What a sentence says of the unit it opens with: what it is, has or does. */
const DEFINING = '现有|是|为|系|内设|设有|下设|共有|位于|成立|始建|主要|隶属|属于|承担|负责';
/** Characters that join the words of a sentence, not of a name. */
const SENTENCE_CHARS = /[对为是的在和与及将由向于从经按把被现]/;

/** "X(简称“Y”)", "X（以下简称Y）": a long name and the short one the text goes on with. */
const SHORT_FOR =
  /([\u4e00-\u9fa5()（）]{4,40}?)[（(](?:以下)?简称[“"「]?([\u4e00-\u9fa5]{2,20})[”"」]?[)）]/g;

/**
 * The unit a title names by its short name, written out where the text introduces that short name
 * ("2017年度九三学社某市委决算公开" / "九三学社某市委员会(简称九三学社某市委)是…"): the name in full.
 */
export function writtenOut(named: string | undefined, paragraphs: string[]): string | undefined {
  if (!named) return named;
  for (const line of paragraphs)
    for (const m of line.replace(/\s+/g, '').matchAll(SHORT_FOR)) {
      const long = cleanUnitName(m[1]!.replace(EVALUATOR_LEAD, ''));
      if (m[2] === named && long !== named && plausible(long)) return long;
    }
  // Or the overview writes it out at the head of a sentence that says what it is or has ("灵山卫生院…" /
  // "灵山满族乡中心卫生院现有在职职工31人"): the same kind of body, the short name's characters in order.
  const end = named.match(ORG_END)?.[0];
  if (!end) return named;
  const head = new RegExp(
    `(?:^|[,，。;；:：])([\\u4e00-\\u9fa5]{${named.length - end.length},${named.length + 8}}?${escapeRegExp(end)})(?=${DEFINING})`,
    'g',
  );
  for (const line of paragraphs)
    for (const m of line.replace(/\s+/g, '').matchAll(head)) {
      const long = cleanUnitName(m[1]!);
      // What the long name adds is words of a name, never a sentence's ("黑龙江专员办对省水利厅"), nor
      // only a place or a verb before the whole short name ("现将潼南区柏林镇").
      const added = [...long].filter((ch) => !named.includes(ch)).join('');
      const same = !SENTENCE_CHARS.test(added) && !long.endsWith(named);
      if (same && abbreviates(named, long) && plausible(long)) return long;
    }
  return named;
}

/**
 * The unit the titles name, in full where another title writes the short name out ("2022年度江油高新区
 * 管委会部门决算" as the page's headline, "2022年度江油市高新技术产业园区管理委员会部门决算" as the
 * document's own title).
 */
export function unitFromTitles(lines: string[]): string | undefined {
  const named = unitFromTitle(lines);
  if (!named) return named;
  for (const line of lines.slice(0, 16)) {
    const other = titleUnit(line);
    // Written out, not only placed ("XX县" before it) or led by other words.
    if (other && !other.endsWith(named) && abbreviates(named, other)) return other;
  }
  return named;
}

/** The unit one title line names ("XX2022年度部门整体支出绩效自评报告", "2022年度XX部门决算"). */
function titleUnit(line: string): string | undefined {
  // A document site titles the page with the file's name: "XX2023年部门预算.pdf".
  // A note in brackets after the title ("…自评报告（残疾人事业发展补助资金）") is not its end.
  // So is the firm that wrote it, in a running header ("…自评价报告 江苏某某会计师事务所有限公司").
  const t = titleText(line)
    .replace(/(?<=[报告表])[(（][^()（）]{2,30}[)）]$/, '')
    .replace(
      /(?<=报告)\s*[\u4e00-\u9fa5()（）]{2,30}(?:会计师事务所|事务所|咨询|评估)[\u4e00-\u9fa5()（）]{0,12}$/,
      '',
    );
  // A breadcrumb (首页 > 政务公开 > XX区预决算公开) names the site's sections, not the unit.
  if (t.length > 80 || !TITLE_END.test(t) || /[>＞»]/.test(t)) return undefined;
  for (const re of [TITLE_BEFORE_YEAR, TITLE_AFTER_YEAR]) {
    const m = t.match(re);
    if (!m) continue;
    const name = cleanUnitName(m[1]!.replace(/(关于|的)$/, ''));
    // "2018年度寻甸县教育部门“三公”经费…": 部门 ends the name where the name needs it.
    const named = [name, name + (m[2] ?? ''), unitBeforeFund(name)].find((n) => n && plausible(n));
    if (named) return named;
    // "岳阳县2015年度档案馆“三公”经费决算情况表": the place before the year, the body after it.
    const body = isPlaceName(name) ? t.slice(m[0].length).match(BODY_AFTER_YEAR)?.[1] : undefined;
    if (body && !/^(部门|单位|本级|机关|全[县市区旗])/.test(body) && plausible(name + body))
      return name + body;
  }
  // A fund's report with no year: "XX县XX指挥部乡村振兴项目资金绩效评价报告", the placed unit before
  // the fund it spent (not a project's name, which may itself end like a unit: "…垃圾转运站提升改造项目").
  // The longest such name, and not one ending in a town's word ("…指挥部乡村振兴…" is no 乡).
  const fund = t.match(YEARLESS_FUND_REPORT)?.[1];
  for (let end = Math.min(20, (fund?.length ?? 0) - 2); fund && end >= 4; end--) {
    const name = cleanUnitName(fund.slice(0, end));
    const placed = countyOfName(name, '').county !== undefined;
    if (plausible(name) && !/[乡镇村区县]$/.test(name) && !isPlaceName(name) && placed) return name;
  }
  return undefined;
}
/** The body a title names after its year, before what the document is. */
const BODY_AFTER_YEAR =
  /^([\u4e00-\u9fa5()（）]{2,20}?)(?:部门|单位)?(?:整体支出|项目支出|部门整体|决算|预算|绩效|自评|["“”]?三公["“”]?经费)/;
const YEARLESS_OWN_REPORT =
  /^([^\d]{2,30}?)(?:部门|单位)?(?:整体支出|部门整体支出)(?:绩效)?(?:自评|评价)(?:报告|表)$/;
/** A fund's report titled with no year: "XX县XX指挥部XX项目资金绩效评价报告", the unit and its fund. */
export const YEARLESS_FUND_REPORT = /^([^\d]{6,40}?(?:资金|经费))(?:绩效)?(?:自评|评价)报告$/;

/**
 * A unit's own report titled with no year ("石箐乡部门整体支出绩效自评报告" over "(2023年度)"): a name
 * often shortened, so the last resort before the page's supplier, where the text names no unit.
 */
export function unitFromYearlessTitle(lines: string[]): string | undefined {
  for (const line of lines) {
    const t = titleText(line);
    const own = t.length <= 60 ? t.match(YEARLESS_OWN_REPORT)?.[1] : undefined;
    const name = own ? cleanUnitName(own) : undefined;
    if (name && plausible(name)) return name;
  }
  return undefined;
}

/** "XX管理委员会为市政府派出机构", "XX街道办事处是区人民政府的派出机关": the sentence that says what the unit is. */
// Perhaps run on from its heading ("二、部门决算单位机构设置 XX局为县政府工作部门").
const DEFINED =
  /^(?:(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[\u4e00-\u9fa5]{0,12}?(?:机构设置|基本情况|概况|单位构成))?([\u4e00-\u9fa5()（）]{4,40}?)(?:是|为|系)[^，,。；;]{0,30}?(?:工作部门|组成部门|派出机构|派出机关|直属机构|事业单位|行政机关|机构|部门|单位)/;

const GENERIC_UNIT = /^(主管|实施|预算|项目|责任|业务|使用|归口)?(部门|单位)$/;

/** The unit an overview's first sentences define ("(一)职能职责" / "XX为市政府派出机构"). */
export function unitDefined(paragraphs: string[]): string | undefined {
  for (const line of paragraphs.slice(0, 12)) {
    const m = line.replace(/\s+/g, '').match(DEFINED);
    const name = m ? cleanUnitName(m[1]!) : undefined;
    // "主管部门为X": a field's label, no unit's name.
    if (name && plausible(name) && !/^(本|我|该|其)/.test(name) && !GENERIC_UNIT.test(name)) return name;
    // Or its long name, introduced for the short one the text goes on with: "我们对X(以下简称“Y”)…".
    const long = introducedUnit(line);
    if (long && !/^(本|我|该|其)/.test(long)) return long;
  }
  return undefined;
}

/**
 * The one unit a 决算's 部门决算单位构成 says its accounts are made of: "纳入本部门2020年部门决算编制范围的
 * 单位共1个,即眉县工业商务局本级", "…由城固县科学技术协会本级决算组成".
 */
const COMPOSED_OF =
  /(?:编制范围的单位共(?:1|一)个[,，:：]?(?:即|为|是)?|决算由)([\u4e00-\u9fa5()（）]{3,30}?)[(（]?本级[)）]?(?:决算)?(?:[(（][^()（）]{2,8}[)）])?(?:组成)?(?=[,，;；。]|$)/;

export function unitComposed(paragraphs: string[]): string | undefined {
  for (const line of paragraphs) {
    const m = line.replace(/\s+/g, '').match(COMPOSED_OF);
    const name = m ? cleanUnitName(m[1]!) : undefined;
    if (name && plausible(name) && !/^(本|我|该|其)/.test(name)) return name;
  }
  return undefined;
}

/**
 * The unit a project report's prose says carries the project out: "项目由X组织实施", "项目实施单位为X",
 * "项目单位:X;" — the report is often a firm's or the finance bureau's, about X's project.
 */
const IMPLEMENTED_BY =
  /项目由([\u4e00-\u9fa5()（）]{4,30}?)(?:负责|牵头)?(?:组织)?实施|(?:项目)?(?:组织)?(?:实施单位|项目单位)(?:为|是|[:：])([\u4e00-\u9fa5()（）]{4,30}?)(?=[,，;；。、]|[(（]以下简称|$)/;

/**
 * Or the unit whose funds the report evaluates, named with its place before them: "对方城县动物疫病预防
 * 控制中心动物防疫专项经费进行了绩效评价".
 */
const EVALUATED_UNIT_FUND =
  /对(?:\d{4}年度?)?([\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|旗)[\u4e00-\u9fa5]{2,20}?(?:中心|局|站|所|院|委员会|办公室|学校|中学|小学|医院|卫生院|政府|办事处|管委会))[\u4e00-\u9fa5]{2,20}?(?:资金|经费)(?:的(?:支出|使用|管理)(?:和使用)?情况)?(?:开展|进行)(?:了)?(?:绩效)?(?:自评|评价)/;

export function unitImplementing(paragraphs: string[]): string | undefined {
  for (const line of paragraphs) {
    const m = line.replace(/\s+/g, '').match(IMPLEMENTED_BY);
    // "县水利局及各乡镇水管站": the unit that leads the others.
    const found = m
      ? (m[1] ?? m[2])!.replace(/(?<=.{3,}(?:局|委|办|中心|院|政府))(?:及|和|与|、)(?:各|所属).*$/, '')
      : undefined;
    const name = found ? cleanUnitName(found) : undefined;
    if (name && plausible(name) && !GENERIC_UNIT.test(name) && !SEVERAL_UNITS.test(name)) return name;
  }
  return undefined;
}

export function unitOfEvaluatedFund(paragraphs: string[]): string | undefined {
  for (const line of paragraphs) {
    const m = line.replace(/\s+/g, '').match(EVALUATED_UNIT_FUND);
    const name = m ? cleanUnitName(m[1]!) : undefined;
    if (name && plausible(name)) return name;
  }
  return undefined;
}

/** A date a report is signed with: "2021年5月20日", "二〇二一年五月二十日", an essay template's "20xx年x月x日". */
const SIGNED_DATE =
  /^([12]\d{3}|20[xX×]{2}|[xX×]{4}|[〇零○一二]{1}[〇零○一二三四五六七八九十]{3})年([\d一二三四五六七八九十]{1,3}|[xX×]{1,2})月(([\d一二三四五六七八九十]{1,3}|[xX×]{1,2})日)?$/;

/** The unit a report is signed by at its end: its name, then the date ("XX镇人民政府" / "2021年5月20日"). */
export function unitSigned(paragraphs: string[]): string | undefined {
  const tail = paragraphs.slice(-6).map((p) => p.replace(/\s+/g, ''));
  for (let k = tail.length - 2; k >= 0; k--) {
    if (!SIGNED_DATE.test(tail[k + 1]!) || tail[k]!.length > 30) continue;
    const name = cleanUnitName(tail[k]!);
    if (plausible(name) && !isPlaceName(name)) return name;
  }
  // Or signed right after the last sentence, on its line: "…发放时效。某某区农业农村委员会 2021年3月".
  const glued = tail.at(-1)?.match(SIGNED_AFTER_SENTENCE)?.[1];
  const name = glued ? cleanUnitName(glued) : undefined;
  return name && plausible(name) && !isPlaceName(name) ? name : undefined;
}
const SIGNED_AFTER_SENTENCE = /。([\u4e00-\u9fa5()（）]{4,30}?)(?=\d{4}年\d{1,2}月(?:\d{1,2}日)?$)/;

/**
 * The accounts template's note under a table left empty names the unit that reports: "说明：栗家庄乡人民政府
 * 没有使用政府性基金预算安排支出，故本表无数据。"
 */
const EMPTY_TABLE_NOTE =
  /^(?:注|说明|备注)?[:：]?(?:[0-9一二三四五六七八九十]+[.、．])?([\u4e00-\u9fa5()（）]{3,30}?)(?:\d{4}年度?)?(?:没有|无|未)[^。]{0,40}?本表(?:无数据|为空表?|无内容)/;

export function unitInEmptyTableNote(paragraphs: string[]): string | undefined {
  for (const line of paragraphs) {
    const m = line.replace(/\s+/g, '').match(EMPTY_TABLE_NOTE);
    const name = m ? cleanUnitName(m[1]!) : undefined;
    if (name && plausible(name) && !/^(本|我)/.test(name)) return name;
  }
  return undefined;
}

/**
 * Where nothing else names the unit, the text's opening does: "现将XX2021年度…公布如下", or the name a
 * page's first sentence opens with before its year ("许镇镇2020年“三公”经费决算数…").
 */
export function unitFromOpening(paragraphs: string[]): string | undefined {
  for (const [k, line] of paragraphs.slice(0, 12).entries()) {
    const t = line.replace(/\s+/g, '');
    const m = t.match(ANNOUNCED) ?? t.slice(0, 40).match(TITLE_BEFORE_YEAR);
    const name = m ? cleanUnitName(m[1]!.replace(/(关于|的)$/, '')) : undefined;
    // Further down, only a name that opens with its county ("泾县中学2021年…") is taken for the unit.
    const placed = k < 3 || m?.[0].startsWith('现将') || (name && countyOfName(name, '').county);
    if (name && plausible(name) && placed) return name;
  }
  return undefined;
}

/**
 * The 决算's composition sentence where it names one unit: "纳入2022年度部门决算编制范围的单位只有XX学院本部".
 * Where a copy's title and headings lost the name (a mirror put its own brand there), this one sentence
 * still has it.
 */
const SOLE_UNIT_IN_SCOPE =
  /纳入[^，,。；;]{0,16}?决算编制范围的(?:预算)?单位(?:只有|仅有|仅为|为|是)(?<name>[\u4e00-\u9fa5]{4,40}?)(?:本部|本级)?(?:[(（][^()（）]{1,20}[)）])?(?:[，,。；;]|$)/;

/** The one unit a 决算 says it covers, where nothing else named the unit. */
export function unitFromScope(paragraphs: string[]): string | undefined {
  for (const line of paragraphs.slice(0, 200)) {
    if (!line.includes('纳入')) continue;
    const m = line.replace(/\s+/g, '').match(SOLE_UNIT_IN_SCOPE);
    const name = m?.groups ? cleanUnitName(m.groups.name!) : undefined;
    if (name && plausible(name) && !SEVERAL_UNITS.test(name) && !/^本(单位|部门)/.test(name)) return name;
  }
  return undefined;
}

/**
 * An evaluation of a fund that a finance bureau commissioned, whose text says which unit is in charge
 * of the fund ("本专项资金的主管单位为常宁市教育局"): that unit reports, not the bureau that published it.
 */
const SUPERVISOR_STATED =
  /(?:项目|专项资金|资金|专项)的?主管(?:单位|部门)(?:为|是)(?<name>[\u4e00-\u9fa5]{4,30}?)(?:[,，。;；、]|$)/;

/** The unit a fund's evaluation says is in charge of the fund. */
export function unitFromSupervisor(paragraphs: string[]): string | undefined {
  for (const line of paragraphs.slice(0, 40)) {
    if (!line.includes('主管')) continue;
    const name = line.replace(/\s+/g, '').match(SUPERVISOR_STATED)?.groups?.name;
    if (name && plausible(name) && !SEVERAL_UNITS.test(name)) return cleanUnitName(name);
  }
  return undefined;
}

/** Several units, or all of a kind ("各苏木镇中心学校", "相关乡镇", "县医院、县中医院等"): no one unit. */
const SEVERAL_UNITS = /^(各|全县|全区|全市|全旗|相关|有关|所属)|、|等$|等(单位|部门)$/;
/**
 * A business that carries out a project ("XX牧业专业合作社", "XX建设有限公司") spends the funds but is no
 * budget unit: the form is reported by the unit its other fields name.
 */
const BUSINESS = /(公司|(?<!供销)合作社|企业|厂)$/;

/** The unit a form's labelled fields name. */
export function unitFromFields(
  fields: FormField[],
  placed: (name: string) => boolean,
  order: FormField['field'][],
): string | undefined {
  for (const want of order) {
    const names = fields
      .filter((f) => f.field === want)
      .map((f) => cleanUnitName(f.value))
      .filter((n) => plausible(n) && !SEVERAL_UNITS.test(n) && !BUSINESS.test(n));
    // A form names its unit in full ("怀宁县石牌镇人民政府") where its cover line is short ("石牌镇政府").
    const full = names.map((n) => names.find((m) => m !== n && abbreviates(n, m)) ?? n);
    const best = full.find(placed) ?? full[0];
    if (best) return bodyOfSection(best, fields) ?? bodyOfDetachment(best, fields, placed) ?? best;
  }
  return undefined;
}

/**
 * A section of a body (股, 科, 室) named by another field as the body itself ("项目单位:X局基层卫生健康科",
 * "部门名称:X局"): the body is the budget unit, its section none.
 */
function bodyOfSection(name: string, fields: FormField[]): string | undefined {
  for (const f of fields) {
    const body = cleanUnitName(f.value);
    if (
      body.length >= 4 &&
      body !== name &&
      name.startsWith(body) &&
      /^[\u4e00-\u9fa5]{2,12}[股科室]$/.test(name.slice(body.length))
    )
      return body;
  }
  return undefined;
}

/**
 * An internal detachment or section named with no place ("实施单位 交通警察支队") on the form of the
 * placed body that supervises it ("主管部门 宣城市公安局"): the body is the budget unit.
 */
function bodyOfDetachment(
  name: string,
  fields: FormField[],
  placed: (name: string) => boolean,
): string | undefined {
  const opensWithPlace = (n: string) => placed(n) || unitMentions(n).some((m) => m.index === 0);
  if (opensWithPlace(name) || !/^[\u4e00-\u9fa5]{2,12}(支队|大队|中队|科|股|室)$/.test(name))
    return undefined;
  return fields
    .filter((f) => f.field === 'department')
    .map((f) => cleanUnitName(f.value))
    .find((body) => plausible(body) && opensWithPlace(body));
}

/** A site's metadata naming who supplied or published the page: "来源：XX中心", "发布机构：XX局". */
// The time before it may be glued on ("11:24来源:").
// A name may come letter-spaced ("发布机构: 水 务 局 文号:"), or run into the next field once spaces
// are gone ("来源:XX镇人民政府发布时间:2022-05-19", "信息来源:XX局文字大小:[ ]", "来源:XX街道办事处责任编辑:…").
const META_NAME = String.raw`([^|\s:：]{3,40}?(?=(?:发布|更新|成文)?(?:时间|日期)|作者|(?:责任)?编辑|浏览|点击|阅读|字号|文字大小|字体|[|\s:：]|$)|(?:[\u4e00-\u9fa5] ){2,19}[\u4e00-\u9fa5](?=\s|$))`;
const SUPPLIER = new RegExp(String.raw`(?:^|[\s\d|])(?:信息来源|来源)\s*[:：]\s*\|?\s*${META_NAME}`);
// Or in a metadata table's row: "发布机构 | 腾冲市林业和草原局 |".
const PUBLISHER = new RegExp(String.raw`(?:发文单位|发布机构|发布单位)\s*(?:[:：]\s*\|?|\|)\s*${META_NAME}`);

/** A line of a page's metadata that names its supplier or publisher, not the unit it reports on. */
export function namesPublisher(line: string): boolean {
  return SUPPLIER.test(line) || PUBLISHER.test(line);
}

/**
 * The unit a page's metadata names: the last resort, where neither a form nor the title names one.
 * The supplier (来源) before the publisher (发布机构), which is often the government or parent bureau
 * that posts for its units; neither ever overrides what the text states.
 */
export function unitFromPublisher(lines: string[]): string | undefined {
  for (const re of [SUPPLIER, PUBLISHER])
    for (const line of lines) {
      const m = line.match(re);
      const name = m ? cleanUnitName(m[1]!) : undefined;
      if (name && plausible(name)) return name;
    }
  return undefined;
}

/** A breadcrumb's separators: "首页 > 乡镇信息公开 > 寺下镇 > 财政预决算". */
const CRUMB_SEPARATOR = /\s*[>＞»›]\s*/;
/** A crumb that names a site's section, not a body ("信息公开目录", "财政预决算", "部门预算"). */
const SECTION_CRUMB = /公开|信息|目录|专栏|首页|预决算|预算|决算|资金|文件|动态|公告|通知|政策|[(（]/;

/**
 * The body a portal files the page under, where nothing else names a unit: the last crumb of its
 * breadcrumb that is an organisation's name ("…> 寺下镇 > 财经信息 > 财政预决算").
 */
export function unitFromBreadcrumb(lines: string[]): string | undefined {
  for (const line of lines) {
    const crumbs = line.split(CRUMB_SEPARATOR);
    if (crumbs.length < 3) continue;
    const names = crumbs
      .map((c) => cleanUnitName(c.replace(/^.*[:：]/, '')))
      .filter((c) => plausible(c) && !SECTION_CRUMB.test(c));
    if (names.length) return names.at(-1);
  }
  return undefined;
}

/**
 * A party organ's full name where the title gives it short: "宣州区直属机关工作委员会" is written in full
 * in the text as "中共宣城市宣州区直属机关工作委员会".
 */
export function partyName(name: string | undefined, full: string): string | undefined {
  if (!name || /^(中共|中国共产党)/.test(name)) return name;
  const escaped = escapeRegExp(name);
  // "南县组织部" is written in full "中共南县县委组织部": the committee's level after the place.
  const committee = escaped.replace(
    /^(.+[县区市州旗])(?=[\u4e00-\u9fa5]{2,}(部|委员会|办公室)$)/,
    '$1(?:[县区市州旗]?委)?',
  );
  return full.match(new RegExp(`(?:中共|中国共产党)[\\u4e00-\\u9fa5]{0,8}?${committee}`))?.[0] ?? name;
}

/**
 * A body's short form the text declares ("重庆市北碚区文化和旅游发展委员会(以下简称区文化旅游委)"): where a
 * table names a unit by it, the text before the declaration that holds its full name, else the name.
 */
const SHORT_FORM = /([^,，。;；:：()（）]{4,60})[(（](?:以下)?简称[“"]?([\u4e00-\u9fa5]{2,16})[”"]?[)）]/g;

export function declaredInFull(short: string, text: string): string {
  const bare = short.replace(/\s+/g, '');
  if (text.includes('简称'))
    for (const m of text.matchAll(SHORT_FORM))
      if (m[2] === bare) return m[1]!.replace(CLAUSE_BEFORE_BODY, '');
  // "区卫生健康委" in a table under a lead naming "重庆市南岸区卫生健康委员会": the one body the text names
  // in full that the short form abbreviates, its level's word (区, 县 …) standing for its place.
  if (!/^(区|县|市|旗)/.test(bare)) return short;
  const full = new Set(
    [...text.matchAll(PLACED_BODY)].map((m) => m[0]).filter((name) => abbreviates(bare, name)),
  );
  return full.size === 1 ? [...full][0]!.replace(CLAUSE_BEFORE_BODY, '') : short;
}

/** The words of the clause before a body's name ("今年我局选取", "委托第三方机构对"). */
const CLAUSE_BEFORE_BODY = /^.*(?:选取|委托|对|由|将)/;

/** A body named with its place: "重庆市南岸区卫生健康委员会". */
const PLACED_BODY =
  /(?:[\u4e00-\u9fa5]{2,3}(?:省|市))?[\u4e00-\u9fa5]{1,6}(?:区|县|市|旗)[\u4e00-\u9fa5]{2,16}?(?:委员会|局|委|办公室|中心)/g;
