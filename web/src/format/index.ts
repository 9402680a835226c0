// Display formatting of warehouse values: amounts in 万元 with thousands separators (亿元 for large
// totals), rates with one decimal, scores and counts. Values arrive as exact decimal strings and are
// rounded with decimal.js, never through float arithmetic.
import Decimal from 'decimal.js';

export type Lang = 'zh' | 'en';
export type NumericInput = string | number | bigint | null | undefined;

/** 1 亿元 = 10,000 万元: totals at or above this are shown in 亿元. */
export const YI_IN_WAN = 10_000;

const UNIT_LABELS: Record<Lang, Record<string, string>> = {
  zh: { 万元: '万元', 亿元: '亿元', '%': '%', 分: '分', 个: '个', 家: '家', 条: '条', pp: '个百分点' },
  en: { 万元: '×10k CNY', 亿元: '×100M CNY', '%': '%', 分: 'pts', 个: '', 家: '', 条: '', pp: 'pp' },
};

export const EMPTY = '—';

/** Parses a value into a Decimal, or null when it is missing or not a number. */
export function toDecimal(value: NumericInput): Decimal | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    const d = new Decimal(typeof value === 'bigint' ? value.toString() : value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** Rounds to `places` and inserts thousands separators into the integer part. */
export function groupDigits(d: Decimal, places: number): string {
  const fixed = d.toFixed(places, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  return negative && !/^[0.,]+$/.test(body) ? `-${body}` : body;
}

function withUnit(text: string, unit: string, lang: Lang): string {
  const label = UNIT_LABELS[lang][unit] ?? unit;
  if (!label) return text;
  if (label === '%') return `${text}%`;
  return lang === 'zh' ? `${text} ${label}` : `${text} ${label}`;
}

export interface AmountOptions {
  lang?: Lang;
  /** 'auto' switches to 亿元 at 1 亿; '万元' always keeps 万元. */
  scale?: 'auto' | '万元' | '亿元';
  places?: number;
  /** Leave the unit off (for table cells under a header that names it). */
  bare?: boolean;
}

/** An amount given in 万元: "1,308.05 万元", or "12.35 亿元" for a large total. */
export function formatAmount(value: NumericInput, options: AmountOptions = {}): string {
  const d = toDecimal(value);
  if (!d) return EMPTY;
  const lang = options.lang ?? 'zh';
  const scale = options.scale ?? 'auto';
  const inYi = scale === '亿元' || (scale === 'auto' && d.abs().gte(YI_IN_WAN));
  const shown = inYi ? d.div(YI_IN_WAN) : d;
  const text = groupDigits(shown, options.places ?? 2);
  return options.bare ? text : withUnit(text, inYi ? '亿元' : '万元', lang);
}

/** A percentage (95.74 means 95.74 %), one decimal: "95.7%". */
export function formatRate(value: NumericInput, places = 1): string {
  const d = toDecimal(value);
  return d ? `${groupDigits(d, places)}%` : EMPTY;
}

/** A signed change in percent: "+100.0%", "-3.2%". */
export function formatChangePct(value: NumericInput, places = 1): string {
  const d = toDecimal(value);
  if (!d) return EMPTY;
  const text = groupDigits(d, places);
  return d.gt(0) && !/^[0.]+$/.test(text) ? `+${text}%` : `${text}%`;
}

/** A signed change in percentage points, one decimal, without the unit: "+3.1". */
export function formatChangePoints(value: NumericInput): string {
  const d = toDecimal(value);
  if (!d) return EMPTY;
  const text = groupDigits(d, 1);
  return d.gt(0) && !/^[0.]+$/.test(text) ? `+${text}` : text;
}

/** A signed change of an amount in 万元: "+0.25 万元". */
export function formatChangeAmount(value: NumericInput, options: AmountOptions = {}): string {
  const d = toDecimal(value);
  if (!d) return EMPTY;
  const text = formatAmount(d.toString(), options);
  return d.gt(0) ? `+${text}` : text;
}

/** A score: at most two decimals, trailing zeros dropped ("94.5"). */
export function formatScore(value: NumericInput): string {
  const d = toDecimal(value);
  if (!d) return EMPTY;
  return groupDigits(
    d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    Math.min(2, d.toDecimalPlaces(2).decimalPlaces()),
  );
}

/** A count with thousands separators. */
export function formatCount(value: NumericInput): string {
  const d = toDecimal(value);
  return d ? groupDigits(d, 0) : EMPTY;
}

/** The catalog's format names (see /api/model) mapped to the functions above. */
export type FormatName =
  'amount' | 'amount_bare' | 'rate' | 'percent' | 'score' | 'count' | 'integer' | 'change_pct' | 'text';

/** Formats a value by the catalog's format (and unit, when the format is not specific). */
export function formatValue(value: NumericInput, format?: string, unit?: string, lang: Lang = 'zh'): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  switch (format) {
    case 'amount':
    case 'money':
    case 'wan':
      // An amount per something (万元/人) keeps its unit; a plain amount moves to 亿元 when large.
      if (unit && unit !== '万元') {
        const d = toDecimal(value);
        return d ? withUnit(groupDigits(d, 2), unit, lang) : EMPTY;
      }
      return formatAmount(value, { lang });
    case 'amount_bare':
      return formatAmount(value, { lang, scale: '万元', bare: true });
    case 'rate':
    case 'percent':
    case 'pct':
      return formatRate(value);
    case 'change_pct':
    case 'pct_change':
      return formatChangePct(value);
    case 'score':
      return formatScore(value);
    case 'change_pp':
      return formatChangePoints(value);
    case 'count':
    case 'integer':
    case 'int':
      return formatCount(value);
  }
  if (unit === '万元') return formatAmount(value, { lang });
  if (unit === '%') return formatRate(value);
  if (unit === '分') return formatScore(value);
  const d = toDecimal(value);
  if (!d) return String(value);
  return d.isInteger() ? formatCount(value) : groupDigits(d, 2);
}

/** Numeric value for plotting only (charts need numbers; labels and tables use the strings). */
export function plotNumber(value: NumericInput): number | null {
  const d = toDecimal(value);
  return d ? d.toNumber() : null;
}

/**
 * A key figure's change against the previous year, as display text: amounts and counts as a relative
 * change (+12.5%), rates as percentage points (+3.1 个百分点), scores as points.
 */
export function formatChange(
  current: NumericInput,
  previous: NumericInput,
  format: string | undefined,
  lang: Lang = 'zh',
): string | null {
  const now = toDecimal(current);
  const before = toDecimal(previous);
  if (!now || !before) return null;
  const diff = now.minus(before);
  const sign = diff.gt(0) ? '+' : '';
  if (format === 'percent' || format === 'rate')
    return `${sign}${groupDigits(diff, 1)} ${UNIT_LABELS[lang].pp}`;
  if (format === 'score') return `${sign}${groupDigits(diff, 2)} ${UNIT_LABELS[lang]['分']}`.trim();
  if (before.isZero()) return null;
  return formatChangePct(diff.div(before.abs()).times(100).toString());
}

/** -1, 0 or 1: the direction of a change, for colouring. */
export function changeDirection(current: NumericInput, previous: NumericInput): -1 | 0 | 1 {
  const now = toDecimal(current);
  const before = toDecimal(previous);
  if (!now || !before) return 0;
  return now.comparedTo(before) as -1 | 0 | 1;
}
