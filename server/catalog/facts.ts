// The facts measures aggregate over: one per grain of the warehouse (unit-year, 三公 unit-year,
// project, finding, document × kind). The FROM clauses read scripts/sql/schema.sql tables and
// the tables scripts/sql/post builds at load time.

import type { Fact, FactId, Text } from './types';

/** A fact built at load time: `<name>_facts`, the same rows by unit, and its rollup table. */
function built(id: FactId, label: Text, grain: string[]): Fact {
  return {
    id,
    label,
    from: `${id}_facts f`,
    fromByUnit: `${id}_facts_by_unit f`,
    rollup: `${id}_rollup`,
    grain,
  };
}

export const FACTS: Record<FactId, Fact> = {
  // unit_year_facts (post/10): unit_years with the unit's columns beside them, no join needed.
  unit_year: built('unit_year', { zh: '单位年度', en: 'Unit-year' }, ['unit', 'year']),
  // sangong_facts (post/11): sangong with prev_effective (the previous year's total as stated,
  // else derived from a stated change, else the unit's own row of the year before) and the unit's columns.
  sangong: built('sangong', { zh: '三公经费', en: '三公 expenses' }, ['unit', 'year']),
  // project_facts (post/14): projects with the unit's columns, sorted by year and execution rate;
  // project_facts_by_unit: the same columns over `projects`, stored unit by unit.
  project: built('project', { zh: '项目', en: 'Project' }, ['project']),
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
