// The merged tables (units, unit-years, 三公经费, quarterly progress, projects with their
// indicators): records offer their values field by field in document priority order, and once
// every record has been offered the kept values become the rows, each conflict a finding.

import type { Project } from '../model/record';
import { PROJECT_FIELDS, SANGONG_FIELDS, UNIT_YEAR_FIELDS } from './columns';
import { DECIMAL_KINDS, fitDecimal, percentOf } from './decimal';
import { orderKinds } from './document-order';
import type { FactRows, RecordContext } from './fact-rows';
import { FieldMerge } from './merge';
import type { Row, WarehouseDocument, WarehouseRows } from './types';

export class MergedTables {
  readonly unitYears = new FieldMerge();
  readonly sangong = new FieldMerge();
  readonly quarterly = new FieldMerge();
  readonly projects = new FieldMerge();
  readonly units = new FieldMerge();
  readonly unitYearKinds = new Map<string, Set<string>>();
  private readonly demoGroups = new Map<string, boolean>();
  readonly projectBase = new Map<
    string,
    { name: string; doc: WarehouseDocument; unitId: string; year: number }
  >();
  readonly projectIndicators = new Map<string, NonNullable<Project['indicators']>>();
  private readonly rows: WarehouseRows;
  private readonly factRows: FactRows;

  constructor(rows: WarehouseRows, factRows: FactRows) {
    this.rows = rows;
    this.factRows = factRows;
  }

  /** Offers each stated field of a record, fitted to its column, to a merge. */
  mergeFields(
    ctx: RecordContext,
    merge: FieldMerge,
    group: string,
    fields: typeof UNIT_YEAR_FIELDS,
    get: (key: string) => unknown,
    facts: Map<string, Row>,
  ): void {
    for (const f of fields) {
      const raw = get(f.key);
      if (raw === undefined || raw === null || raw === '') continue;
      const value = this.factRows.fitted(ctx, f.key, raw, f.kind);
      if (value === undefined) continue;
      merge.offer(
        group,
        f.column,
        { value, doc: ctx.doc, fact: facts.get(f.key) },
        { unitId: ctx.unitId, year: ctx.year },
      );
    }
  }

  markDemo(key: string, demo: boolean): void {
    this.demoGroups.set(key, (this.demoGroups.get(key) ?? true) && demo);
  }

  /** The merged tables, once every record has been offered. */
  write(): void {
    for (const unitId of this.units.groupKeys()) {
      const u = this.units.values(unitId);
      const name = (u.name as string | undefined) || `${u.county ?? ''}${u.dept_type ?? ''}` || unitId;
      this.rows.units.push({
        unit_id: unitId,
        name,
        dept_type: u.dept_type ?? null,
        province: u.province ?? null,
        city: u.city ?? null,
        county: u.county ?? null,
        division_code: u.division_code ?? null,
        is_demo: this.demoGroups.get(`u|${unitId}`) ?? false,
      });
    }
    for (const uy of this.unitYears.groupKeys()) {
      const [unitId, year] = splitGroup(uy);
      const v = this.unitYears.values(uy);
      const row: Row = { unit_id: unitId, year, report_kinds: orderKinds(this.unitYearKinds.get(uy) ?? []) };
      for (const f of UNIT_YEAR_FIELDS) row[f.column] = v[f.column] ?? null;
      row.execution_rate = computedRate(v.executed, v.budget) ?? v.execution_rate_stated ?? null;
      row.is_demo = this.demoGroups.get(`uy|${uy}`) ?? false;
      this.rows.unit_years.push(row);
    }
    for (const uy of this.sangong.groupKeys()) {
      const [unitId, year] = splitGroup(uy);
      const v = this.sangong.values(uy);
      const row: Row = { unit_id: unitId, year };
      for (const f of SANGONG_FIELDS) row[f.column] = v[f.column] ?? null;
      this.rows.sangong.push(row);
    }
    for (const g of this.quarterly.groupKeys()) {
      const cut = g.lastIndexOf('|');
      const [unitId, year] = splitGroup(g.slice(0, cut));
      const progress = this.quarterly.values(g).progress;
      if (progress !== undefined)
        this.rows.quarterly.push({ unit_id: unitId, year, quarter: Number(g.slice(cut + 1)), progress });
    }
    for (const pid of this.projects.groupKeys()) {
      const base = this.projectBase.get(pid)!;
      const v = this.projects.values(pid);
      const row: Row = {
        project_id: pid,
        unit_id: base.unitId,
        year: base.year,
        doc_id: base.doc.docId,
        name: base.name,
      };
      for (const f of PROJECT_FIELDS) row[f.column] = v[f.column] ?? null;
      row.execution_rate = computedRate(v.executed, v.budget) ?? v.execution_rate_stated ?? null;
      this.rows.projects.push(row);
      (this.projectIndicators.get(pid) ?? []).forEach((ind, i) => {
        const score = (x: unknown) =>
          fitDecimal(x, DECIMAL_KINDS.score.width, DECIMAL_KINDS.score.scale) ?? null;
        this.rows.project_indicators.push({
          project_id: pid,
          seq: i + 1,
          name: ind.name,
          path: ind.path ?? [],
          target: ind.target ?? null,
          actual: ind.actual ?? null,
          weight: score(ind.weight),
          score: score(ind.score),
        });
      });
    }
    const merges: [FieldMerge, string][] = [
      [this.unitYears, 'unit-year'],
      [this.sangong, '三公经费'],
      [this.quarterly, 'quarterly progress'],
      [this.projects, 'project'],
    ];
    for (const [merge, what] of merges) {
      for (const c of merge.conflicts) {
        const about =
          what === 'project'
            ? `project ${this.projectBase.get(c.group)?.name} ${c.field}`
            : `${what} ${c.field}`;
        const kept = `${c.kept.doc.extract.file} states ${String(c.kept.value)}`;
        this.factRows.finding(c.other.doc, c.unitId, c.year, {
          code: 'value_conflict',
          severity: 'warning',
          message: `${about} of ${c.unitId} ${c.year}: ${kept}, ${c.other.doc.extract.file} states ${String(c.other.value)}; the warehouse keeps ${String(c.kept.value)}, both stay in facts`,
          keys: [c.field],
          values: {
            kept: String(c.kept.value),
            kept_doc: c.kept.doc.docId,
            other: String(c.other.value),
            other_doc: c.other.doc.docId,
          },
        });
      }
    }
  }
}

/** executed / budget × 100 when it fits a rate column. */
function computedRate(executed: unknown, budget: unknown): string | undefined {
  const rate = percentOf(executed, budget);
  return rate === undefined
    ? undefined
    : fitDecimal(rate, DECIMAL_KINDS.rate.width, DECIMAL_KINDS.rate.scale);
}

function splitGroup(group: string): [string, number] {
  const cut = group.lastIndexOf('|');
  return [group.slice(0, cut), Number(group.slice(cut + 1))];
}
