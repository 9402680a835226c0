// The story behind the demo corpus: for each unit (a department of a real county) and year, the
// figures its reports state. Execution dips and recovers, 三公经费 falls year on year or jumps in a
// car-purchase year, some units rate themselves highly whatever they spend, and a few reports
// carry a deliberate inconsistency (a balance that does not close, a rate that does not match the
// amounts, scores that do not add up to the total) that the checks are expected to find.
// What a story states is typed in story-facts.ts; a project's year is made in story-projects.ts.

import type Decimal from 'decimal.js';
import { COUNTIES, findCounties, type County } from '../../gazetteer/index';
import type { Grade } from '../../model/record';
import { GRADES } from '../../model/rules';
import { DEPT_TYPES, SCORING_FRAMEWORK, type DeptType } from './catalog';
import { Random, deductHalfPoints, derivedSeed } from './random';
import { D, money, pct, type Flaw, type ScoredItem, type UnitStory, type YearFacts } from './story-facts';
import { projectYear } from './story-projects';

export function gradeOf(score: Decimal): Grade {
  return GRADES.find((g) => score.gte(g.from))!.grade;
}

/**
 * Counties, districts and banners of the gazetteer; development and pilot zones listed beside them
 * (高新技术产业开发区, 航空港经济综合实验区 …) are not county governments with departments of their own.
 */
const PLACES = COUNTIES.filter(
  (c) =>
    /[县区旗]$/.test(c.name) &&
    !/(开发区|实验区|聚集区|示范区|园区|管理区|合作区|试验区|新城区?)$|高新|经济技术/.test(c.name) &&
    c.province &&
    c.city,
);

/** The unit's name as its reports write it: districts and ambiguous county names carry the city. */
export function unitName(county: County, dept: DeptType): string {
  const ambiguous = findCounties(county.name).length > 1;
  const prefix =
    county.name.endsWith('区') || ambiguous
      ? county.city === county.province
        ? county.province
        : county.city
      : '';
  return `${prefix}${county.name}${dept.name}`;
}

export interface StoryOptions {
  units: number;
  firstYear: number;
  lastYear: number;
  seed: number;
}

export function buildStories(opts: StoryOptions): UnitStory[] {
  const pickRng = new Random(derivedSeed(opts.seed, 'places'));
  const used = new Set<string>();
  const stories: UnitStory[] = [];
  for (let i = 0; i < opts.units; i++) {
    const dept = DEPT_TYPES[i % DEPT_TYPES.length]!;
    let county: County;
    let name: string;
    do {
      county = pickRng.pick(PLACES);
      name = unitName(county, dept);
    } while (used.has(name));
    used.add(name);
    stories.push(buildStory(i, name, county, dept, opts));
  }
  return stories;
}

function buildStory(
  index: number,
  name: string,
  county: County,
  dept: DeptType,
  opts: StoryOptions,
): UnitStory {
  const rng = new Random(derivedSeed(opts.seed, 'unit', index));
  const flatters = rng.chance(0.25);
  const projectKinds = rng.sample(dept.projects, rng.int(2, Math.min(4, dept.projects.length)));
  const span = opts.lastYear - opts.firstYear + 1;
  const dipYear = opts.firstYear + rng.int(0, span - 1);
  const dipDepth = 0.12 + rng.next() * 0.22;
  const carYears = new Set([opts.firstYear + rng.int(0, span - 1)]);
  let budgetBase = D(rng.int(dept.budget[0], dept.budget[1])).plus(D(rng.int(0, 99)).div(100));
  let sangongBase = D(rng.int(8, 60)).plus(D(rng.int(0, 99)).div(100));
  let quota = rng.int(dept.staff[0], dept.staff[1]);
  const baseRate = 0.92 + rng.next() * 0.075;
  let fixedOriginal = budgetBase.mul(0.2 + rng.next() * 0.3);
  const years: YearFacts[] = [];
  let prevSangong: Decimal | undefined;
  let carryover = money(budgetBase.mul(0.03 + rng.next() * 0.08));
  for (let year = opts.firstYear; year <= opts.lastYear; year++) {
    const y = new Random(derivedSeed(opts.seed, 'unit-year', index, year));
    // Execution: a dip in one year, recovering over the next two.
    const since = year - dipYear;
    const dip = since === 0 ? dipDepth : since === 1 ? dipDepth * 0.5 : since === 2 ? dipDepth * 0.2 : 0;
    const rateTrue = Math.min(0.999, Math.max(0.5, baseRate - dip + (y.next() - 0.5) * 0.03));
    const incomeTotal = money(budgetBase);
    const budget = incomeTotal.plus(carryover);
    const executed = money(budget.mul(rateTrue));
    const trueRate = pct(executed, budget);
    const fiscalAppropriation = money(incomeTotal.mul(0.9 + y.next() * 0.1));
    const budgetInitial = money(incomeTotal.mul(0.85 + y.next() * 0.12));
    const budgetBasic = money(budgetInitial.mul(0.3 + y.next() * 0.35));
    const budgetProject = budgetInitial.minus(budgetBasic);
    const basic = money(executed.mul(0.3 + y.next() * 0.35));
    const personnel = money(basic.mul(0.78 + y.next() * 0.14));
    const publicSpend = basic.minus(personnel);
    const project = executed.minus(basic);
    const carryoverEnd = budget.minus(executed);

    // 三公经费: falls most years; a car purchase makes it jump.
    const car = carYears.has(year);
    const abroad = y.chance(0.15) ? money(D(y.int(100, 800)).div(100)) : D(0);
    const reception = money(sangongBase.mul(0.35 + y.next() * 0.2));
    const vehicleOperation = money(sangongBase.mul(0.3 + y.next() * 0.2));
    const vehiclePurchase = car ? money(D(y.int(1500, 3200)).div(100)) : D(0);
    const total = abroad.plus(reception).plus(vehicleOperation).plus(vehiclePurchase);
    const sgBudget = money(total.div(0.82 + y.next() * 0.17));
    sangongBase = sangongBase.mul(0.88 + y.next() * 0.1);

    // Staff and assets drift slowly.
    if (y.chance(0.3)) quota += y.int(-2, 3);
    const inService = Math.max(5, quota - y.int(0, 6) + (y.chance(0.15) ? y.int(1, 4) : 0));
    const retired = Math.round(quota * (0.25 + y.next() * 0.3));
    const contract = y.int(0, Math.round(quota * 0.3));
    fixedOriginal = fixedOriginal.mul(1.01 + y.next() * 0.06);
    const fo = money(fixedOriginal);
    const fn = money(fo.mul(0.35 + y.next() * 0.3));
    const assetsTotal = money(fo.plus(budget.mul(0.1 + y.next() * 0.2)));

    // Scores: flattering units score high whatever they spend.
    const earned = flatters ? 91 + y.next() * 6.5 : 62 + ((rateTrue - 0.5) / 0.5) * 30 + y.next() * 6;
    const rowsScore = D(Math.min(99, Math.round(earned * 2) / 2));
    const scoring = distributeScores(rowsScore, y);

    const flaws = new Set<Flaw>();
    if (y.chance(0.05)) flaws.add('balance');
    if (y.chance(0.05)) flaws.add('rate');
    if (y.chance(0.05)) flaws.add('score_sum');
    if (y.chance(0.05)) flaws.add('unit_slip');
    const statedRate = flaws.has('rate') ? trueRate.plus(y.int(3, 9)).plus(D(y.int(1, 9)).div(10)) : trueRate;
    const statedEnd = flaws.has('balance') ? carryoverEnd.plus(D(y.int(100, 5000)).div(100)) : carryoverEnd;
    const statedScore = flaws.has('score_sum') ? rowsScore.plus(y.pick([1, 1.5, 2, -1, -2])) : rowsScore;

    const q1 = statedRate.mul(0.12 + y.next() * 0.12).toDecimalPlaces(2);
    const q2 = statedRate.mul(0.38 + y.next() * 0.12).toDecimalPlaces(2);
    const q3 = statedRate.mul(0.62 + y.next() * 0.14).toDecimalPlaces(2);

    const projects = projectKinds.map((kind, k) => projectYear(kind, k, budget, rateTrue, y));
    years.push({
      year,
      budgetInitial,
      budgetBasic,
      budgetProject,
      budget,
      executed,
      rate: statedRate,
      incomeTotal,
      fiscalAppropriation,
      carryoverBegin: carryover,
      basic,
      personnel,
      public: publicSpend,
      project,
      carryoverEnd: statedEnd,
      procurement: money(executed.mul(0.02 + y.next() * 0.06)),
      sangong: {
        total,
        abroad,
        vehiclePurchase,
        vehicleOperation,
        reception,
        budget: sgBudget,
        controlRate: pct(total, sgBudget),
        ...(prevSangong ? { prevTotal: prevSangong } : {}),
      },
      staff: { quota, inService, retired, contract },
      assets: { total: assetsTotal, fixedOriginal: fo, fixedNet: fn },
      quarterly: [q1, q2, q3, statedRate],
      score: statedScore,
      grade: gradeOf(statedScore),
      scoring,
      projects,
      flaws,
    });
    prevSangong = total;
    carryover = carryoverEnd;
    budgetBase = budgetBase.mul(1.0 + y.next() * 0.09);
  }
  return { index, name, dept, county, flatters, years };
}

/** Row scores of the scoring framework adding up to `total`, deductions in half points. */
function distributeScores(total: Decimal, rng: Random): ScoredItem[] {
  const weights = SCORING_FRAMEWORK.map((item) => item.weight);
  const scores = deductHalfPoints(weights, D(100).minus(total).mul(2).toNumber(), rng); // in half points
  return SCORING_FRAMEWORK.map((item, i) => ({
    path: [...item.path],
    weight: D(item.weight),
    score: D(scores[i]!).div(2),
  }));
}
