// Numbers as reports write them: thousands separators, full-width digits (NFKC'd before), a unit
// that may be 元, 万元 or 亿元, percentages. Values stay exact as decimal.js Decimals.

import Decimal from 'decimal.js';
import { normalizeText } from './normalize';

export type AmountUnit = '元' | '千元' | '万元' | '亿元';

/** A number: optional sign, digits with optional thousands separators, optional decimals. */
export const NUMBER_SOURCE = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const NUMBER_RE = new RegExp(NUMBER_SOURCE);

const WHOLE_NUMBER = new RegExp(`^\\s*(${NUMBER_SOURCE})\\s*$`);
// A '?' after a cell's figure is a glyph the page's encoding lost ("2,856,400.00?"), no part of it.
const CELL_NUMBER = new RegExp(`^(${NUMBER_SOURCE})(%|分|人|名|个|元|千元|万元|亿元|万)?[?\uFFFD]?$`);

export function parseNumber(s: string): Decimal | undefined {
  const m = s.replace(/[−－]/g, '-').match(WHOLE_NUMBER);
  if (!m) return undefined;
  return new Decimal(m[1]!.replace(/,/g, ''));
}

/** A cell holding a number, maybe with a unit or % sign: "1,308.05", "95.74%", "97分", "43人", "12.4万元". */
export function parseCellNumber(s: string): { value: Decimal; suffix: string } | undefined {
  const t = s.replace(/\s+/g, '').replace(/[−－]/g, '-');
  if (t === '' || !/^-?\d/.test(t)) return undefined;
  const m = t.match(CELL_NUMBER);
  if (!m) return undefined;
  return { value: new Decimal(m[1]!.replace(/,/g, '')), suffix: m[2] ?? '' };
}

export function toWan(value: Decimal, unit: AmountUnit): Decimal {
  switch (unit) {
    case '元':
      return value.div(10000);
    case '千元':
      return value.div(10);
    case '万元':
      return value;
    case '亿元':
      return value.mul(10000);
  }
}

/** The amount unit a header or caption declares: "单位：万元", "（元）", "金额单位:元", "资金(万元)". */
export function declaredUnit(text: string): AmountUnit | undefined {
  const t = text.replace(/\s+/g, '');
  const m =
    // "单位：元谋县…" names a place, not a unit of account.
    t.match(/(?:金额)?单位[:：]?(亿元|万元|千元|元)(?![\u4e00-\u9fa5])/) ??
    // "经费控制情况(万元": a cell that lost its closing bracket still declares it.
    t.match(/[（(](亿元|万元|千元|元)(?:[）)]|$)/) ??
    t.match(/^(亿元|万元|千元|元)$/);
  return m ? (m[1] as AmountUnit) : undefined;
}

/**
 * The amount unit a raw cell or line declares, normalised first. Most texts name no 元 at all (nor
 * 兀 / 尤, which OCR reads for it): those are passed over without normalising them.
 */
export function declaredUnitIn(raw: string): AmountUnit | undefined {
  return /[元兀尤]/.test(raw) ? declaredUnit(normalizeText(raw)) : undefined;
}

/** Canonical exact string of a decimal: no exponent, no trailing zeros. */
export function decString(d: Decimal): string {
  const s = d.toFixed();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** The quarter a word names (第一季度, 2季度); 上半年, the first half, ends with the second. */
export const QUARTER_OF: Record<string, 1 | 2 | 3 | 4> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  上半年: 2,
};
