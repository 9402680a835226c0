// The facts measures aggregate over: one per grain of the warehouse (unit-year, 三公 unit-year,
// project, finding, document × kind). The FROM clauses read only scripts/sql/schema.sql tables
// and the rollups of scripts/sql/post.

import type { Fact, FactId } from './types';

export const FACTS: Record<FactId, Fact> = {
  unit_year: {
    id: 'unit_year',
    label: { zh: '单位年度', en: 'Unit-year' },
    from: 'unit_years f JOIN units u ON u.unit_id = f.unit_id',
  },
  sangong: {
    id: 'sangong',
    label: { zh: '三公经费', en: '三公 expenses' },
    // sangong_yoy (post/10) is sangong with prev_effective: the previous year's total as stated,
    // else as derived from a stated change, else the unit's own row of the year before.
    from:
      'sangong_yoy f JOIN units u ON u.unit_id = f.unit_id ' +
      'LEFT JOIN unit_years y ON y.unit_id = f.unit_id AND y.year = f.year',
  },
  project: {
    id: 'project',
    label: { zh: '项目', en: 'Project' },
    from: 'projects f JOIN units u ON u.unit_id = f.unit_id',
    rollup: 'project_rollup',
  },
  finding: {
    id: 'finding',
    label: { zh: '数据问题', en: 'Finding' },
    from:
      'findings f LEFT JOIN units u ON u.unit_id = f.unit_id ' +
      'LEFT JOIN documents d ON d.doc_id = f.doc_id',
  },
  document: {
    id: 'document',
    label: { zh: '文档', en: 'Document' },
    // One row per document and kind; a document of no recognised kind keeps one row with kind NULL.
    from: '(SELECT d.*, unnest(CASE WHEN len(coalesce(d.kinds, []::VARCHAR[])) > 0 THEN d.kinds ELSE [NULL::VARCHAR] END) AS kind FROM documents d) f',
  },
};
