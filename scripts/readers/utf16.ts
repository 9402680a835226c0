// UTF-16 text without a byte order mark (some export tools write it): recognised when decoding the
// first few kilobytes one way gives plausible text (CJK, ASCII, CJK punctuation, full-width forms)
// and the other way does not. Returns the encoding, or undefined for anything else.

function plausible(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0x00b7 ||
    c === 0x00d7 ||
    (c >= 0x2160 && c <= 0x2188) ||
    (c >= 0x2460 && c <= 0x24ff)
  );
}

function score(bytes: Uint8Array, bigEndian: boolean): number {
  const n = Math.min(bytes.length, 8192) >> 1;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const hi = bytes[2 * i + (bigEndian ? 0 : 1)]!;
    const lo = bytes[2 * i + (bigEndian ? 1 : 0)]!;
    if (plausible((hi << 8) | lo)) good++;
  }
  return n ? good / n : 0;
}

export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 16) return undefined;
  const be = score(bytes, true);
  const le = score(bytes, false);
  if (be >= 0.95 && le < 0.6) return 'utf-16be';
  if (le >= 0.95 && be < 0.6) return 'utf-16le';
  return undefined;
}

/** UTF-16 without BOM where UTF-8 does not explain the bytes (they hold NULs or are not UTF-8). */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const guess = detectUtf16(bytes);
  if (!guess) return undefined;
  if (bytes.subarray(0, 8192).includes(0)) return guess;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 8192 - 3));
    return undefined;
  } catch {
    return guess;
  }
}
