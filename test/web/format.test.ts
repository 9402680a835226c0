// Formatting of amounts (万元 with separators, 亿元 for large totals), rates, scores and changes.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatChange,
  formatChangePct,
  formatCount,
  formatRate,
  formatScore,
  formatValue,
  groupDigits,
  toDecimal,
} from '../../web/src/format';

describe('formatAmount', () => {
  it('keeps 万元 with thousands separators and two decimals', () => {
    expect(formatAmount('1308.05')).toBe('1,308.05 万元');
    expect(formatAmount('906.09')).toBe('906.09 万元');
    expect(formatAmount('0.5')).toBe('0.50 万元');
    expect(formatAmount('9999.994')).toBe('9,999.99 万元');
  });

  it('switches to 亿元 at 1 亿 (10,000 万元) for totals', () => {
    expect(formatAmount('10000')).toBe('1.00 亿元');
    expect(formatAmount('123456.789')).toBe('12.35 亿元');
    expect(formatAmount('-25000')).toBe('-2.50 亿元');
  });

  it('rounds exactly (half up) without float error', () => {
    // 1.005 is 1.00499999… as a float; decimal rounding gives 1.01.
    expect(formatAmount('1.005')).toBe('1.01 万元');
    expect(formatAmount('0.1', { places: 20, bare: true })).toBe('0.10000000000000000000');
  });

  it('can stay in 万元, leave the unit off, and speak English', () => {
    expect(formatAmount('123456.789', { scale: '万元' })).toBe('123,456.79 万元');
    expect(formatAmount('1234.5', { bare: true })).toBe('1,234.50');
    expect(formatAmount('1234.5', { lang: 'en' })).toBe('1,234.50 ×10k CNY');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatAmount(null)).toBe('—');
    expect(formatAmount(undefined)).toBe('—');
    expect(formatAmount('')).toBe('—');
    expect(formatAmount('abc')).toBe('—');
  });
});

describe('rates, scores, counts', () => {
  it('rates have one decimal', () => {
    expect(formatRate('69.2696')).toBe('69.3%');
    expect(formatRate('100')).toBe('100.0%');
    expect(formatRate(95.74)).toBe('95.7%');
    expect(formatRate('1234.56')).toBe('1,234.6%');
  });

  it('signed changes', () => {
    expect(formatChangePct('100')).toBe('+100.0%');
    expect(formatChangePct('-3.24')).toBe('-3.2%');
    expect(formatChangePct('0')).toBe('0.0%');
  });

  it('scores drop trailing zeros, counts get separators', () => {
    expect(formatScore('94.50')).toBe('94.5');
    expect(formatScore('90')).toBe('90');
    expect(formatScore('88.125')).toBe('88.13');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount('7')).toBe('7');
  });

  it('groupDigits never shows negative zero', () => {
    expect(groupDigits(toDecimal('-0.001')!, 2)).toBe('0.00');
    expect(groupDigits(toDecimal('-1234567.891')!, 1)).toBe('-1,234,567.9');
  });
});

describe('formatValue by catalog format', () => {
  it('dispatches on the catalog format names', () => {
    expect(formatValue('1308.05', 'amount', '万元')).toBe('1,308.05 万元');
    // An amount per person keeps its unit and is never rescaled to 亿元.
    expect(formatValue('56.871739', 'amount', '万元/人')).toBe('56.87 万元/人');
    expect(formatValue('23456.5', 'amount', '万元/人')).toBe('23,456.50 万元/人');
    expect(formatValue('69.27', 'percent', '%')).toBe('69.3%');
    expect(formatValue('94.5', 'score', '分')).toBe('94.5');
    expect(formatValue(1200, 'integer', '个')).toBe('1,200');
    expect(formatValue('1308.05', 'amount_bare')).toBe('1,308.05');
  });

  it('falls back on the unit when the format is unknown', () => {
    expect(formatValue('2500', undefined, '万元')).toBe('2,500.00 万元');
    expect(formatValue('12.34', undefined, '%')).toBe('12.3%');
    expect(formatValue(null, 'amount')).toBe('—');
  });
});

describe('formatChange against the previous year', () => {
  it('amounts as relative change, rates in percentage points', () => {
    expect(formatChange('0.5', '0.25', 'amount')).toBe('+100.0%');
    expect(formatChange('69.27', '72.5', 'percent')).toBe('-3.2 个百分点');
    expect(formatChange('69.27', '72.5', 'percent', 'en')).toBe('-3.2 pp');
    expect(formatChange('92', '90.5', 'score')).toBe('+1.50 分');
  });

  it('is null when either year is missing or the base is zero', () => {
    expect(formatChange('1', null, 'amount')).toBeNull();
    expect(formatChange('1', '0', 'amount')).toBeNull();
  });
});
