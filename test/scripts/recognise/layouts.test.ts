// The layout-family fixtures (layouts/<family>/, listed in layouts/README.md): reports of our own in
// the layouts real reports use. Every fixture goes through the whole pipeline and is scored against
// its family's expected.json with the golden scorer. The test prints the score of each family and
// fails when the suite falls below FLOOR: the bar of issue 9 (98% of the expected facts), which the
// suite clears. Each blind round (families whose expected.json says blind_round: N) is held apart
// from the suite to its own floor in ROUND_FLOORS, the share it reached, while its misses are worked
// through; when a round clears FLOOR its markers go and it joins the suite. No floor is ever lowered
// to pass, and a round without a floor in the table fails the test.
import { describe, expect, it } from 'vitest';
import { families, scoreFamily, type FamilyScore } from './layouts';

/** The share of expected facts the suite must reach (measured 99.4%: 14,833 of 14,928 facts). */
const FLOOR = 98;
/**
 * The share each blind round still apart from the suite must keep, by round: what it was worked to,
 * rounded down (blind share first, then the share when its floor was last set):
 * - round 4: 67.1% → 92.98% (384 of 413); round 7: 76.5% → 96.32% (262 of 272); round 8: 67.1% →
 *   97.29% (287 of 295); round 9: 79.4% → 95.50% (297 of 311);
 * - round 14: 71.3% → 90.08% (345 of 383); round 15: 81.1% → 92.62% (226 of 244); round 16: 63.5% →
 *   96.08% (466 of 485); round 17: 72.0% → 97.40% (487 of 500); round 19: 74.7% → 89.49% (400 of 447);
 *   round 20: 78.3% → 97.98% (339 of 346); round 21 (project documents only): 43.5% → 88.31% (136 of 154);
 * - round 23: 76.6% → 96.41% (457 of 474); round 25: 49.1% → 88.79% (206 of 232); round 26: 54.2% →
 *   91.25% (219 of 240);
 * - round 28: 42.9% → 44.00% (209 of 475); round 29: 62.3% → 76.31% (277 of 363); round 30: 60.9% →
 *   62.96% (187 of 297); round 31: 24.4% → 38.47% (222 of 577);
 * - with no indicator rows: round 32: 85.2% → 90.02% (370 of 411); round 33: 79.6% → 95.30% (365 of
 *   383); round 34: 62.0% → 91.35% (296 of 324); round 35: 76.5% → 92.24% (333 of 361); round 37:
 *   87.1% → 89.96% (224 of 249); round 38: 75.7% → 94.09% (271 of 288); round 40 (project documents):
 *   45.2% → 90.32% (168 of 186); round 44: 82.8% → 90.52% (258 of 285); round 46: 86.4% → 97.02% (228 of 235); round 47 (mostly project documents): 83.1% → 94.62% (229 of 242); round 48: 91.5% → 96.65% (318 of 329); round 49 (earliest and latest years): 89.9% → 95.59% (217 of 227); round 51: 76.2% → 93.71% (343 of 366); round 55 (one project written up): 46.4% → 83.44% (126 of 151); round 56 (the whole department’s self-evaluation): 85.6% → 97.65% (333 of 341); round 59 (one project written up in prose): 56.5% → 78.57% (121 of 154); round 61 (project forms and target sheets): 93.7% → 96.50% (138 of 143); round 62 (department-wide forms and their nearest kinds): 91.5% → 96.69% (263 of 272); round 63 (project forms as county and town bureaus publish them): 62.2% → 87.41% (125 of 143); round 64 (narrative reports, and the nearest kinds): 84.2% → 86.96% (160 of 184); round 65 (决算 and 三公 as web pages with HTML tables): 73.2% → 84.09% (185 of 220); round 66 (self-evaluation forms as web pages, and the nearest kinds): 50.3% → 83.04% (142 of 171); round 67 (transfer payments and special funds): 52.8% → 75.00% (108 of 144); round 68 (older and PDF-derived department self-evaluations): 67.2% → 77.60% (149 of 192); round 69 (spreadsheet-born forms): 72.4% → 72.37% (186 of 257); round 70 (决算 and 三公 prose): 87.3% → 90.30% (214 of 237); round 71 (the provinces the suite covers least): 96.5% → 96.51% (304 of 315); round 73 (PDF-derived text): 78.2% → 83.21% (233 of 280); round 74 (Word-derived text): 91.1% → 97.18% (207 of 213); round 75 (决算 publications): 79.5% → 96.73% (325 of 336); round 80 (the north-west and south-west): 97.2% → 97.18% (345 of 355); round 81 (the department-wide form and report of the south): 95.3% → 97.55% (478 of 490); round 83 (project documents of the north and north-east): 87.6% → 94.40% (304 of 322); round 85 (the provinces the suite held least of, part one): 90.7% → 96.67% (261 of 270); round 87 (older years): 89.1% → 97.27% (178 of 183); round 88 (institutions that are not county departments): 62.8% → 93.08% (323 of 347); round 90 (the south-west and north-west): 93.1% → 94.48% (342 of 362); round 91 (figures that invite a wrong reading): 96.6% → 97.18% (310 of 319); round 92 (project self-evaluation of the centre and north): 35.9% → 74.75% (154 of 206); round 93 (project reports in prose of the east, south and south-west): 62.1% → 95.07% (193 of 203); round 95 (project documents of units that are not county departments): 66.2% → 92.31% (180 of 195); round 100 (project documents of the east): 69.5% → 93.89% (246 of 262); round 102 (project forms and reports of the older years): 84.5% blind (202 of 239); round 103 (projects inside department-wide documents): 94.9% → 95.25% (602 of 632).
 * Rounds 3, 5, 6, 10, 11, 12, 13, 18, 22, 24, 27 (blind 47.4%, worked to 99.3%), 36 (blind 96.4%,
 * worked to 99.7%), 39 (blind 95.8%, worked to 100%), 41 (blind 91.2%, worked to 100%) 42 (blind
 * 89.5%, worked to 98.7%) 45 (blind 97.9%, worked to 99.0%) 50 (HTML pages, blind 88.5%, worked to 99.2%) 52 (multi-project documents, blind 81.7%, worked to 100%) 54 (attachments as read, blind 82.1%, worked to 99.0%) 53 (common shapes, blind 76.9%, worked to 98.5%) 58 (决算 from provinces seen little, blind 96.8%, worked to 100%) 57 (project forms and target sheets, blind 64.5%, worked to 100%), 72 (project forms from provinces seen little, blind 69.8%, worked to 100%) 76 (national-template project forms, blind 99.3%, worked to 99.6%) 79 (project documents of the centre and east, blind 84.8%, worked to 99.4%), 77 (department kinds seen little, blind 75.7%, worked to 100%) 82 (converted attachments, blind 77.6%, worked to 99.5%), 84 (决算 and 三公 of the east and centre, blind 87.9%, worked to 100%), 86 (the provinces the suite held least of, part two, blind 98.9%, worked to 99.5%), 43 (project documents, blind 78.2%, worked to 98.4%), 60 (older and newer years, blind 95.3%, worked to 98.9%), 78 (the north and north-east, blind 73.2%, worked to 99.4%), 89 (project forms as document sites show them, blind 97.0%, worked to 100%) 94 (department-wide reports and 决算 of the provinces the suite held least of, blind 89.2%, worked to 100%) 96 (the newest years and their templates, blind 88.9%, worked to 98.6%) 97 (决算 and 三公 of units that are not county departments, blind 96.6%, worked to 98.2%), 98 (project self-evaluation in the municipalities' districts, blind 76.0%, worked to 99.1%) 99 (the national department-wide form as small units fill it, blind 94.3%, worked to 98.7%) and 101 (department-wide reports in prose of the north, blind 93.3%, worked to 100%) cleared FLOOR and joined the suite.
 */
const ROUND_FLOORS: Record<number, number> = {
  4: 92,
  7: 96,
  8: 97,
  9: 95,
  14: 90,
  15: 92,
  16: 96,
  17: 97,
  19: 89,
  20: 97,
  21: 88,
  23: 96,
  25: 88,
  26: 91,
  28: 44,
  29: 76,
  30: 62,
  31: 38,
  32: 90,
  33: 95,
  34: 91,
  35: 92,
  37: 89,
  38: 94,
  40: 90,
  44: 90,
  46: 97,
  47: 94,
  48: 96,
  49: 95,
  51: 93,
  55: 83,
  56: 97,
  59: 78,
  61: 96,
  62: 96,
  63: 87,
  64: 86,
  65: 84,
  66: 83,
  67: 75,
  68: 77,
  69: 72,
  70: 90,
  71: 96,
  73: 83,
  74: 97,
  75: 96,
  80: 97,
  81: 97,
  83: 94,
  85: 96,
  87: 97,
  88: 93,
  90: 94,
  91: 97,
  92: 74,
  93: 95,
  95: 92,
  100: 93,
  102: 84,
  103: 95,
};

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
    const rounds = [...new Set(scores.map((s) => s.blindRound).filter((r): r is number => !!r))].sort(
      (a, b) => a - b,
    );
    const blind = rounds.map((round) => ({ round, ...share(scores.filter((s) => s.blindRound === round)) }));
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
        ...blind.map((b) => `blind round ${b.round}: ${b.matched}/${b.total} (${b.pct.toFixed(1)}%)`),
      ].join('\n'),
    );
    expect(scores.length).toBeGreaterThanOrEqual(15);
    expect(fixtures).toBeGreaterThanOrEqual(40);
    const misses = (round?: number) =>
      scores
        .filter((s) => s.facts < 100 && s.blindRound === round)
        .map((s) => s.text)
        .join('\n');
    expect(suite.pct, misses()).toBeGreaterThanOrEqual(FLOOR);
    for (const b of blind) {
      const floor = ROUND_FLOORS[b.round];
      expect(floor, `blind round ${b.round} has no floor in ROUND_FLOORS`).toBeDefined();
      expect(b.pct, `blind round ${b.round}\n${misses(b.round)}`).toBeGreaterThanOrEqual(floor ?? 100);
    }
    // Every fixture goes through the whole pipeline, one after another: 1,164 documents take two and a half
    // minutes on a 2-core machine whose system calls are slow (measured here, 143 s at the session's start).
  }, 900_000);
});
