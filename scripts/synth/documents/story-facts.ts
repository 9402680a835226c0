// What the story of the demo corpus states for a unit and year: the figures its reports give, its
// projects and scoring table, and the deliberate flaws. Every amount is an exact decimal in 万元
// with two places, rounded by the helpers at the end.

import Decimal from 'decimal.js';
import type { County } from '../../gazetteer/index';
import type { Grade } from '../../model/record';
import type { DeptType } from './catalog';

export type Flaw = 'balance' | 'rate' | 'score_sum' | 'unit_slip';

export interface ScoredItem {
  path: string[];
  weight: Decimal;
  score: Decimal;
}

export interface ProjectIndicatorFacts {
  path: [string, string, string];
  target: string;
  actual: string;
  weight: Decimal;
  score: Decimal;
}

export interface ProjectYear {
  name: string;
  category: '部门预算项目' | '财政专项';
  budgetInitial: Decimal;
  budget: Decimal;
  executed: Decimal;
  rate: Decimal;
  /** The funding row's own 分值 (10) and 得分 in the project table. */
  fundingScore: Decimal;
  score: Decimal;
  indicators: ProjectIndicatorFacts[];
}

export interface YearFacts {
  year: number;
  budgetInitial: Decimal;
  budgetBasic: Decimal;
  budgetProject: Decimal;
  budget: Decimal;
  executed: Decimal;
  /** The execution rate as the reports state it (differs from executed/budget when flawed). */
  rate: Decimal;
  incomeTotal: Decimal;
  fiscalAppropriation: Decimal;
  carryoverBegin: Decimal;
  basic: Decimal;
  personnel: Decimal;
  public: Decimal;
  project: Decimal;
  /** The year-end balance as stated (differs from the identity when flawed). */
  carryoverEnd: Decimal;
  procurement: Decimal;
  sangong: {
    total: Decimal;
    abroad: Decimal;
    vehiclePurchase: Decimal;
    vehicleOperation: Decimal;
    reception: Decimal;
    budget: Decimal;
    controlRate: Decimal;
    /** Last year's total, when the unit has a report for last year. */
    prevTotal?: Decimal;
  };
  staff: { quota: number; inService: number; retired: number; contract: number };
  assets: { total: Decimal; fixedOriginal: Decimal; fixedNet: Decimal };
  /** Cumulative spending progress at the end of each quarter (%); the fourth is the year's rate. */
  quarterly: [Decimal, Decimal, Decimal, Decimal];
  /** The stated total score (differs from the rows' sum when flawed). */
  score: Decimal;
  grade: Grade;
  scoring: ScoredItem[];
  projects: ProjectYear[];
  flaws: Set<Flaw>;
}

export interface UnitStory {
  index: number;
  name: string;
  dept: DeptType;
  county: County;
  /** Rates itself highly whatever it spends. */
  flatters: boolean;
  years: YearFacts[];
}

/** An exact decimal. */
export const D = (x: number | string | Decimal) => new Decimal(x);
/** An amount rounded to 分 (two places), half up. */
export const money = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** `part` as a percentage of `whole`, two places (0 of nothing). */
export const pct = (part: Decimal, whole: Decimal) =>
  whole.isZero() ? D(0) : part.div(whole).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
