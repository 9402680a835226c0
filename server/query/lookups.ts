// Statements for the endpoints that read rows rather than aggregates: health, a unit's profile,
// one fact with its provenance, and the documents list. Every value is bound as a parameter.

import { Params, type Statement } from './sql';

export function healthStatement(): Statement {
  return {
    sql: `SELECT
      (SELECT count(*) FROM units) AS units,
      (SELECT count(*) FROM units WHERE is_demo) AS demo_units,
      (SELECT count(*) FROM unit_years) AS unit_years,
      (SELECT min(year) FROM unit_years) AS first_year,
      (SELECT max(year) FROM unit_years) AS last_year,
      (SELECT count(*) FROM projects) AS projects,
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM documents WHERE is_demo) AS demo_documents,
      (SELECT count(*) FROM documents WHERE status = 'quarantined') AS quarantined,
      (SELECT count(*) FROM findings) AS findings,
      (SELECT max(loaded_at) FROM documents) AS last_loaded_at`,
    params: {},
  };
}

export interface UnitProfileStatements {
  unit: Statement;
  years: Statement;
  sangong: Statement;
  quarterly: Statement;
  projects: Statement;
  projectIndicators: Statement;
  indicators: Statement;
  findings: Statement;
  documents: Statement;
  facts: Statement;
}

/** Projects listed in a profile, at most; a unit has a few dozen per year. */
export const PROFILE_PROJECT_LIMIT = 5000;

export function unitProfileStatements(unitId: string): UnitProfileStatements {
  const one = (sql: string): Statement => ({ sql, params: { id: unitId } });
  return {
    unit: one('SELECT * FROM units WHERE unit_id = $id'),
    years: one(
      `SELECT * EXCLUDE (unit_id, unit_name, dept_type, province, city, county, division_code)
       FROM unit_year_facts_by_unit WHERE unit_id = $id ORDER BY year`,
    ),
    sangong: one(
      'SELECT * EXCLUDE (unit_id, unit_name, dept_type, province, city, county, division_code, is_demo, grade) FROM sangong_facts_by_unit WHERE unit_id = $id ORDER BY year',
    ),
    quarterly: one(
      'SELECT year, quarter, progress FROM quarterly_by_unit WHERE unit_id = $id ORDER BY year, quarter',
    ),
    projects: one(
      `SELECT * EXCLUDE (unit_id) FROM projects WHERE unit_id = $id ORDER BY year, name LIMIT ${PROFILE_PROJECT_LIMIT}`,
    ),
    projectIndicators: one(
      `SELECT i.* FROM project_indicators i JOIN projects p ON p.project_id = i.project_id
       WHERE p.unit_id = $id ORDER BY i.project_id, i.seq LIMIT 20000`,
    ),
    indicators: one(
      'SELECT * EXCLUDE (unit_id) FROM indicators WHERE unit_id = $id ORDER BY year, doc_id, seq',
    ),
    findings: one('SELECT * FROM findings WHERE unit_id = $id ORDER BY year, code, finding_id'),
    documents: one(
      `SELECT doc_id, file_name, format, kinds, status, reason, loaded_at, is_demo FROM documents WHERE doc_id IN (
         SELECT doc_id FROM facts WHERE unit_id = $id UNION SELECT doc_id FROM projects WHERE unit_id = $id
         UNION SELECT doc_id FROM indicators WHERE unit_id = $id UNION SELECT doc_id FROM findings WHERE unit_id = $id)
       ORDER BY loaded_at, file_name`,
    ),
    facts: one(
      `SELECT fact_id, doc_id, year, subject, subject_id, key, value_num, value_text, source_unit, derived, chosen
       FROM facts WHERE unit_id = $id ORDER BY year, subject, subject_id, key, fact_id`,
    ),
  };
}

export function factStatement(factId: string): Statement {
  return {
    sql: `SELECT f.*, d.file_name, d.path, d.format, d.status AS document_status, d.is_demo
          FROM facts f LEFT JOIN documents d ON d.doc_id = f.doc_id WHERE f.fact_id = $id`,
    params: { id: factId },
  };
}

export interface DocumentsFilter {
  status?: 'ok' | 'partial' | 'quarantined' | undefined;
  demo: 'true' | 'false' | 'all';
  page: number;
  pagesize: number;
}

export function documentsStatement(f: DocumentsFilter): Statement {
  const params = new Params();
  const where: string[] = [];
  if (f.status) where.push(`d.status = ${params.bind(f.status)}`);
  if (f.demo !== 'all') where.push(`d.is_demo = ${params.bind(f.demo === 'true')}`);
  const sql = `WITH page AS (
      SELECT d.doc_id, d.file_name, d.format, d.encoding, d.size_bytes, d.kinds, d.status, d.reason,
             d.parser_version, d.loaded_at, d.is_demo, count(*) OVER () AS "__total"
      FROM documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY d.loaded_at DESC, d.file_name, d.doc_id
      LIMIT ${params.named('limit', f.pagesize)} OFFSET ${params.named('offset', (f.page - 1) * f.pagesize)})
    SELECT page.*, coalesce(n.findings, 0) AS findings
    FROM page LEFT JOIN (
      SELECT doc_id, count(*) AS findings FROM findings WHERE doc_id IN (SELECT doc_id FROM page) GROUP BY doc_id
    ) n ON n.doc_id = page.doc_id
    ORDER BY page.loaded_at DESC, page.file_name, page.doc_id`;
  return { sql, params: params.values };
}

/** The findings of the documents on one page of the documents list. */
export function documentFindingsStatement(docIds: string[]): Statement {
  const params = new Params();
  const list = docIds.length ? docIds.map((id) => params.bind(id)).join(', ') : 'NULL';
  return {
    sql: `SELECT doc_id, finding_id, unit_id, year, code, severity, message FROM findings
          WHERE doc_id IN (${list}) ORDER BY doc_id, year, code, finding_id LIMIT 10000`,
    params: params.values,
  };
}
