// Reading a unit profile (/api/units/:id): its sections, and the fact behind each number, found in
// the profile's `facts` list by subject, subject id, year and record key (overall.budget, …), so
// that every number can open its source.
import { toDecimal } from '../format';

export type Row = Record<string, unknown>;

export interface ProfileFact {
  fact_id: string;
  doc_id: string;
  year: number | null;
  subject: string;
  subject_id: string | null;
  key: string;
  value_num: string | null;
  value_text: string | null;
  derived?: boolean;
}

/** Record keys of the unit-year columns that are not simply `finance.<column>`. */
const UNIT_YEAR_KEYS: Record<string, string[]> = {
  budget: ['overall.budget'],
  executed: ['overall.executed'],
  execution_rate: [
    'overall.execution_rate',
    'overall.execution_rate_computed',
    'overall.execution_rate_derived',
  ],
  execution_rate_stated: ['overall.execution_rate'],
  score: ['overall.score'],
  score_derived: ['overall.derived_score'],
  grade: ['overall.grade'],
};

/** The record keys a column of a profile section may have been stored under, most specific first. */
export function recordKeys(subject: string, column: string): string[] {
  if (subject === 'unit_year') {
    if (UNIT_YEAR_KEYS[column]) return UNIT_YEAR_KEYS[column]!;
    const prefixed = /^(staff|assets)_(.+)$/.exec(column);
    if (prefixed) return [`${prefixed[1]}.${prefixed[2]}`];
    return [`finance.${column}`];
  }
  if (subject === 'indicator' && column === 'derived_score')
    return ['indicator.derived_score', 'indicator.score'];
  if (column === 'execution_rate')
    return [
      `${subject}.execution_rate`,
      `${subject}.execution_rate_computed`,
      `${subject}.execution_rate_derived`,
    ];
  return [`${subject}.${column}`];
}

export interface FactIndex {
  /** The fact behind `column` of a row of `subject`; prefers a fact whose value equals the shown one. */
  find(
    subject: string,
    subjectId: string | null,
    year: unknown,
    column: string,
    shown: unknown,
    docId?: unknown,
  ): string | null;
}

export function indexFacts(facts: readonly ProfileFact[]): FactIndex {
  const bySlot = new Map<string, ProfileFact[]>();
  for (const fact of facts) {
    const slot = `${fact.subject}|${fact.subject_id ?? ''}|${fact.year ?? ''}|${fact.key}`;
    const list = bySlot.get(slot) ?? [];
    list.push(fact);
    bySlot.set(slot, list);
  }
  return {
    find(subject, subjectId, year, column, shown, docId) {
      const want = toDecimal(shown as string);
      for (const key of recordKeys(subject, column)) {
        const candidates = (bySlot.get(`${subject}|${subjectId ?? ''}|${year ?? ''}|${key}`) ?? []).filter(
          (f) => docId === undefined || f.doc_id === docId,
        );
        if (!candidates.length) continue;
        const same = candidates.find((f) => {
          const value = toDecimal(f.value_num);
          return want && value ? value.eq(want) : f.value_text !== null && f.value_text === shown;
        });
        return (same ?? candidates[0]!).fact_id;
      }
      return null;
    },
  };
}

/** The value of `key` in a profile row. */
export function valueOf(row: Row, key: string): string | number | null {
  const raw = row[key];
  return typeof raw === 'string' || typeof raw === 'number' ? raw : null;
}

export function listOf(body: Row | undefined, key: string): Row[] {
  const value = body?.[key];
  return Array.isArray(value) ? (value as Row[]) : [];
}
