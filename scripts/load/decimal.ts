// Exact decimals for the loader: parse stated values, fit them to the warehouse's DECIMAL columns
// (refusing, not wrapping, what does not fit) and compute rates with decimal.js. No float ever
// touches an amount.

import Decimal from 'decimal.js';

const PLAIN = /^-?(\d+)(?:\.(\d+))?$/;

/** The warehouse's decimal column kinds (scripts/sql/schema.sql). */
export const DECIMAL_KINDS = {
  amount: { width: 20, scale: 6 },
  rate: { width: 9, scale: 4 },
  score: { width: 9, scale: 3 },
} as const;
export type DecimalKind = keyof typeof DECIMAL_KINDS;

/** Parse a stated value ("1,308.05", "95.74%", 12) into a Decimal, or undefined when it is not a number. */
export function parseDecimal(value: unknown): Decimal | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  const text = String(value)
    .replace(/[,，\s]/g, '')
    .replace(/%$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const d = new Decimal(text);
  return d.isFinite() ? d : undefined;
}

/**
 * The value as an exact decimal string that fits DECIMAL(width, scale), rounded half-up to the
 * scale; undefined when it is not a number or too large for the column.
 */
export function fitDecimal(value: unknown, width: number, scale: number): string | undefined {
  // Fast path for the common case, a plain decimal with no more places than the column keeps:
  // padding with zeros is exact, so decimal.js is not needed.
  if (typeof value === 'string' || typeof value === 'number') {
    const m = PLAIN.exec(String(value));
    if (m && m[1]!.replace(/^0+(?=\d)/, '').length <= width - scale && (m[2] ?? '').length <= scale) {
      const int = m[1]!.replace(/^0+(?=\d)/, '');
      const frac = (m[2] ?? '').padEnd(scale, '0');
      const sign = m[0].startsWith('-') && /[1-9]/.test(int + frac) ? '-' : '';
      return scale ? `${sign}${int}.${frac}` : `${sign}${int}`;
    }
  }
  const d = parseDecimal(value);
  if (!d) return undefined;
  const rounded = d.toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
  if (rounded.abs().gte(new Decimal(10).pow(width - scale))) return undefined;
  return rounded.toFixed(scale);
}

/** A decimal string as the scaled integer DuckDB stores for DECIMAL(width, scale). */
export function scaledBigInt(value: string, scale: number): bigint {
  return BigInt(new Decimal(value).times(new Decimal(10).pow(scale)).toFixed(0));
}

/** A stated count ("40", "40.0") as an integer; undefined when it is not a whole number. */
export function parseInteger(value: unknown): number | undefined {
  const d = parseDecimal(value);
  if (!d || !d.isInteger() || d.abs().gt(2_147_483_647)) return undefined;
  return d.toNumber();
}

/** part / whole × 100 to `scale` places, exact; undefined when either is missing or the whole is zero. */
export function percentOf(
  part: unknown,
  whole: unknown,
  scale = DECIMAL_KINDS.rate.scale,
): string | undefined {
  const p = parseDecimal(part);
  const w = parseDecimal(whole);
  if (!p || !w || w.isZero()) return undefined;
  return p.div(w).times(100).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP).toFixed(scale);
}

/** Numeric equality of two stated values when both are numbers, else equality of their trimmed text. */
export function sameValue(a: unknown, b: unknown): boolean {
  const da = parseDecimal(a);
  const db = parseDecimal(b);
  if (da && db) return da.eq(db);
  return String(a).trim() === String(b).trim();
}
