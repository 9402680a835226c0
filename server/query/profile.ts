// The answer of /api/units/:id: the unit and every section of its profile, each row carrying the
// facts behind its numbers (`sources`: column → fact id). Which record keys a column shows comes
// from the field declaration (sourceKeys); of the facts stating it, the one the load chose (the
// value kept in the merged tables), else the first. The browser then reverses nothing.

import { sourceKeys, type FieldTable } from '../../scripts/model/fields';
import type { ProfileFact, ProfileRow, UnitProfile } from '../answers';
import { withWords } from '../catalog';
import type { Exec, Parallel, Row } from '../db/warehouse';
import { missing } from '../errors';
import { unitProfileStatements } from './lookups';

/** How each section's rows meet their facts: the facts' subject, the row's subject id, the table. */
const SECTIONS = {
  years: { subject: 'unit_year', table: 'unit_years', id: (r: Row, unit: string) => `${unit}|${r.year}` },
  sangong: { subject: 'sangong', table: 'sangong', id: (r: Row, unit: string) => `${unit}|${r.year}` },
  quarterly: { subject: 'quarterly', table: 'quarterly', id: (r: Row) => `Q${r.quarter}` },
  projects: { subject: 'project', table: 'projects', id: (r: Row) => String(r.project_id) },
  project_indicators: {
    subject: 'project_indicator',
    table: 'project_indicators',
    id: (r: Row) => `${r.project_id}#${r.seq}`,
  },
  // Each document numbers its own scoring rows: an indicator's facts are its document's.
  indicators: { subject: 'indicator', table: 'indicators', id: (r: Row) => String(r.seq), byDocument: true },
} as const satisfies Record<
  string,
  { subject: string; table: FieldTable; id: (r: Row, unit: string) => string; byDocument?: true }
>;

type Section = keyof typeof SECTIONS;

/** The facts by subject, subject id and key (a project indicator's facts carry its project's year). */
function factIndex(facts: readonly ProfileFact[]) {
  const bySlot = new Map<string, ProfileFact[]>();
  for (const f of facts) {
    const slot = `${f.subject}|${f.subject_id ?? ''}|${f.key}`;
    const list = bySlot.get(slot) ?? [];
    list.push(f);
    bySlot.set(slot, list);
  }
  return (subject: string, subjectId: string, key: string, row: Row, byDocument: boolean) => {
    const all = (bySlot.get(`${subject}|${subjectId}|${key}`) ?? []).filter(
      (f) => (row.year === undefined || f.year === row.year) && (!byDocument || f.doc_id === row.doc_id),
    );
    return all.find((f) => f.chosen) ?? all[0];
  };
}

function withSources(
  rows: Row[],
  section: Section,
  unitId: string,
  find: ReturnType<typeof factIndex>,
): ProfileRow[] {
  const spec: {
    subject: string;
    table: FieldTable;
    id: (r: Row, unit: string) => string;
    byDocument?: true;
  } = SECTIONS[section];
  const { subject, table, id } = spec;
  const keysOf = new Map<string, string[]>();
  return rows.map((row) => {
    const sources: Record<string, string> = {};
    for (const [column, value] of Object.entries(row)) {
      if (value === null) continue;
      if (!keysOf.has(column)) keysOf.set(column, sourceKeys(table, column));
      for (const key of keysOf.get(column)!) {
        const fact = find(subject, id(row, unitId), key, row, spec.byDocument === true);
        if (fact) {
          sources[column] = fact.fact_id;
          break;
        }
      }
    }
    return { ...row, sources } as ProfileRow;
  });
}

export async function answerProfile(unitId: string, exec: Exec, parallel: Parallel): Promise<UnitProfile> {
  const { unit: unitStatement, ...rest } = unitProfileStatements(unitId);
  const [unit] = await exec(unitStatement);
  if (!unit) throw missing('unit_not_found', `no unit with id "${unitId}"`, { id: unitId });
  const names = Object.keys(rest) as (keyof typeof rest)[];
  const rows = await parallel(names.map((n) => rest[n]));
  const section = (n: keyof typeof rest) => rows[names.indexOf(n)]!;
  const facts = section('facts') as unknown as ProfileFact[];
  const find = factIndex(facts);
  const projects = section('projects');
  const projectYear = new Map(projects.map((p) => [p.project_id, p.year]));
  const sourced = (n: Section, list: Row[]) => withSources(list, n, unitId, find);
  return {
    unit: unit as unknown as UnitProfile['unit'],
    years: sourced('years', section('years')),
    sangong: sourced('sangong', section('sangong')),
    quarterly: sourced('quarterly', section('quarterly')),
    projects: sourced('projects', projects),
    // A project indicator's facts carry the year of its project.
    project_indicators: sourced(
      'project_indicators',
      section('projectIndicators').map((r) => ({ ...r, year: projectYear.get(r.project_id) ?? null })),
    ).map(({ year: _y, ...r }) => r as ProfileRow),
    indicators: sourced('indicators', section('indicators')),
    findings: section('findings').map(withWords) as unknown as UnitProfile['findings'],
    documents: section('documents') as unknown as UnitProfile['documents'],
    facts,
    demo: unit.is_demo === true,
  };
}
