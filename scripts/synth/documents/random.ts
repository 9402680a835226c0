// A small seeded random source (mulberry32) for the demo corpus: the same seed gives the same
// corpus on every machine, so a generated corpus and its answer key can be reproduced exactly.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` distinct items in their original order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx
      .slice(0, Math.min(n, items.length))
      .sort((a, b) => a - b)
      .map((i) => items[i]!);
  }
}

/**
 * Weights in half points less `deduct` half points taken one at a time from items drawn at random
 * (none below zero): how the corpus spreads a score's deductions over the rows of a scoring table.
 */
export function deductHalfPoints(weights: readonly number[], deduct: number, rng: Random): number[] {
  const halves = weights.map((x) => x * 2);
  let guard = 0;
  while (deduct > 0 && guard++ < 10000) {
    const i = rng.int(0, halves.length - 1);
    if (halves[i]! > 0) {
      halves[i]!--;
      deduct--;
    }
  }
  return halves;
}

/** A seed derived from a base seed and a label (unit index, year …), stable across runs. */
export function derivedSeed(base: number, ...parts: (string | number)[]): number {
  let h = (base ^ 0x811c9dc5) >>> 0;
  for (const ch of parts.join('|')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
