// Whether a document is a report on one project or fund, and which: its title says so. The shapes
// such titles take are listed here as data; the name they give is the project's.

import { escapeRegExp, titleText } from './normalize';
import { unitFromTitle, YEARLESS_FUND_REPORT } from './unit-stated';

/** Is the document a report on a project? Its title, among the first lines, says so. */
export function isProjectReport(titles: string[]): boolean {
  const lines = [...titles.slice(0, 8), ...fileNames(titles.slice(8))].filter((t) => t.length <= 60);
  // A title may be set over two lines ("XX项目资金" / "绩效评价报告"), or be cut off ("支出绩效自评
  // 报告") above an outline that opens on the project (一、项目概况).
  return (
    lines.some((t, i) => PROJECT_REPORT.test(t) || PROJECT_REPORT.test(t + (lines[i + 1] ?? ''))) ||
    lines.some((t) => PROJECT_OUTLINE.test(t.replace(/\s+/g, ''))) ||
    projectOfTitle(titles) !== undefined
  );
}
/**
 * The file's name a document site shows under its own menus and notices ("X项目绩效评价报告.docx"): the
 * title, however far down the site's chrome puts it.
 */
function fileNames(titles: string[]): string[] {
  return titles.filter((t) => /\.(?:docx?|pdf|xlsx?|wps)$/i.test(t.trim()));
}
const PROJECT_OUTLINE = /^[一1][、.．]项目(基本)?(概况|情况)$/;
// A fund's evaluation too ("XX整治资金绩效评价报告").
const PROJECT_REPORT =
  /(项目|专项(经费|资金)|转移支付资金).{0,6}(自评|评价|绩效)|(资金|经费)(支出)?(绩效)?评价报告/;

/** A project's name: words, with short notes in brackets inside ("一村(社区)一法律顾问经费"). */
const NAME = String.raw`(?<name>(?:[^\s>()（）]|[(（][^()（）]{1,8}[)）]){4,40}?)`;
// "…项目绩效评价自查报告", "…项目自评结果", "…资金支出绩效评价报告" end such titles too.
// "…资金绩效评价工作自评报告": the evaluation's work reported on.
// "…资金重点绩效评价报告": a key evaluation of it.
const REPORT = String.raw`(?:项目支出|项目|支出)?(?:重点)?(?:绩效)?(?:评价)?(?:工作)?(?:自评|评价|自查)(?:报告|表|结果)`;

/** The shapes of a one-project title, tried in order on the title without spaces. */
const PROJECT_TITLES: RegExp[] = [
  // "青川县司法局关于2021年度政法纪检监察转移支付资金绩效的自评报告"
  // "关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告"
  // "关于2016—2018年度澧县农村饮水安全专项资金的绩效评价报告": a period of years, 的 before 绩效.
  new RegExp(
    String.raw`关于(?:上报|报送)?\d{4}(?:[-—–~至]+\d{4})?年度?${NAME}(?:项目)?(?:支出)?的?绩效的?(?:自评|评价)的?报告$`,
  ),
  // "XX局2022年度森林防灭火专项经费项目支出绩效自评报告", "县司法局2020年度一村(社区)一法律顾问经费绩效自评报告"
  // "XX县2023年度中央财政林业改革发展资金转移支付绩效自评报告": the fund, then what kind of money it is.
  new RegExp(String.raw`^[^>]{2,30}?\d{4}年度?${NAME}(?:(?<=资金|经费)转移支付)?${REPORT}$`),
  // "2022年度中央林业改革发展资金（森林防火项目）区域绩效自评报告": a fund's report, the year first.
  // "2019年度城区供水管网改造一期工程项目支出绩效评价报告", "2022年某某县农村供水保障工程绩效自评报告".
  // The project's name without the 项目 the title adds to it.
  // "2023年度车购税收入补助地方预算资金转移支付绩效自评报告": the fund, then what kind of money it is.
  /^\d{4}年度?(?<name>[^\s>]{4,40}?(?:项目[)）]|资金[)）]?|经费[)）]?|工程|(?=项目)))(?:项目)?(?:转移支付)?(?:支出)?(?:区域|整体)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)?$/,
  // "X医院门诊综合楼新建项目专项债券项目绩效评价报告": the project, then the bonds that fund it.
  /^(?<name>[^\s>\d]{4,50}?项目)(?:地方)?(?:政府)?(?:专项)?债券(?:资金)?项目(?:支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告": the project's name alone.
  // "某某产业发展专项资金项目绩效自评表.docx" likewise, without the 项目 the title adds.
  /^(?<name>[^\s>\d]{4,50}?)项目(?:支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "(直达资金)津南区区级医疗机构发热门诊改扩建项目2021年度绩效自评报告": a note on the funds, the project
  // (with its place, as the title writes it), then the year.
  /^(?:[(（][^()（）]{2,8}[)）])?(?<name>[^\s>\d]{4,50}?)项目\d{4}年度?(?:项目支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "龙湾区滨江片区污水管网提标改造工程2022年度专项债券资金绩效自评报告": a works, the year, the funds.
  /^(?<name>[^\s>\d]{4,50}?工程)\d{4}年度?(?:专项债券|直达|专项)?(?:资金)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "城乡义务教育补助经费转移支付2023年度绩效自评报告": a transfer payment's fund, then the year.
  /^(?<fund>[^\s>\d]{4,50}?(?:资金|经费))(?:转移支付)\d{4}年度?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "繁昌区耕地地力保护补贴转移支付2023年度绩效自评报告": a transfer payment named as such, then the year.
  /^(?<fund>[^\s>\d]{4,50}?转移支付)\d{4}年度?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "个旧市人民医院医疗服务与保障能力提升补助资金2022年度绩效自评报告": a fund, then the year.
  /^(?<fund>[^\s>\d]{4,50}?(?:资金|经费))\d{4}年度?(?:项目支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // "山海协作经费专项资金绩效评价报告": a fund's report with no year (a unit before the fund is taken off
  // once the unit is known: ProjectBook.withoutUnit).
  /^(?<fund>[^\s>\d]{4,40}?(?:资金|经费))(?:项目)?(?:支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/,
  // A fund's own heading under a general title, after its score ("93 分 林业改革发展资金绩效自评").
  /(?:[)）\d]分|^|[^\u4e00-\u9fa5])(?<name>[\u4e00-\u9fa5]{4,30}?(?:资金|经费))(?:绩效)?自评$/,
  // "镜湖区残联中央转移支付2023年度绩效自评报告（残疾人事业发展补助资金）", "海口市财政支出项目绩效自评报告（X项目）"
  new RegExp(String.raw`(?:\d{4}年度?)?${REPORT}[(（](?<name>[^()（）]{4,40})[)）]$`),
];

/** The second line of a title broken before what the document is ("绩效自评报告", "项目支出绩效评价报告"). */
const SECOND_TITLE_LINE = /^(?:项目)?(?:支出)?(?:绩效)?(?:评价)?(?:自评|评价|自查)(?:报告|表|结果)$/;

/** Names a title pattern may catch that are no project: the department's whole spending, its budget. */
const NOT_A_PROJECT =
  /部门|整体|单位|决算|预算$|支出$|年度|万元|元$|绩效|的$|执行情况$|财政$|本级$|^项目(资金|支出)|重点$|精选|\d+篇$|通用|范文/;
/** What kind of money a fund is, before its name ("转移支付财政衔接推进乡村振兴补助资金"): no part of the name. */
const TRANSFER_BEFORE_FUND = /^(?:中央)?转移支付(?=[\u4e00-\u9fa5]{4,}(?:资金|经费)$)/;
/** A document's number in brackets after a title ("(财驻黑监[2017]107号)"). */
const DOCUMENT_NUMBER_AFTER = /\s*[(（][\u4e00-\u9fa5]{1,10}[〔[【]\d{4}[〕\]】]\d{1,5}号[)）]$/;

/** A unit's name before a fund's ("某某县卫生健康局…"). */
const UNIT_BEFORE = /^[\u4e00-\u9fa5]{2,20}?(?:局|委员会|委|院|中心|办公室|政府)(?=[\u4e00-\u9fa5]{2})/;

/** Funds named only by where they come from and what they are ("财政专项资金", "专项债券资金"): none. */
const GENERIC_FUND_WORDS =
  /财政|专项|一般公共|预算|资金|经费|支出|拨款|补助|项目|转移支付|中央|省级|市级|县级|债券|直达|政府/g;

/** A name a title gives that is a project's: not the department's spending, not funds in general. */
function isProjectName(name: string): boolean {
  return (
    !NOT_A_PROJECT.test(name) &&
    // (After the unit a title may set first: "某某县卫生健康局中央转移支付" names no project either.)
    name.replace(UNIT_BEFORE, '').replace(GENERIC_FUND_WORDS, '').length >= 2 &&
    // Nor a count in brackets after a bundle's title ("…评价报告和绩效自评表(共12个).pdf").
    !/^共?\d+[个项篇份]$/.test(name)
  );
}

/**
 * The project a project report is about: named by its title, or in brackets under a title that
 * names none ("XX法院2021年度项目支出绩效自评报告" / "（诉讼服务中心运行经费）").
 */
export function projectOfTitle(titles: string[]): string | undefined {
  const at = titles.slice(0, 12).findIndex((t) => /项目(支出)?绩效(自评|评价)(报告|表)$/.test(t));
  const name = at >= 0 ? titles[at + 1]?.match(/^[(（]([^()（）]{2,30})[)）]$/)?.[1] : undefined;
  if (name && isProjectName(name)) return name;
  const funded = fundAfterUnit(titles.slice(0, 12));
  if (funded) return funded;
  // A document site's list of a file's pages ("….doc_第1页") names it as uploaded: after its own title.
  const first = [...titles.slice(0, 12), ...fileNames(titles.slice(12))];
  const pages = (t: string) => /_第\d+页$/.test(t);
  // A title set over two lines ("**榆县2023年度中央水利发展资金" / "绩效自评报告") is read whole too.
  const joined = first.flatMap((t, k) =>
    SECOND_TITLE_LINE.test(first[k + 1] ?? '') && !PROJECT_REPORT.test(t) ? [t + first[k + 1]!] : [],
  );
  for (const t of [...first.filter((t) => !pages(t)), ...joined, ...first.filter(pages)]) {
    // A document site's title is the file's name.
    // Its document number after it ("…绩效评价报告(财驻黑监[2017]107号)") is no part of it.
    const line = titleText(t).replace(DOCUMENT_NUMBER_AFTER, '');
    for (const shape of PROJECT_TITLES) {
      const groups = line.match(shape)?.groups;
      const named = groups?.name ?? groups?.fund;
      if (named && isProjectName(named)) return named.replace(TRANSFER_BEFORE_FUND, '');
    }
  }
  return undefined;
}

const ESSAY_COLLECTION = /[(（【](?:精选|通用|优选)\d+篇[)）】]|(?:精选|通用)\d+篇|报告精选\d*$/;

/**
 * An essay site's collection ("学校工程项目绩效自评报告(精选5篇)") is titled by its topic: the project it
 * names is an essay's only where the essay names it in full (namedInFull).
 */
export function isEssayCollection(titles: string[]): boolean {
  return titles.slice(0, 12).some((t) => ESSAY_COLLECTION.test(t.replace(/\s+/g, '')));
}

/**
 * "某某县交通运输局农村公路建设项目资金" / "绩效评价报告": a fund's report titled with no year over two
 * lines, the unit first, its fund after it.
 */
function fundAfterUnit(titles: string[]): string | undefined {
  for (const [k, line] of titles.entries()) {
    const fund = titleText(line + (titles[k + 1] ?? '')).match(YEARLESS_FUND_REPORT)?.[1];
    const unit = fund ? unitFromTitle([line, titles[k + 1] ?? '']) : undefined;
    if (fund && unit && fund.startsWith(unit) && fund.length - unit.length >= 4)
      return fund.slice(unit.length);
  }
  return undefined;
}

/**
 * A title that names its project short ("道路建设项目绩效自评报告" on an essay site), over a text that
 * says in full what the unit carried out ("我局承担威县2021年度…农村道路建设项目的实施任务"): the full name.
 */
export function namedInFull(titled: string | undefined, text: string): string | undefined {
  if (!titled || titled.length > 12) return titled;
  const m = text.match(
    new RegExp(
      // Not across a 的 or 是: "…开展情况绩效评价对象是X局承担的Y" names Y, not what runs on to it.
      `(?:承担|负责|实施|开展)(?:了)?([^,，。;；、:：“”"的是]{2,40}?${escapeRegExp(titled)}(?:项目|工程)?)(?=的|[,，。;；]|$)`,
    ),
  );
  return m ? m[1]!.replace(/^(?:实施|建设)/, '') : titled;
}
