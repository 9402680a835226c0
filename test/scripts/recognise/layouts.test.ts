// The layout-family fixtures (layouts/<family>/, listed in layouts/README.md): reports of our own in
// the layouts real reports use. Every fixture goes through the whole pipeline and is scored against
// its family's expected.json with the golden scorer. The test prints the score of each family and
// fails when the suite falls below FLOOR: the bar of issue 9 (98% of the expected facts), which the
// suite clears. The newest blind round (families whose expected.json says blind_round) is held to
// NEWEST_FLOOR, the share it reached, while its misses are worked through; when it clears FLOOR its
// marker goes and it joins the suite. Neither floor is ever lowered to pass.
import { describe, expect, it } from 'vitest';
import { families, scoreFamily, type FamilyScore } from './layouts';

/** The share of expected facts the suite must reach (measured 98.1%: 1,743 of 1,776 facts). */
const FLOOR = 98;
/** The share the newest blind round must keep (measured blind 37.1%, now 76.6%: 285 of 372 facts). */
const NEWEST_FLOOR = 76;

function share(scores: FamilyScore[]): { matched: number; total: number; pct: number } {
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  return { matched, total, pct: total ? (100 * matched) / total : 100 };
}

describe('layout-family fixtures', () => {
  it(`states at least ${FLOOR}% of the expected facts over all families, and prints the score per family`, async () => {
    const scores: FamilyScore[] = [];
    for (const family of families()) scores.push(await scoreFamily(family));
    const suite = share(scores.filter((s) => !s.blindRound));
    const newest = share(scores.filter((s) => s.blindRound));
    const fixtures = scores.reduce((n, s) => n + s.fixtures, 0);
    const lines = scores.map(
      (s) =>
        `${s.family.padEnd(44)} ${String(s.fixtures).padStart(2)}  ${`${s.matched}/${s.total}`.padStart(7)}  ${s.facts.toFixed(1)}%`,
    );
    console.log(
      [
        `layout families: ${scores.length}, fixtures: ${fixtures}`,
        ...lines,
        `suite: ${suite.matched}/${suite.total} (${suite.pct.toFixed(1)}%)`,
        `newest blind round: ${newest.matched}/${newest.total} (${newest.pct.toFixed(1)}%)`,
      ].join('\n'),
    );
    expect(scores.length).toBeGreaterThanOrEqual(15);
    expect(fixtures).toBeGreaterThanOrEqual(40);
    const misses = (round: boolean) =>
      scores
        .filter((s) => s.facts < 100 && !!s.blindRound === round)
        .map((s) => s.text)
        .join('\n');
    expect(suite.pct, misses(false)).toBeGreaterThanOrEqual(FLOOR);
    expect(newest.pct, misses(true)).toBeGreaterThanOrEqual(NEWEST_FLOOR);
  });
});
