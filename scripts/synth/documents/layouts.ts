// The layouts of the demo corpus. Each turns one unit-year of the story into a document model and
// the answer-key record of what that document states:
//  - narrative: a 部门整体支出绩效自评报告 in prose with tab-row tables (projects, scoring table);
//  - cells:     the 部门整体支出绩效自评表 form saved as text with one cell per line;
//  - accounts:  a 部门决算 说明 with figures only in sentences (三公 "比上年增加/减少");
//  - national:  the national 部门整体支出绩效自评表 template and a 项目支出绩效自评表 per project;
//  - portal:    a report as a government web page publishes it, tables with merged cells.
// The reports in prose are in layout-reports.ts, the forms in layout-forms.ts.

import Decimal from 'decimal.js';
import { emptySections } from '../../model/record';
import { DEFAULTS, HIGH_GRADE } from '../../model/rules';
import { Draft, type AnswerRecord } from './draft';
import { cells, national } from './layout-forms';
import { accounts, narrative, portal } from './layout-reports';
import { Random, derivedSeed } from './random';
import type { UnitStory, YearFacts } from './story-facts';

export const LAYOUTS = ['narrative', 'cells', 'accounts', 'national', 'portal'] as const;
export type Layout = (typeof LAYOUTS)[number];

function newRecord(story: UnitStory, f: YearFacts): AnswerRecord {
  return {
    unit: {
      name: story.name,
      dept_type: story.dept.name,
      province: story.county.province,
      city: story.county.city,
      county: story.county.name,
      division_code: story.county.code,
    },
    year: f.year,
    ...emptySections(),
    expected_findings: [],
  };
}

export function renderLayout(layout: Layout, story: UnitStory, f: YearFacts, seed: number): Draft {
  const d = new Draft(newRecord(story, f));
  const rng = new Random(derivedSeed(seed, 'layout', story.index, f.year, layout));
  ({ narrative, cells, accounts, national, portal })[layout](d, story, f, rng);
  expectFindings(d, f);
  return d;
}

/** The findings the checks must report, given what this document states. */
function expectFindings(d: Draft, f: YearFacts): void {
  const r = d.record;
  const o = r.overall;
  if (
    f.flaws.has('balance') &&
    ['carryover_begin', 'income_total', 'expenditure_total', 'carryover_end'].every((k) => k in r.finance)
  )
    d.finding('balance_mismatch', `year-end balance ${r.finance.carryover_end} does not close`);
  if (f.flaws.has('rate') && o.budget && o.executed && o.execution_rate)
    d.finding('rate_mismatch', `stated rate ${o.execution_rate}% vs ${o.executed}/${o.budget}`);
  if (f.flaws.has('score_sum') && o.score && r.indicators.length)
    d.finding(
      'score_sum_mismatch',
      `rows add up to ${r.indicators.reduce((s, i) => s.plus(i.score), new Decimal(0)).toFixed()} but the total is ${o.score}`,
    );
  const high = (o.score && new Decimal(o.score).gte(DEFAULTS.high_score)) || o.grade === HIGH_GRADE;
  if (high && o.execution_rate && new Decimal(o.execution_rate).lt(DEFAULTS.threshold))
    d.finding('high_score_low_execution', `score ${o.score ?? o.grade} with execution ${o.execution_rate}%`);
}
