// Which record key lands in which warehouse column, and as what kind of value. The record keys are
// those of evaluation-record/1 (scripts/model/record.ts); the columns those of scripts/sql/schema.sql.
// Keys a document states that have no column here still reach the `facts` table.

import type { DecimalKind } from './decimal';

export type ColumnKind = DecimalKind | 'int' | 'text';

export interface FieldColumn {
  /** "section.key" of the record (e.g. "overall.budget"). */
  key: string;
  column: string;
  kind: ColumnKind;
}

const field = (key: string, column: string, kind: ColumnKind): FieldColumn => ({ key, column, kind });

/** unit_years: the merged overall figures, finance breakdown, staffing and assets of a unit-year. */
export const UNIT_YEAR_FIELDS: FieldColumn[] = [
  field('overall.budget', 'budget', 'amount'),
  field('overall.executed', 'executed', 'amount'),
  field('overall.execution_rate', 'execution_rate_stated', 'rate'),
  field('overall.score', 'score', 'score'),
  field('overall.derived_score', 'score_derived', 'score'),
  field('overall.grade', 'grade', 'text'),
  ...[
    'budget_initial',
    'income_total',
    'income_prev_year',
    'fiscal_appropriation',
    'carryover_begin',
    'expenditure_total',
    'basic',
    'personnel',
    'public',
    'public_budget',
    'project',
    'budget_basic',
    'budget_project',
    'carryover_end',
    'procurement',
    'procurement_plan',
    'project_total',
  ].map((k) => field(`finance.${k}`, k, 'amount')),
  field('finance.project_count', 'project_count', 'int'),
  ...['quota', 'in_service', 'retired', 'contract'].map((k) => field(`staff.${k}`, `staff_${k}`, 'int')),
  ...['total', 'fixed_original', 'fixed_net'].map((k) => field(`assets.${k}`, `assets_${k}`, 'amount')),
];

/** sangong: 三公经费 of a unit-year. */
export const SANGONG_FIELDS: FieldColumn[] = [
  ...[
    'total',
    'abroad',
    'vehicle_purchase',
    'vehicle_operation',
    'reception',
    'budget',
    'budget_abroad',
    'budget_vehicle_purchase',
    'budget_vehicle_operation',
    'budget_reception',
    'prev_total',
    'prev_total_derived',
  ].map((k) => field(`sangong.${k}`, k, 'amount')),
  field('sangong.control_rate', 'control_rate', 'rate'),
];

/** projects: one project row (keys of the record's project object). */
export const PROJECT_FIELDS: FieldColumn[] = [
  field('category', 'category', 'text'),
  field('budget', 'budget', 'amount'),
  field('executed', 'executed', 'amount'),
  field('returned', 'returned', 'amount'),
  field('execution_rate', 'execution_rate_stated', 'rate'),
  field('score', 'score', 'score'),
];

/** The record sections whose scalar keys are facts, and the fact subject they belong to. */
export const SCALAR_SECTIONS = [
  ['overall', 'unit_year'],
  ['finance', 'unit_year'],
  ['sangong', 'sangong'],
  ['staff', 'unit_year'],
  ['assets', 'unit_year'],
] as const;

/** The order report kinds are listed in, and their rank when documents are merged (lower first). */
export const REPORT_KIND_ORDER = [
  'overall_self_eval',
  'final_accounts',
  'project_self_eval',
  'project_dept_eval',
];

/** A key holds a value the extractor or loader computed rather than one the document states. */
export function isDerivedKey(key: string): boolean {
  return /derived|computed/.test(key);
}
