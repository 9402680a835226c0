// The facts measures aggregate over: one per grain of the warehouse (unit-year, 三公 unit-year,
// project, finding, document × kind). The FROM clauses read scripts/sql/schema.sql tables and
// the tables scripts/sql/post builds at load time.

import type { Fact, FactId } from './types';

export const FACTS: Record<FactId, Fact> = {
  unit_year: {
    id: 'unit_year',
    label: { zh: '单位年度', en: 'Unit-year' },
    // unit_year_facts (post/10): unit_years with the unit's columns beside them, no join needed.
    from: 'unit_year_facts f',
    fromByUnit: 'unit_year_facts_by_unit f',
    rollup: 'unit_year_rollup',
    grain: ['unit', 'year'],
  },
  sangong: {
    id: 'sangong',
    label: { zh: '三公经费', en: '三公 expenses' },
    // sangong_facts (post/11): sangong with prev_effective (the previous year's total as stated,
    // else derived from a stated change, else the unit's own row of the year before) and the unit's columns.
    from: 'sangong_facts f',
    fromByUnit: 'sangong_facts_by_unit f',
    rollup: 'sangong_rollup',
    grain: ['unit', 'year'],
  },
  project: {
    id: 'project',
    label: { zh: '项目', en: 'Project' },
    // project_facts (post/14): projects with the unit's columns, sorted by year and execution rate;
    // project_facts_by_unit: the same columns over `projects`, stored unit by unit.
    from: 'project_facts f',
    fromByUnit: 'project_facts_by_unit f',
    rollup: 'project_rollup',
    grain: ['project'],
  },
  finding: {
    id: 'finding',
    label: { zh: '数据问题', en: 'Finding' },
    // finding_facts (post/12): findings with the unit's columns, the document's file name and demo flag.
    from: 'finding_facts f',
  },
  document: {
    id: 'document',
    label: { zh: '文档', en: 'Document' },
    // One row per document and kind; a document of no recognised kind keeps one row with kind NULL.
    from: '(SELECT d.*, unnest(CASE WHEN len(coalesce(d.kinds, []::VARCHAR[])) > 0 THEN d.kinds ELSE [NULL::VARCHAR] END) AS kind FROM documents d) f',
  },
};
