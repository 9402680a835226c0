// Which unit a report is about: the full name as written ("岳阳市云溪区人民政府办公室"), the kind of
// department once the place is taken off ("人民政府办公室"), and the place resolved with the
// gazetteer, using the province or city the name or the text mentions when a county name is ambiguous.

import {
  CITIES,
  CITY_NAMES,
  PROVINCES,
  countiesByStem,
  cityNamed,
  findCounties,
  provinceCode,
  shortName,
  type County,
} from '../gazetteer/index';
import type { UnitInfo } from '../model/record';
import { escapeRegExp } from './normalize';
import { CITY_NAME_SET, COUNTY_NAME_SET, PROVINCE_NAME_SET } from './places';

const ORG =
  /^(人民政府办公室|人民政府|行政公署办公室|行政公署|[\u4e00-\u9fa5]{1,10}?局[\u4e00-\u9fa5]{1,6}?分局|[\u4e00-\u9fa5]{1,14}?(?:办公室|研究室|管理局|局|委员会|委(?![会员])|中心|院|所|站|队|馆|宫|厅|会|处|部(?!门)|团|社(?!区|联合社)|学校|中学|小学|幼儿园|医院|卫生院|政府))/;
/** A school or clinic named after its town's 中心 ("龙桥镇中心小学校", "东山镇中心卫生院"): the whole name. */
const CENTRE_INSTITUTION = /^(小学校|学校|中学|小学|幼儿园|卫生院|医院)/;

/** The organisation a text opens with ("财政局…", "龙桥镇中心小学校…"), if any. */
export function orgAt(rest: string): string | undefined {
  // "慈航镇小学校": a school's name may end in 校 after 小学 or 中学.
  const found = rest.match(ORG)?.[1];
  const org = found && /(小学|中学)$/.test(found) && rest[found.length] === '校' ? `${found}校` : found;
  // "人民检察院第四分院", "公安局第二分局": a branch is its own unit.
  const branch =
    org && rest.slice(org.length).match(/^第[一二三四五六七八九十\d]{1,3}分(院|局|中心|所)/)?.[0];
  if (branch) return org + branch;
  const more = org && rest.slice(org.length).match(CENTRE_INSTITUTION)?.[1];
  if (org && more) return org + more;
  // "…人民政府右安门街道办事处": a street office goes by its government's name before its own (a
  // league's government is its 行政公署).
  // "…市政设施管理中心长辛店养护所2021年度…": a body's sub-unit, named right before the year or a bracket.
  const sub =
    org &&
    rest.slice(org.length).match(org === '人民政府' || org === '行政公署' ? STREET_OFFICE : SUB_UNIT)?.[1];
  return sub ? org + sub : org;
}

// (Or its office in another city: "…人民政府驻深圳联络处".)
const STREET_OFFICE = /^([\u4e00-\u9fa5]{2,8}?(?:街道办事处|办事处|联络处))/;
const SUB_UNIT = /^([\u4e00-\u9fa5]{2,8}?(?:所|站|队|中心|分局|分院))(?=(?:19|20)\d\d|[(（]|$)/;

const LABELLED =
  /(部门名称|单位名称|填报单位|预算单位|主管部门|部门\(单位\)名称|单位\(公章\)|部门名称\(公章\))/;

interface Candidate extends UnitMention {
  weight: number;
  first: number;
}

export type PlaceLevel = 'county' | 'city' | 'province';

export interface UnitMention {
  name: string;
  /** The place right before the organisation: a county-level division, or a city or province for their own departments. */
  place: string;
  level: PlaceLevel;
  prefix: string;
  org: string;
  index: number;
}

/**
 * Find "<place><organisation>" names in a text, the place being a division of the gazetteer: a
 * county ("大余县人民政府办公室"), or a city or province for their own departments ("岳阳市财政局").
 */
export function unitMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  // Only where a place-name ending stands: the regex engine finds those faster than a loop would.
  for (const ending of text.matchAll(/(?<=.)[县区市旗州盟省]/gs)) {
    const i = ending.index;
    const lengths = PLACE_ENDINGS.get(text.slice(i - 1, i + 1));
    if (!lengths) continue;
    // The longest name ending here: 卫东区, not 东区.
    for (const len of lengths) {
      if (len > i + 1) continue;
      const place = text.slice(i + 1 - len, i + 1);
      const level: PlaceLevel | undefined = COUNTY_NAME_SET.has(place)
        ? 'county'
        : CITY_NAME_SET.has(place)
          ? 'city'
          : PROVINCE_NAME_SET.has(place)
            ? 'province'
            : undefined;
      if (!level) continue;
      const org = orgAt(text.slice(i + 1));
      // An organisation naming another place is not this place's ("…区委岳阳市云溪区人民政府").
      if (!org || namesPlace(org) || /委$/.test(org)) continue;
      // A city or province right before a county belongs to the name ("岳阳市云溪区").
      const start = i + 1 - len;
      let prefix = '';
      if (level !== 'province') {
        // The longest place right before ("湖南省永州市"), not the words a field label runs into it
        // ("单位名称永州市零陵区…").
        for (let k = Math.min(start, 14); k >= 2 && !prefix; k--) {
          const pre = text.slice(start - k, start);
          if (/[市州盟省区]$/.test(pre) && isPlace(pre)) prefix = pre;
        }
      }
      // A county named like a verb of official prose ("县卫生健康委会同县财政局…": 会同, "together with")
      // is the verb right after a body's name.
      if (VERB_PLACES.some((v) => place.startsWith(v)) && /[委局府厅院办]/.test(text[start - 1] ?? ''))
        continue;
      // A one-character county (和县, 沙县, 吉县) is a place only where a word does not run into it:
      // after its city or province, or at the start of a name, never inside a word ("饮水和县城").
      if (len === 2 && !prefix && start > 0 && /[\u4e00-\u9fa5]/.test(text[start - 1]!)) continue;
      // Nor 和 / 与 / 及 after a closing bracket: "(…318号)和县教育局《…》" is "and the county's bureau".
      if (len === 2 && !prefix && /^[和与及]/.test(place) && /[)）》”"]/.test(text[start - 1] ?? ''))
        continue;
      // A party or league body keeps 中共 / 中国共产党 / 共青团 in its name ("共青团宁乡市委员会"),
      // and a 中共 committee's type keeps the place's level ("县委宣传部").
      const before = text.slice(Math.max(0, start - prefix.length - 5), start - prefix.length);
      const body = before.match(/(中国共产党|中共|共青团)$/)?.[1];
      const party = body === '中共' && /^委/.test(org);
      if (body) prefix = `${body}${prefix}`;
      out.push({
        name: prefix + place + org,
        place,
        level,
        prefix,
        org: party ? place.slice(-1) + org : body === '共青团' ? `共青团${org}` : org,
        index: start - prefix.length,
      });
      break;
    }
  }
  return out;
}

/** The longest name of a division the gazetteer holds (双江拉祜族佤族布朗族傣族自治县: 15 characters). */
const LONGEST_PLACE = Math.max(...[...COUNTY_NAME_SET, ...CITY_NAME_SET].map((n) => n.length));

/**
 * The last two characters of every division's name ("阳县"), with the lengths of the names ending so,
 * longest first: where a text holds none of them, no name ends; where it does, only those are tried.
 */
const PLACE_ENDINGS = new Map<string, number[]>();
for (const name of new Set([...COUNTY_NAME_SET, ...CITY_NAME_SET, ...PROVINCE_NAME_SET])) {
  const ending = name.slice(-2);
  PLACE_ENDINGS.set(ending, [...(PLACE_ENDINGS.get(ending) ?? []), name.length]);
}
for (const [ending, lengths] of PLACE_ENDINGS)
  PLACE_ENDINGS.set(
    ending,
    [...new Set(lengths)].sort((a, b) => b - a),
  );

/** Counties whose names open with a verb that follows a body's name in official prose (会同: "together with"). */
const VERB_PLACES = ['会同'];

/** Does an organisation name hold a place name of its own ("…区委岳阳市云溪区人民政府")? 市场监督管理局 does not. */
function namesPlace(org: string): boolean {
  for (let i = 1; i < org.length - 1; i++) {
    if (!'县区市旗州省'.includes(org[i]!)) continue;
    for (let len = 2; len <= i + 1 && len <= LONGEST_PLACE; len++) {
      // (An office a government keeps in another city names where it sits: "…驻银川市联络处".)
      if (org[i - len] === '驻') continue;
      const w = org.slice(i + 1 - len, i + 1);
      if (COUNTY_NAME_SET.has(w) || CITY_NAME_SET.has(w) || PROVINCE_NAME_SET.has(w)) return true;
    }
  }
  return false;
}

/** A prefix made only of a province and/or a city name of the gazetteer. */
function isPlace(prefix: string): boolean {
  const province = PROVINCES.find((p) => prefix.startsWith(p));
  const rest = province ? prefix.slice(province.length) : prefix;
  return rest === '' || cityNamed(rest) !== undefined;
}

export interface UnitText {
  /** Lines in reading order, with a flag for titles and labelled cells that weigh more. */
  lines: { text: string; strong: boolean }[];
  full: string;
}

/**
 * A document a sentence cites (《中共X市委办公室关于…的通知》) names its issuer, not the report's unit or
 * year. A line that is only a title in brackets is kept.
 */
function withoutCitations(text: string): string {
  return text.replace(/《[^《》]{2,80}》/g, (m) => (m.length + 6 < text.length ? '《》' : m));
}

export function recogniseUnit(doc: UnitText): UnitInfo {
  const cands = new Map<string, Candidate>();
  let order = 0;
  for (const line of doc.lines) {
    const mentions = unitMentions(withoutCitations(line.text));
    // A mention cut short inside a longer one read from the same place ("江门市新会" of
    // "江门市新会区农业农村局": 新会 is its district, no body) is no unit of its own.
    const whole = mentions.filter(
      (m) =>
        !mentions.some(
          (n) => n.index === m.index && n.name.length > m.name.length && n.name.startsWith(m.name),
        ),
    );
    for (const m of whole) {
      const w = line.strong || LABELLED.test(line.text) ? 3 : 1;
      const c = cands.get(m.name);
      if (c) c.weight += w;
      else cands.set(m.name, { ...m, weight: w, first: order++ });
    }
  }
  if (cands.size === 0) return {};
  // The same unit named with and without its city prefix counts once, under the longer name.
  const list = [...cands.values()];
  for (const c of list) {
    for (const d of list) {
      if (c !== d && d.name.endsWith(c.name) && d.name.length > c.name.length) {
        d.weight += c.weight;
        c.weight = 0;
      }
    }
  }
  const best = list.sort((a, b) => b.weight - a.weight || a.first - b.first)[0]!;
  const unit: UnitInfo = { name: best.name, dept_type: best.org };
  // A province's development zone ("浙江省玉环经济开发区管理委员会") lies in the county it is named by.
  const zone = best.level === 'province' ? zoneCounty(best.org) : {};
  if (zone.county) return { ...unit, ...zone };
  if (best.level === 'province') {
    unit.province = best.place;
    const code = provinceCode(best.place);
    if (code) unit.division_code = code;
    return unit;
  }
  if (best.level === 'city') {
    const city = cityNamed(best.place);
    if (city) {
      unit.province = city.province;
      unit.city = city.name;
      unit.division_code = city.code;
    }
    return unit;
  }
  const hints = placeHints(best.prefix, doc.full);
  const county = pickCounty(findCounties(best.place, hints), doc.full);
  if (county) {
    unit.province = county.province;
    unit.city = county.city;
    unit.county = county.name;
    unit.division_code = county.code;
  } else {
    unit.county = best.place;
  }
  return unit;
}

function placeHints(prefix: string, _text: string): { province?: string; city?: string } {
  const hints: { province?: string; city?: string } = {};
  const p = prefix.match(/^([\u4e00-\u9fa5]{2,7}(?:省|自治区))/);
  if (p) hints.province = p[1];
  const c = prefix.replace(/^[\u4e00-\u9fa5]{2,7}(?:省|自治区)/, '');
  if (c) hints.city = c;
  return hints;
}

/** Several counties share a name: the one whose city or province the text mentions most. */
function pickCounty(found: County[], text: string): County | undefined {
  if (found.length <= 1) return found[0];
  let best = found[0]!;
  let bestScore = -1;
  for (const c of found) {
    const score = count(text, shortName(c.city)) * 2 + count(text, shortName(c.province));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function count(text: string, word: string): number {
  if (!word) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/**
 * The county a unit's name opens with, where no organisation pattern finds it ("通山县城区第三社区
 * 卫生服务中心", "华容县东山镇人民政府"): the longest county name at the start, after an optional
 * province and city, resolved with the gazetteer and the text's own mentions of city and province.
 */
export function countyOfName(name: string, full: string): UnitInfo {
  // A party or league body's name opens with 中共 / 中国共产党 / 共青团 before its place.
  const rest = name
    .replace(/^(中国共产党|中共|共青团)/, '')
    .replace(/^[\u4e00-\u9fa5]{2,7}(?:省|自治区)/, '');
  const written = CITY_NAMES.find((n) => rest.startsWith(n));
  const city = written ? cityNamed(written) : undefined;
  const body = written ? rest.slice(written.length) : rest;
  for (let len = Math.min(LONGEST_PLACE, body.length); len >= 2; len--) {
    const place = body.slice(0, len);
    if (!COUNTY_NAME_SET.has(place)) continue;
    const county = pickCounty(findCounties(place, city ? { city: city.name } : {}), full);
    if (!county) return { county: place };
    return { province: county.province, city: county.city, county: county.name, division_code: county.code };
  }
  return zoneCounty(rest);
}

/**
 * A development zone placed by its county: named in brackets after it ("乌鲁木齐经济技术开发区(乌鲁木齐市
 * 头屯河区)教育局"), or by the county's short name ("思南经济开发区管理委员会": 思南县) where no other
 * county or city goes by it.
 */
function zoneCounty(name: string): UnitInfo {
  const zone = name.match(ZONE);
  if (!zone) return {};
  const bracketed = name.match(
    /[(（](?:[\u4e00-\u9fa5]{2,8}?[市州盟])?([\u4e00-\u9fa5]{1,8}?[县区市旗])[)）]/,
  )?.[1];
  const found = bracketed ? findCounties(bracketed) : countiesByStem(zone[1]!);
  if (found.length !== 1 || (!bracketed && cityNamed(`${zone[1]}市`))) return {};
  const county = found[0]!;
  return { province: county.province, city: county.city, county: county.name, division_code: county.code };
}

const ZONE =
  /^([\u4e00-\u9fa5]{2,4}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|工业园区|产业园区|开发区)/;

/**
 * "安徽某某职业技术学院": a province's own institution, named by the province's name or short name. (Not a street
 * or a place named after a province: "江西路街道", "海南州…", "吉林市…".)
 */
export function provinceOwn(name: string): UnitInfo {
  // Written in full ("重庆市双桥经济技术开发区…", "湖南省…学院"): that province's.
  const written = PROVINCES.find((p) => name.startsWith(p) && name.length >= p.length + 3);
  if (written) {
    const code = provinceCode(written);
    return { province: written, ...(code ? { division_code: code } : {}) };
  }
  for (const province of PROVINCES) {
    const short = shortName(province);
    if (short.length < 2 || !name.startsWith(short) || name.length < short.length + 3) continue;
    if (/^[路街道巷里村州市区县盟旗]/.test(name.slice(short.length))) continue;
    const code = provinceCode(province);
    return { province, ...(code ? { division_code: code } : {}) };
  }
  return {};
}

/** An institution or zone a city names by its short name: "湖州职业技术学院", "玉林某某产业园区". */
const CITY_INSTITUTION = /(大学|学院|学校|中学|小学|幼儿园|医院|研究院|研究所|开发区|园区|新区)$/;
/**
 * Prefecture-level cities by their short names, where the short name is one city's alone: not a
 * province's short name too (吉林), nor a county's name.
 */
const CITY_BY_SHORT = (() => {
  const counts = new Map<string, number>();
  for (const c of CITIES) counts.set(shortName(c.name), (counts.get(shortName(c.name)) ?? 0) + 1);
  const provinceShorts = new Set(PROVINCES.map(shortName));
  return new Map(
    CITIES.map((c) => [shortName(c.name), c] as const).filter(
      ([short, c]) =>
        short.length >= 2 &&
        short !== c.name &&
        counts.get(short) === 1 &&
        !provinceShorts.has(short) &&
        !COUNTY_NAME_SET.has(short),
    ),
  );
})();

/**
 * A province's own institution by the province's short name (provinceOwn), or a city's by the
 * city's ("南阳文理学院": 河南省 南阳市).
 */
export function ownPlace(name: string): UnitInfo {
  const province = provinceOwn(name);
  if (province.province || !CITY_INSTITUTION.test(name)) return province;
  for (const len of [4, 3, 2]) {
    const city = CITY_BY_SHORT.get(name.slice(0, len));
    if (city && name.length >= len + 3)
      return { province: city.province, city: city.name, division_code: city.code };
  }
  return {};
}

/** Where a text says a unit stands: "学校坐落在青海省西宁市城北区…", "…位于河南省南阳市". */
const LOCATED = /(?<subject>[^。；;，,]{0,24}?)(?:位于|坐落在|坐落于|地处)(?<place>[\u4e00-\u9fa5]{2,30})/g;
/** The unit as a sentence's subject: itself, or the words a unit uses for itself. */
const SELF = /学校|学院|大学|我校|本校|该校|医院|我院|本院|该院|本单位|我单位|单位|中心|机关/;

/**
 * A unit its name does not place (a provincial college's school) placed where the text says it
 * stands, where the sentence is about the unit, not a project or a site.
 */
export function placedByLocation(unit: UnitInfo, full: string): UnitInfo {
  if (!unit.name || unit.city || unit.county) return unit;
  for (const m of full.slice(0, 5000).matchAll(LOCATED)) {
    const subject = m.groups!.subject!;
    if (/项目|工程|基地|园区/.test(subject) || !(SELF.test(subject) || subject.includes(unit.name))) continue;
    const placed = countyOfName(m.groups!.place!, full);
    if (!placed.city && !placed.county) continue;
    if (unit.province && placed.province && placed.province !== unit.province) continue;
    return {
      ...placed,
      ...unit,
      ...(placed.city ? { city: placed.city } : {}),
      ...(placed.county ? { county: placed.county } : {}),
    };
  }
  return unit;
}

/** A name that is only a division of the gazetteer (临河区, 岳阳市), no organisation in it. */
export function isDivision(name: string): boolean {
  return COUNTY_NAME_SET.has(name) || CITY_NAME_SET.has(name) || PROVINCE_NAME_SET.has(name);
}

/** A name made only of places ("岳阳市云溪区"): a title naming where, not who. */
export function isPlaceName(name: string): boolean {
  if (isDivision(name)) return true;
  for (let len = 2; len < name.length && len <= LONGEST_PLACE; len++)
    if (isDivision(name.slice(-len)) && isPlaceName(name.slice(0, -len))) return true;
  return false;
}

/** A page's metadata label for who wrote or published it. */
const SOURCE_LABEL = /(?:来源|信息来源|发布机构|发布单位|作者)[:：]/;

/**
 * "甘肃省靖远县人民检察院" that the text also writes as "靖远县人民检察院" is called so: a county's unit is
 * named from its county (or its city and county), and the province only heads a title. A city's unit
 * keeps the province the text writes before it ("浙江省丽水市人民检察院", "辽宁省铁岭市档案馆"), as readers
 * of these pages record it.
 * A page's source line ("来源:铁岭市档案馆") is no writing of the name at all: the site's short form.
 */
export function withoutProvince(unit: UnitInfo, full: string): UnitInfo {
  // A municipality (天津市) is the city too, and stays, as a city before its district does.
  const province = PROVINCES.find((p) => !p.endsWith('市') && unit.name?.startsWith(p));
  const rest = province ? unit.name!.slice(province.length) : '';
  const places = [unit.county, unit.city].filter((p): p is string => !!p);
  if (!rest || !unit.county || !places.some((p) => rest.startsWith(p))) return unit;
  const alone = new RegExp(`(?<!${escapeRegExp(province!)})(?<!${SOURCE_LABEL.source})${escapeRegExp(rest)}`);
  return alone.test(full.replace(/\s+/g, '')) ? { ...unit, name: rest } : unit;
}
