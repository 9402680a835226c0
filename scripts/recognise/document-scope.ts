// What a document says as a whole, beside its figures: which unit it is about (as it states it, placed
// by the gazetteer), whether it is a budget disclosure, whether it is one project's form (whose
// figures are then also its unit's), and records of other years it states figures for.

import { blockText, type Block } from '../model/document';
import type { UnitInfo } from '../model/record';
import { buildRecord } from './build';
import type { FormsRead } from './forms';
import { BUDGET_DISCLOSURE_TITLE, NOT_BUDGET_DISCLOSURE_TITLE } from './forms-data';
import { SITE_BOILERPLATE } from '../model/document';
import { abbreviates, escapeRegExp, normalizeText } from './normalize';
import type { ProjectKey } from './projects';
import { emptyReading, type Reading, type Recognised } from './reading';
import { countyOfName, isDivision, ownPlace, recogniseUnit, unitMentions } from './unit';
import { isProjectReport } from './project-title';
import { openingYear } from './year';

/**
 * Figures a document states for another year than its own, in columns or sentences that name the
 * year ("2022年预算 | 2023年预算"; a budget disclosure with last year's actual spending): a record of
 * that year each, when it holds two or more of them.
 */
export function otherYears(r: Reading, unit: UnitInfo, year: number | undefined): Recognised[] {
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
export function statedUnit(short: string | undefined, found: UnitInfo, full: string): UnitInfo {
  if (!short) return found;
  // A town a title names short ("瓦马乡") is its government, written in full in the text.
  const official = /(镇|乡|街道)$/.test(short)
    ? // "东桥街道" is 东桥街's 街道办事处: "东桥街街道办事处".
      [`${short}人民政府`, `${short}办事处`, short.replace(/街道$/, '街街道办事处')].find((n) =>
        full.includes(n),
      )
    : undefined;
  const stated = official ?? townInFull(short, full) ?? zoneInFull(short, full) ?? short;
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
  const own = countyOfName(stated, full);
  if (own.county) return { ...own, name: stated, dept_type: stated };
  // A town written after its county somewhere in the text ("潼南区柏林镇", "楚雄州大姚县石箐乡2023年度…"),
  // in full or as the title names it short: that county places it.
  // The town itself too, where the name is its government's ("归义镇人民政府" after "岑溪市归义镇"), or the
  // street its office's ("柳岸街道办事处" after "东湖区柳岸街道").
  const town = stated.match(/^(.{1,6}?(?:镇|乡|街道))(?:人民政府|政府|办事处)$/)?.[1];
  for (const written of new Set([stated, short, ...(town ? [town] : [])]))
    for (let at = full.indexOf(written); at >= 0; at = full.indexOf(written, at + 1)) {
      for (let len = Math.min(8, at); len >= 2; len--) {
        const county = countyOfName(full.slice(at - len, at), full);
        if (county.county === full.slice(at - len, at))
          return { ...county, name: county.county + stated, dept_type: stated };
      }
    }
  // On a county's portal, whose government the page names ("汾阳市人民政府", "芜湖市繁昌区人民政府"):
  const portal =
    found.county && found.name?.endsWith(`${found.county}人民政府`) && full.includes(found.name)
      ? found.county
      : undefined;
  // a town's government, or a town the page names alone ("孙村镇2023年“三公”经费决算"), is in that county;
  if (portal && /(镇|乡|街道)(人民政府|办事处)?$/.test(stated))
    return { ...found, name: portal + stated, dept_type: stated };
  // so is a department written with its level alone ("县住房和城乡建设局").
  const department = portal ? countyDepartment(stated, portal) : undefined;
  if (department) return { ...found, name: department, dept_type: stated.slice(1) };
  // A department named bare, by its kind alone ("扶贫办", "农业农村局" on a source line), on a page whose
  // opening names one county and no other ("2021年汝南县到户产业发展奖补项目绩效自评报告"): that county's.
  const county = BARE_DEPARTMENT.test(stated) ? soleCounty(full.slice(0, OPENING), full) : undefined;
  if (county) return { ...county, name: county.county + stated, dept_type: stated };
  return { name: stated, dept_type: stated, ...ownPlace(stated) };
}

/** A department's kind with no place or name of its own: "扶贫办", "农业农村局", "水利局". */
const BARE_DEPARTMENT = /^[\u4e00-\u9fa5]{2,8}(局|办|委员会|中心|站|所)$/;
/** How much of a text its opening is: the title and the first lines. */
const OPENING = 200;

/** The one county a text names, placed; none where it names none or several. */
function soleCounty(text: string, full: string): UnitInfo | undefined {
  const counties = new Set(
    unitMentions(text)
      .filter((m) => m.level === 'county')
      .map((m) => m.place),
  );
  // (A 区 alone is as often a word as a district, "老城区二次供水…": only with a body after it, above.)
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{1,8}?(县|市|旗)/g)) {
    // The longest division the match ends with ("某某汝南县" → 汝南县).
    for (let k = 0; k < m[0].length - 1; k++) {
      if (!isDivision(m[0].slice(k))) continue;
      const placed = countyOfName(m[0].slice(k), full);
      if (placed.county === m[0].slice(k)) {
        counties.add(placed.county);
        break;
      }
    }
  }
  if (counties.size !== 1) return undefined;
  const placed = countyOfName([...counties][0]!, full);
  return placed.county ? placed : undefined;
}

/** "示范区城市管理执法局" (a file name that lost the zone's name): the text's "某某示范区城市管理执法局". */
function zoneInFull(short: string, full: string): string | undefined {
  if (!/^(示范区|开发区|高新区|经开区|新区|工业园区|园区|自贸区)/.test(short)) return undefined;
  // The zone's own name: the words before it where a line or a space starts them, else two.
  const name = escapeRegExp(short);
  return (
    full.match(new RegExp(`(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,4}${name}`))?.[0] ??
    full.match(new RegExp(`[\u4e00-\u9fa5]{2}${name}`))?.[0]
  );
}

/**
 * "东山卫生院" that the text writes in full as "东山镇中心卫生院": a town's institution named short, the
 * town's 镇/乡 (and 中心) left out.
 */
function townInFull(short: string, full: string): string | undefined {
  for (let k = 2; k <= short.length - 2; k++) {
    const [place, rest] = [short.slice(0, k), short.slice(k)];
    const m = full.match(new RegExp(`${escapeRegExp(place)}(镇|乡)(中心)?${escapeRegExp(rest)}`));
    if (m) return m[0];
  }
  return undefined;
}

/**
 * A title that names only its place ("临河区2023年耕地地力保护补贴项目…"), or its unit without a
 * place ("2021年林业局部门整体支出绩效自评表"): the page's supplier of that place, or the same unit
 * with its place ("零陵区林业局"), is the unit.
 */
export function suppliedInFull(unit: UnitInfo, supplier: string | undefined, full: string): UnitInfo {
  if (!unit.name || !supplier || supplier === unit.name) return unit;
  // "攀枝花市仁和区同德镇" whose page comes from "攀枝花市仁和区同德镇人民政府": the town's government.
  const placeOnly =
    (isDivision(unit.name) && supplier.startsWith(unit.name)) ||
    (/(镇|乡|街道)$/.test(unit.name) &&
      supplier.replace(/(人民政府|街道办事处|办事处)$/, '').endsWith(unit.name));
  // Or a kind of body named short with no place ("卫健局"), that the publisher writes in full ("蓝山县卫生健康局").
  const unplaced =
    !unit.county &&
    !unit.city &&
    !unit.province &&
    (supplier.endsWith(unit.name) || abbreviates(unit.name, supplier));
  // "腾冲市林草局" that the page's publisher writes in full, "腾冲市林业和草原局".
  const place = unit.name.slice(0, unit.name.length - (unit.dept_type?.length ?? 0));
  const abbreviated =
    place !== '' &&
    supplier.startsWith(place) &&
    abbreviates(unit.name.slice(place.length), supplier.slice(place.length));
  // "细河区北苑街道办事处", put together from the text's "北苑街道办事处" and its district, that the publisher
  // writes with its city too ("阜新市细河区北苑街道办事处").
  const placedFurther =
    supplier.endsWith(unit.name) && isDivision(supplier.slice(0, supplier.length - unit.name.length));
  if (placeOnly || unplaced || abbreviated || placedFurther) return statedUnit(supplier, {}, full);
  // "信息来源：杭州市临平区教育局" on the district government's portal: the bureau, not the government.
  const government = unit.name.match(/^(.{2,12}?)人民政府$/)?.[1];
  if (
    government &&
    supplier.startsWith(government) &&
    supplier.length > government.length + 1 &&
    !/人民政府$/.test(supplier)
  )
    return statedUnit(supplier, {}, full);
  // "来源：市教育局" on a page the city's government publishes ("永康市人民政府门户网站"): the bureau of
  // that city, not its government.
  const department = government ? countyDepartment(supplier, government) : undefined;
  if (department) return statedUnit(department, {}, full);
  // "发布机构: 教 育 局" on the county's portal, whose text names "昌图县教育局": that bureau.
  if (government && !/人民政府$/.test(supplier) && full.includes(government + supplier))
    return statedUnit(government + supplier, {}, full);
  return unit;
}

/**
 * "县教育局", "市住房和城乡建设局": a department written with its level alone (县, 区, 市, 旗), in the
 * division of that level whose page it is.
 */
function countyDepartment(name: string, division: string): string | undefined {
  const level = name.match(
    /^(市|县|区|旗)(?=[\u4e00-\u9fa5]{2,}(局|委员会|委|办公室|中心|院|所|站|队|馆)$)/,
  )?.[1];
  return level && division.endsWith(level) ? division + name.slice(1) : undefined;
}

/**
 * "县二医院" that the text names in full once, in a table of the units its accounts cover ("桃江县第二人民
 * 医院"): a name with no place of its own, cut short from a placed unit's name in the text, is that unit.
 */
export function shortNameInFull(unit: UnitInfo, full: string): UnitInfo {
  if (unit.name && unit.county && unit.name.startsWith(unit.county)) return placedInFull(unit, full);
  // The same after the province or the city ("甘肃省清水县法院", "九江市武宁县卫健委" the title, "清水县人民法院",
  // "武宁县卫生健康委员会" the text).
  let local = unit.name ?? '';
  for (const place of [unit.province, unit.city])
    if (place && local.startsWith(place)) local = local.slice(place.length);
  if (local === unit.name) local = '';
  if (unit.county && local.startsWith(unit.county)) {
    const placed = placedInFull({ ...unit, name: local }, full);
    return placed.name === local ? unit : placed;
  }
  if (!unit.name || unit.county || unit.city || unit.province) return unit;
  const short = unit.name.replace(/^(县|市|区|旗)/, '');
  const long = unitMentions(full).find(
    (m) => m.level === 'county' && abbreviates(short, m.name.slice(m.place.length)),
  );
  return long ? statedUnit(long.name, {}, full) : unit;
}

/**
 * "孝南区卫健局" the title writes, "孝感市孝南区卫生健康局" its text (the duties): the body named short after
 * its county is the one the text names in full, in the same county.
 */
function placedInFull(unit: UnitInfo, full: string): UnitInfo {
  const short = unit.name!.slice(unit.county!.length).replace(/^(县|市|区|旗)/, '');
  const long = unitMentions(full).find(
    // (Not the short name again after other words, "区卫健局"; but the same body with the 人民 the short
    // name drops, "法院" → "人民法院".)
    (m) =>
      m.place === unit.county &&
      (!m.org.endsWith(short) || m.org === `人民${short}`) &&
      abbreviates(short, m.org),
  );
  return long ? { ...unit, name: long.name, dept_type: long.org } : unit;
}

/**
 * A sentence that opens with another year than the document's ("我站2021年“三公”经费实际支出16.94万元",
 * in a 2022 budget disclosure) states that year's figures: they are moved to that year's keys, for
 * a record of their own, instead of standing as this year's.
 */
export function moveOtherYearSentences(r: Reading, year: number | undefined): void {
  if (year === undefined) return;
  for (const key of r.bag.keys()) {
    if (key.includes('@') || !/^(sangong|finance)\./.test(key)) continue;
    const taken = r.bag.take(key, (c) => {
      if (c.origin !== 'sentence') return false;
      const y = openingYear(c.source.text);
      return (
        y !== undefined &&
        Number(y) !== year &&
        !/(比|较|与)\s*$/.test(c.source.text.slice(0, c.source.text.indexOf(y)))
      );
    });
    for (const c of taken) r.bag.add(`${key}@${openingYear(c.source.text)!}`, c.value, c.source, c.origin);
  }
}

/** The heading of a list of other documents on a site (相关文档, 推荐阅读, 猜你喜欢 …). */
const RELATED_LIST =
  /^((相关|推荐|热门|延伸)(新闻|文档|推荐|文章|阅读|链接|下载|资料|文件|资源)|猜你喜欢)[:：]?/;

/** A document-sharing site quotes the file's name: "《X县…绩效自评报告.doc》由会员分享". */
const SHARED_FILE = /《([^《》]{4,70}?)\.(?:docx?|pdf|wps|txt|xlsx?)》/i;

/** The first paragraphs and short lines, where a title names the unit. */
export function titleLines(blocks: Block[]): string[] {
  // A list of other documents (相关文档, 猜你喜欢 …) names their titles, not this one's.
  const end = blocks.findIndex(
    (b) => b.kind === 'paragraph' && RELATED_LIST.test(normalizeText(b.text).replace(/\s+/g, '')),
  );
  const lines: string[] = [];
  for (const b of blocks.slice(0, Math.min(40, end < 0 ? 40 : end))) {
    // The quoted file name stands for the title, whether the site's line came out as text or as a row.
    const t = normalizeText(blockText(b, '|'));
    const shared = t.length > 80 || b.kind === 'table' ? t.match(SHARED_FILE)?.[1] : undefined;
    // A page's metadata may label its title ("标      题 XX局2021年度预算绩效自评报告").
    if (shared || b.kind === 'paragraph')
      lines.push(shared ?? t.replace(TITLE_LABEL, '').replace(BREADCRUMB_HOME, ''));
    // Or in a row of its metadata table: "名称: | XX局2021年度部门决算情况说明 |".
    if (b.kind === 'table')
      lines.push(...labelledTitles(b.table.rows.map((r) => r.cells.map((c) => c.text))));
    const glued = b.kind === 'paragraph' ? gluedTitle(t) : undefined;
    if (glued) lines.push(glued);
  }
  // A cover's title broken after its place ("2022年度泉州市鲤城区" / "商务局部门预算") is read whole too.
  const broken = lines.flatMap((t, k) =>
    PLACE_LINE.test(t) && REST_OF_TITLE.test(lines[k + 1] ?? '') ? [t + lines[k + 1]!] : [],
  );
  return [...lines, ...broken].filter((t) => t.length <= 80 && !SITE_BOILERPLATE.test(t));
}

/** A title's first line that ends on its place, and the second line: the body, then what the document is. */
const PLACE_LINE = /^(?:\d{4}年度?)?[\u4e00-\u9fa5]{2,20}(?:省|市|州|盟|区|县|旗)$/;
const REST_OF_TITLE = /^[\u4e00-\u9fa5]{2,30}?(?:部门|单位)(?:预算|决算)$/;

/** A site's breadcrumb home link before the title it runs into ("首页 X中学2016年度…报告"). */
const BREADCRUMB_HOME = /^首页\s*(?:[>›»/]\s*)?(?=[\u4e00-\u9fa5])/;
// A bullet may open its line ("  • 标    题: …").
const TITLE_LABEL = /^(?:[•·]\s*)?(?:文章)?标\s*题\s*[:：]?\s*/;
/** A metadata cell labelling the title: 名称, 标题, 信息名称, 文件名称 … */
const TITLE_CELL = /^(?:信息|文件|文章|公开)?(?:名\s*称|标\s*题)\s*[:：]?$/;

/** The titles a metadata table's rows label ("名称: | X |"): the cell after the label. */
function labelledTitles(rows: string[][]): string[] {
  return rows.flatMap((cells) => {
    const at = cells.findIndex((c) => TITLE_CELL.test(c.trim()));
    const title = at < 0 ? undefined : cells.slice(at + 1).find((c) => c.trim());
    return title ? [normalizeText(title)] : [];
  });
}

/**
 * A title run into the text that follows it ("某某小学2013年…专项资金绩效评价报 告为落实…"), as a document
 * site's digest prints it: the words up to the first 报告, where they name an evaluation or accounts.
 */
// Its year may follow in brackets, a space apart ("…自评报告 (2019年度) 项目名称:…"); a Word page
// field's code may stand before it ("PAGE PAGE 9 ").
const GLUED_TITLE =
  /^(?:(?:PAGE\s*)+\d{0,3}\s*)?([^,，。;；:：《》“”"]{6,60}?(?:绩效|评价|自评|决算)[^,，。;；:：《》“”"]{0,20}?报\s?告)(?=\s*[\u4e00-\u9fa5(（])/;

/** The title a long paragraph opens with, the text run on after it (a whole document on one line). */
export function gluedTitle(text: string): string | undefined {
  return text.length > 80 ? text.match(GLUED_TITLE)?.[1]?.replace(/\s+/g, '') : undefined;
}

/** Is the document a budget disclosure? Its title (a short line among the first) says 预算 and not 决算 or an evaluation. */
export function isBudgetDisclosure(lines: string[]): boolean {
  // A breadcrumb (首页 > 财政预决算 > 部门预算) names the site's section, not the document.
  const titles = lines
    .slice(0, 12)
    // A sentence with its figures ("1、X经费预算120万元，实际支出116.8万元。") is no title.
    .filter((t) => t.length <= 60 && t.length >= 6 && !/>|＞|\[|分类/.test(t) && !/\d\s*万?元|。$/.test(t))
    // A numbered section on funds in general ("(二)预算资金情况") is a part of a report, not what the
    // document is; one on the 三公 budget ("一、2018年“三公”经费预算安排情况") is a disclosure's.
    .filter(
      (t) => !/^[(（]?[一二三四五六七八九十]{1,3}[)）、.．]/.test(t) || /三公|部门预算|机关运行经费/.test(t),
    )
    // 预决算 is a site's section; 一般公共预算 (and the other budgets) names where money comes from.
    .map((t) => t.replace(/预决算|一般公共预算|政府性基金预算|国有资本经营预算/g, ''));
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
export function oneProjectOverall(
  forms: FormsRead,
  r: Reading,
  titles: string[],
  named: string | undefined,
): void {
  // `named`: the one project a form head, the title or the report's text names.
  if (!named) return;
  // The document's own title, among its first lines (titleLines stops at a list of other documents).
  // A breadcrumb (首页 > 预决算公开 > 部门决算) names the site's sections, not the document.
  const own = titles.slice(0, 8).filter((t) => !/\.(docx?|pdf|xlsx?)$/i.test(t) && !/[>＞»]/.test(t));
  if (own.some((t) => t.length <= 60 && /部门整体|整体支出|部门决算/.test(t))) return;
  if (forms.overall) {
    projectFromOverall(named, r, own);
    return;
  }
  const stated = r.projects.all().filter((x) => x.facts.keys().length);
  // The project the document names, with figures of its own, though the text lists what its funds
  // went to ("…用于以下项目:1、A4.2万元,2、B…"); with no form of its own for each.
  const subject = r.projects.find(named);
  const itemised = subject !== undefined && subject.facts.keys().length > 0 && forms.projects.length === 0;
  if (stated.length !== 1 && !itemised) return;
  // The one project with figures, though the text calls it otherwise than the title does.
  const p = subject ?? stated[0]!;
  for (const [key, target] of Object.entries(ONE_PROJECT_KEYS)) {
    // A one-project form's figures written as label–value pairs ("实际支出数：60.52万元") were read as
    // the unit's: they are the project's too.
    const unitWide = r.bag.best(target);
    if (forms.projects.length === 1 && unitWide && !p.facts.has(key))
      r.projects.add(p.name, key as ProjectKey, unitWide.value, unitWide.source, unitWide.origin);
    if (r.bag.has(target)) continue;
    for (const c of p.facts.all(key)) r.bag.add(target, c.value, c.source, c.origin);
  }
  if (!r.grades.length) r.grades.push(...forms.projectGrades, ...r.projectGrades);
}

/**
 * A project's document whose funding block came before the form named the project (its title names
 * it: "XX局2015年动物防疫补助项目绩效自评材料"): the block's figures are the project's too, and the
 * project's score the document's.
 */
function projectFromOverall(named: string, r: Reading, own: string[]): void {
  if (!isProjectReport(own)) return;
  // A form read as the unit's under a title naming the project ("…林业草原改革发展资金绩效评价表"), where
  // no other project is stated, is the project's row too.
  const stated = r.projects.all().filter((x) => x.facts.keys().length);
  if (stated.length > 1 || (stated[0] && stated[0] !== r.projects.find(named))) return;
  const p = r.projects.get(named);
  for (const [key, target] of Object.entries(ONE_PROJECT_KEYS)) {
    const c = r.bag.best(target);
    const own = p.facts.best(key);
    if (c?.origin === 'form' && !own) r.projects.add(p.name, key as ProjectKey, c.value, c.source, c.origin);
    if (own && !c) r.bag.add(target, own.value, own.source, own.origin);
  }
}

/**
 * A county-wide, district-wide or 镇本级 total ("XX县2021年度全县“三公”经费决算情况说明", "XX区区级各单位
 * 部门决算汇总"): the scope as the title words it, so "全县".
 */
// Or a county's or city's own level in a finance bureau's total ("互助土族自治县2017年县本级“三公”经费预算").
const AGGREGATE_SCOPE =
  /全(县|区|市|旗|州|镇|乡)(各单位|各部门)?|(县|区|市|旗|镇|乡)(级|本级)(各单位|各部门)(汇总)?|各(单位|部门)(合计|汇总)|(部门|单位)(决算|预算)汇总|(县|区|市|旗)本级(?=["“”]?三公)/;
const DIVISION = /[\u4e00-\u9fa5]{1,8}?(自治县|自治旗|县|区|市|旗)/;

/**
 * An aggregate is neither a department nor the bureau that published it: its unit is the division
 * with the scope the title gives ("祁东县全县"), of the kind 汇总, placed by the gazetteer.
 */
export function aggregateUnit(titles: string[], found: UnitInfo, full: string): UnitInfo | undefined {
  const title = titles.slice(0, 8).find(
    (t) =>
      t.length <= 60 &&
      !/[，,。；;]/.test(t) &&
      AGGREGATE_SCOPE.test(t) &&
      // "…部门决算汇总范围包括…": a sentence on what the accounts sum up, broken at a line end.
      !/汇总范围|包括/.test(t) &&
      /决算|预算|三公|绩效|收支/.test(t),
  );
  if (!title) return divisionTotal(titles, found, full) ?? compiledTotal(found, full);
  const scope = title.match(AGGREGATE_SCOPE)![0];
  const before = title.slice(0, title.indexOf(scope));
  const placed = countyOfName(before.match(DIVISION)?.[0] ?? '', full);
  // A level's own (本级) is named after its division: 互助土族自治县本级, 平凉市本级.
  const own = /^.本级$/.test(scope);
  const county = placed.county ?? found.county;
  if (own && !county && scope.startsWith('市')) {
    const city = placed.city ?? found.city;
    return city
      ? { province: placed.province ?? found.province, city, name: `${city}本级`, dept_type: '汇总' }
      : undefined;
  }
  if (!county) return undefined;
  const place = placed.county ? placed : { ...found, name: undefined, dept_type: undefined };
  return { ...place, name: own ? `${county}本级` : `${county}${scope}`, dept_type: '汇总' };
}

/** A title naming a division alone over its "三公" accounts or budget: "建水县2016年度“三公”经费决算支出情况说明". */
const DIVISION_SANGONG_TITLE =
  /^(?:[\u4e00-\u9fa5]{2,7}(?:省|自治区))?(?<division>[\u4e00-\u9fa5]{1,14}?(?:县|区|市|旗))(?:\d{4}年度?)?["“”]?三公["“”]?经费(?:财政拨款)?(?:决算|预算)/;

/**
 * The total of a division's units under a title that names the division and nothing else (its
 * finance bureau compiles it): the unit is the division itself, of the kind 汇总, not the bureau
 * the text says compiled it.
 */
function divisionTotal(titles: string[], found: UnitInfo, full: string): UnitInfo | undefined {
  for (const t of titles.slice(0, 12)) {
    const division = t.length <= 50 ? t.match(DIVISION_SANGONG_TITLE)?.groups?.division : undefined;
    if (!division) continue;
    const placed = countyOfName(division, full);
    if (placed.county === division) return { ...found, ...placed, name: division, dept_type: '汇总' };
  }
  return undefined;
}

/** "经玉林某某产业园区财政局汇总本级行政单位…“三公”经费": a division's finance bureau compiling its units' 三公. */
const COMPILED_BY = /经(?<division>[\u4e00-\u9fa5]{2,16}?)财政局汇总(?=[^。]{0,120}三公)/;

/**
 * A 三公 note its division's finance bureau compiled from the division's units ("经X财政局汇总本级行政
 * 单位…"): the division's total, where the document names no other unit than that bureau.
 */
function compiledTotal(found: UnitInfo, full: string): UnitInfo | undefined {
  const division = full.slice(0, 1500).match(COMPILED_BY)?.groups?.division;
  if (!division || (found.name && found.name !== `${division}财政局`)) return undefined;
  const county = countyOfName(division, full);
  const placed = county.county ? county : ownPlace(division);
  return { ...found, ...placed, name: division, dept_type: '汇总' };
}

/** Which kinds of report a document holds, from its short headings. */
export function readKinds(blocks: Block[], r: Reading): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = normalizeText(b.text);
    const t = gluedTitle(text) ?? text;
    if (t.length > 60) continue;
    if (/部门整体(支出)?绩效|整体支出绩效|部门整体绩效/.test(t)) r.kinds.add('overall_self_eval');
    if (/项目支出绩效自评|项目绩效自评/.test(t)) r.kinds.add('project_self_eval');
    if (/项目支出部门评价|部门评价(情况|报告|指标)/.test(t)) r.kinds.add('project_dept_eval');
    // A heading, not a note that mentions the accounts ("以部门决算表上的…为准").
    if (/(部门|单位)决算|决算公开/.test(t) && !/[:：;；,，。]/.test(t) && t.length <= 40 && !/编报/.test(t))
      r.kinds.add('final_accounts');
  }
}
