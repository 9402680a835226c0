// What the recognisers have read from one document so far: the statements per key, the projects,
// the scoring rows, the units a summary lists. The record is built from it at the end, and the
// checks read it again to see every statement, not only the chosen one.

import Decimal from 'decimal.js';
import type { Table } from '../model/document';
import type { EvaluationRecord, ReportKind, SourceRef } from '../model/record';
import { FactBag } from './facts';
import { cleanName, normalizeText } from './normalize';
import { type AmountUnit } from './numbers';
import { ProjectBook } from './projects';
import { type ScoredRow } from './scoring';
import { isNumeric, type GridCell } from './grid';

export interface TableContext {
  table: Table;
  /** The paragraphs between the previous table and this one, nearest last. */
  context: string;
  /** A project table, an overall table, or neither. */
  subject: 'project' | 'overall' | 'other';
  /** The table's own title ("一般公共预算财政拨款支出决算表"), where it stands above the context's lines. */
  title?: string;
}

export interface Reading {
  bag: FactBag;
  changes: FactBag;
  grades: { grade: string; source: SourceRef }[];
  /** Grades a project's score table states (its 总分 row): the unit's where the document is that one project's. */
  projectGrades: { grade: string; source: SourceRef }[];
  quarterly: { quarter: number; value: Decimal; source: SourceRef }[];
  projects: ProjectBook;
  indicators: ScoredRow[];
  indicatorTotal?: { weight?: Decimal; score?: Decimal; source: SourceRef };
  deptEvalProjects: string[];
  projectAmounts: Decimal[];
  deptEvalScores: { value: Decimal; source: SourceRef }[];
  kinds: Set<ReportKind>;
  /** Units a summary table lists row by row (部门名称 | 预算 | 执行 | 得分), with what each row states. */
  listed: Map<string, { name: string; bag: FactBag; projects: ProjectBook }>;
  docUnit?: AmountUnit;
  /**
   * The amounts the prose states with their unit ("预算资金12万元": 12 → 万元), to place a table that states
   * none: asked only for such a table in a document that states no unit, so worked out then.
   */
  proseAmounts?: () => Map<string, Set<AmountUnit>>;
  /**
   * The page publishes the results of evaluations of other units (a finance bureau's 重点绩效评价
   * 结果), not a unit's own self-evaluation: a listed project is its 实施单位's.
   */
  othersEvaluated?: boolean;
}

export function mergeInto(r: Reading, l: { bag: FactBag; projects: ProjectBook }): void {
  for (const key of l.bag.keys()) for (const c of l.bag.all(key)) r.bag.add(key, c.value, c.source, c.origin);
  for (const p of l.projects.all()) {
    const target = r.projects.get(p.name);
    target.fromTable ||= p.fromTable;
    if (p.category && !target.category) target.category = p.category;
    for (const key of p.facts.keys())
      for (const c of p.facts.all(key)) target.facts.add(key, c.value, c.source, c.origin);
    if (!target.indicators.length) target.indicators = p.indicators;
  }
}

/** Nothing read yet; a unit listed in a summary starts with the document's report kinds. */
export function emptyReading(kinds: Iterable<ReportKind> = []): Reading {
  return {
    bag: new FactBag(),
    changes: new FactBag(),
    grades: [],
    projectGrades: [],
    quarterly: [],
    projects: new ProjectBook(),
    indicators: [],
    deptEvalProjects: [],
    projectAmounts: [],
    deptEvalScores: [],
    kinds: new Set(kinds),
    listed: new Map(),
  };
}

export const UNIT_COLUMN =
  /^(部门名称|单位名称|预算单位(名称)?|主管部门(名称)?|部门\(单位\)名称|预算部门(名称)?)/;

/** The unit a row of a summary names; not a total row or a placeholder. */
export function listedUnitName(cell: GridCell | undefined): string | undefined {
  if (!cell || cell.label.length < 3 || isNumeric(cell) || /合计|小计|总计|\.\.\./.test(cell.label))
    return undefined;
  return cleanName(cell.raw.text);
}

export function listedUnit(r: Reading, name: string): { name: string; bag: FactBag; projects: ProjectBook } {
  const key = normalizeText(name).replace(/\s+/g, '');
  let u = r.listed.get(key);
  if (!u) {
    u = { name, bag: new FactBag(), projects: new ProjectBook() };
    r.listed.set(key, u);
  }
  return u;
}

/** The raw statements behind a record, for the checks (not serialised). */
export interface RecordReading {
  bag: FactBag;
  changes: FactBag;
  projects: ProjectBook;
  deptEvalProjects: string[];
  deptEvalScores: { value: Decimal; source: SourceRef }[];
  indicatorTotal?: Reading['indicatorTotal'];
}

/** A record and the statements it was built from, handed to the checks together. */
export interface Recognised {
  record: EvaluationRecord;
  reading: RecordReading;
}
