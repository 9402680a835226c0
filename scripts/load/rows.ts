// From the warehouse's documents to the rows of every table (pure: no I/O). Each table is a function
// of the whole set of documents, so a load rebuilds the warehouse from the documents it carries over
// plus the new ones, and the same documents always give the same rows.
//
// Merge priority, when documents disagree about a unit-year (the first wins, a value_conflict
// finding records the other value, and both stay in `facts`):
//   1. documents with status ok before partial ones;
//   2. by the most authoritative report kind the document contains: 部门整体支出绩效自评
//      (overall_self_eval), then 部门决算 (final_accounts), then 项目支出绩效自评, then 项目支出部门评价;
//   3. the earlier loaded first (a value already shown is not silently replaced by a newcomer);
//   4. file name, then content hash, so that the order is always total.
// Demo documents get unit ids of their own ("demo:…"), so demo data never merges with real data.

import type { EvaluationRecord, Finding, Project, SourceRef } from '../model/record';
import {
  REPORT_KIND_ORDER,
  PROJECT_FIELDS,
  SANGONG_FIELDS,
  SCALAR_SECTIONS,
  UNIT_YEAR_FIELDS,
  isDerivedKey,
} from './columns';
import type { ColumnKind } from './columns';
import { DECIMAL_KINDS, fitDecimal, parseInteger, percentOf } from './decimal';
import { docTag, normaliseName, projectIdOf, unitIdOf } from './ids';
import { FieldMerge } from './merge';
import type { Row, WarehouseDocument, WarehouseRows } from './types';

interface RecordContext {
  doc: WarehouseDocument;
  rec: EvaluationRecord;
  unitId?: string;
  year?: number;
}

const STATUS_RANK = { ok: 0, partial: 1, quarantined: 2 } as const;

export function kindsOf(doc: WarehouseDocument): string[] {
  const kinds = new Set(doc.extract.records.flatMap((r) => r.report_kinds ?? []));
  return orderKinds(kinds);
}

function orderKinds(kinds: Iterable<string>): string[] {
  const rank = (k: string) => REPORT_KIND_ORDER.indexOf(k) + 1 || 99;
  return [...new Set(kinds)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Document priority for merging (see the header). */
export function compareDocuments(a: WarehouseDocument, b: WarehouseDocument): number {
  const kindRank = (d: WarehouseDocument) => {
    const ranks = kindsOf(d)
      .map((k) => REPORT_KIND_ORDER.indexOf(k))
      .filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : REPORT_KIND_ORDER.length;
  };
  return (
    STATUS_RANK[a.extract.status] - STATUS_RANK[b.extract.status] ||
    kindRank(a) - kindRank(b) ||
    a.loadedAt.localeCompare(b.loadedAt) ||
    a.extract.file.localeCompare(b.extract.file) ||
    a.docId.localeCompare(b.docId)
  );
}

/** Fit a stated value to its column kind; `undefined` when absent, `null` when stated but unusable. */
function columnValue(value: unknown, kind: ColumnKind): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (kind === 'text') return String(value);
  if (kind === 'int') return parseInteger(value) ?? null;
  const { width, scale } = DECIMAL_KINDS[kind];
  return fitDecimal(value, width, scale) ?? null;
}

class RowBuilder {
  readonly rows: WarehouseRows = {
    documents: [],
    document_extracts: [],
    units: [],
    unit_years: [],
    sangong: [],
    projects: [],
    project_indicators: [],
    indicators: [],
    quarterly: [],
    findings: [],
    facts: [],
  };
  private readonly factSeq = new Map<string, number>();
  private readonly findingSeq = new Map<string, number>();
  private readonly indicatorSeq = new Map<string, number>();
  private readonly unitYears = new FieldMerge();
  private readonly sangong = new FieldMerge();
  private readonly quarterly = new FieldMerge();
  private readonly projects = new FieldMerge();
  private readonly units = new FieldMerge();
  private readonly unitYearKinds = new Map<string, Set<string>>();
  private readonly demoGroups = new Map<string, boolean>();
  private readonly projectBase = new Map<
    string,
    { name: string; doc: WarehouseDocument; unitId: string; year: number }
  >();
  private readonly projectIndicators = new Map<string, NonNullable<Project['indicators']>>();

  build(docs: WarehouseDocument[]): WarehouseRows {
    const sorted = [...docs].sort(compareDocuments);
    const contexts = this.contexts(sorted);
    for (const doc of sorted) this.document(doc);
    for (const ctx of contexts) this.record(ctx);
    this.mergedRows();
    return this.rows;
  }

  /** Each record with its unit id: a record naming a unit only by name joins the coded id of the same name. */
  private contexts(sorted: WarehouseDocument[]): RecordContext[] {
    const prefix = (doc: WarehouseDocument) => (doc.demo ? 'demo:' : '');
    const codedByName = new Map<string, string>();
    for (const doc of sorted) {
      if (doc.extract.status === 'quarantined') continue;
      for (const rec of doc.extract.records) {
        const id = unitIdOf(rec.unit);
        if (id && !id.startsWith('name:') && rec.unit.name) {
          const key = prefix(doc) + normaliseName(rec.unit.name);
          if (!codedByName.has(key)) codedByName.set(key, prefix(doc) + id);
        }
      }
    }
    const out: RecordContext[] = [];
    for (const doc of sorted) {
      if (doc.extract.status === 'quarantined') continue;
      for (const rec of doc.extract.records) {
        const own = unitIdOf(rec.unit);
        let unitId = own ? prefix(doc) + own : undefined;
        if (own?.startsWith('name:') && rec.unit.name) {
          unitId = codedByName.get(prefix(doc) + normaliseName(rec.unit.name)) ?? unitId;
        }
        const year = Number.isInteger(rec.year) ? rec.year : undefined;
        out.push({ doc, rec, unitId, year });
      }
    }
    return out;
  }

  private document(doc: WarehouseDocument): void {
    const ex = doc.extract;
    this.rows.documents.push({
      doc_id: doc.docId,
      file_name: ex.file,
      path: doc.path,
      format: ex.format ?? null,
      encoding: ex.encoding ?? null,
      size_bytes: ex.size_bytes ?? null,
      kinds: kindsOf(doc),
      status: ex.status,
      reason: ex.errors.length ? ex.errors.map((e) => e.message).join('; ') : null,
      parser_version: doc.parserVersion,
      loaded_at: new Date(doc.loadedAt),
      is_demo: doc.demo,
    });
    this.rows.document_extracts.push({ doc_id: doc.docId, extract: JSON.stringify(ex) });
    if (ex.status === 'partial') {
      for (const e of ex.errors)
        this.finding(doc, undefined, undefined, { code: e.code, severity: 'warning', message: e.message });
    }
  }

  private record(ctx: RecordContext): void {
    const { doc, rec, unitId, year } = ctx;
    const uy = unitId !== undefined && year !== undefined ? `${unitId}|${year}` : undefined;
    const where = { unitId, year };

    // The unit and the year.
    for (const [k, v] of Object.entries(rec.unit ?? {})) {
      if (v === undefined || v === '') continue;
      const fact = this.fact(ctx, 'unit', unitId, `unit.${k}`, v, rec.source?.[`unit.${k}`]);
      if (unitId) this.units.offer(unitId, k, { value: String(v), doc, fact });
    }
    if (unitId) {
      this.units.touch(unitId);
      this.markDemo(`u|${unitId}`, doc.demo);
    }
    if (year !== undefined) this.fact(ctx, 'unit_year', uy, 'year', String(year), rec.source?.year);
    if (uy) {
      this.unitYears.touch(uy, where);
      this.markDemo(`uy|${uy}`, doc.demo);
      const kinds = this.unitYearKinds.get(uy) ?? new Set<string>();
      for (const k of rec.report_kinds ?? []) kinds.add(k);
      this.unitYearKinds.set(uy, kinds);
    }

    // Scalar facts of every section, and the merged unit-year and 三公经费 columns.
    const facts = new Map<string, Row>();
    for (const [section, subject] of SCALAR_SECTIONS) {
      for (const [k, v] of Object.entries(rec[section] ?? {})) {
        if (v === undefined || v === null) continue;
        const key = `${section}.${k}`;
        facts.set(key, this.fact(ctx, subject, uy, key, v, rec.source?.[key]));
      }
    }
    const computed = percentOf(rec.overall?.executed, rec.overall?.budget);
    if (computed !== undefined) {
      this.fact(ctx, 'unit_year', uy, 'overall.execution_rate_computed', computed, undefined, {
        text: `overall.executed / overall.budget × 100 = ${rec.overall.executed} / ${rec.overall.budget} × 100`,
        line: rec.source?.['overall.executed']?.line ?? 0,
        unit: '%',
      });
    }
    if (uy) {
      this.mergeFields(ctx, this.unitYears, uy, UNIT_YEAR_FIELDS, (key) => lookup(rec, key), facts);
      if (Object.keys(rec.sangong ?? {}).length) {
        this.sangong.touch(uy, where);
        this.mergeFields(ctx, this.sangong, uy, SANGONG_FIELDS, (key) => lookup(rec, key), facts);
      }
    }

    // Quarterly progress.
    for (const q of rec.quarterly ?? []) {
      const fact = this.fact(
        ctx,
        'quarterly',
        `Q${q.quarter}`,
        'quarterly.progress',
        q.progress,
        q.source,
        undefined,
        '%',
      );
      if (uy && [1, 2, 3, 4].includes(q.quarter)) {
        const value = this.fitted(ctx, 'quarterly.progress', q.progress, 'rate');
        this.quarterly.offer(`${uy}|${q.quarter}`, 'progress', { value, doc, fact }, where);
      }
    }

    for (const p of rec.projects ?? []) this.project(ctx, p);

    // The department's scoring table.
    for (const ind of rec.indicators ?? []) {
      const seqKey = `${doc.docId}|${unitId}|${year}`;
      const seq = (this.indicatorSeq.get(seqKey) ?? 0) + 1;
      this.indicatorSeq.set(seqKey, seq);
      for (const k of ['name', 'weight', 'score', 'derived_score'] as const) {
        if (ind[k] !== undefined)
          this.fact(ctx, 'indicator', String(seq), `indicator.${k}`, ind[k], ind.source);
      }
      if (!uy) continue;
      this.rows.indicators.push({
        unit_id: unitId,
        year,
        doc_id: doc.docId,
        seq,
        name: ind.name,
        path: ind.path ?? [],
        level1: ind.path?.[0] ?? null,
        weight: this.fitted(ctx, 'indicator.weight', ind.weight, 'score') ?? null,
        score: this.fitted(ctx, 'indicator.score', ind.score, 'score') ?? null,
        derived_score: this.fitted(ctx, 'indicator.derived_score', ind.derived_score, 'score') ?? null,
      });
    }

    for (const f of rec.findings ?? []) this.finding(doc, unitId, year, f);
  }

  private project(ctx: RecordContext, p: Project): void {
    const { doc, unitId, year } = ctx;
    if (!p?.name) return;
    const pid =
      unitId !== undefined && year !== undefined
        ? projectIdOf(unitId, year, p.name)
        : `${docTag(doc.docId)}/${normaliseName(p.name)}`;
    const facts = new Map<string, Row>();
    facts.set('name', this.fact(ctx, 'project', pid, 'project.name', p.name, p.source?.name));
    for (const [k, v] of Object.entries(p)) {
      if (k === 'name' || k === 'indicators' || k === 'source' || v === undefined || v === null) continue;
      facts.set(k, this.fact(ctx, 'project', pid, `project.${k}`, v, p.source?.[k]));
    }
    const computed = percentOf(p.executed, p.budget);
    if (computed !== undefined) {
      this.fact(ctx, 'project', pid, 'project.execution_rate_computed', computed, undefined, {
        text: `project.executed / project.budget × 100 = ${p.executed} / ${p.budget} × 100`,
        line: p.source?.executed?.line ?? 0,
        unit: '%',
      });
    }
    (p.indicators ?? []).forEach((ind, i) => {
      for (const k of ['name', 'target', 'actual', 'weight', 'score'] as const) {
        if (ind[k] !== undefined && ind[k] !== '') {
          this.fact(
            ctx,
            'project_indicator',
            `${pid}#${i + 1}`,
            `project_indicator.${k}`,
            ind[k],
            ind.source,
          );
        }
      }
    });
    if (unitId === undefined || year === undefined) return;
    if (!this.projectBase.has(pid)) this.projectBase.set(pid, { name: p.name, doc, unitId, year });
    this.projects.touch(pid, { unitId, year });
    this.mergeFields(
      ctx,
      this.projects,
      pid,
      PROJECT_FIELDS,
      (key) => (p as unknown as Record<string, unknown>)[key],
      facts,
    );
    if (p.indicators?.length && !this.projectIndicators.has(pid))
      this.projectIndicators.set(pid, p.indicators);
  }

  private mergeFields(
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
      const value = this.fitted(ctx, f.key, raw, f.kind);
      if (value === undefined) continue;
      merge.offer(
        group,
        f.column,
        { value, doc: ctx.doc, fact: facts.get(f.key) },
        { unitId: ctx.unitId, year: ctx.year },
      );
    }
  }

  /** A stated value fitted to its column; records a finding when it cannot be stored there. */
  private fitted(
    ctx: RecordContext,
    key: string,
    value: unknown,
    kind: ColumnKind,
  ): string | number | undefined {
    const v = columnValue(value, kind);
    if (v === null) {
      this.finding(ctx.doc, ctx.unitId, ctx.year, {
        code: 'value_unusable',
        severity: 'warning',
        message: `${ctx.doc.extract.file}: ${key} = "${String(value)}" is not a ${kind === 'int' ? 'whole number' : 'number'} that fits the warehouse column; kept in facts only`,
        keys: [key],
        values: { [key]: String(value) },
      });
      return undefined;
    }
    return v as string | number | undefined;
  }

  private fact(
    ctx: RecordContext,
    subject: string,
    subjectId: string | undefined,
    key: string,
    value: unknown,
    source: SourceRef | undefined,
    computedSource?: SourceRef,
    defaultUnit?: string,
  ): Row {
    const tag = docTag(ctx.doc.docId);
    const seq = (this.factSeq.get(tag) ?? 0) + 1;
    this.factSeq.set(tag, seq);
    const stored =
      typeof value === 'string' || typeof value === 'number'
        ? fitDecimal(value, DECIMAL_KINDS.amount.width, DECIMAL_KINDS.amount.scale)
        : undefined;
    const src = source ?? computedSource;
    const row: Row = {
      fact_id: `${tag}-${seq}`,
      doc_id: ctx.doc.docId,
      unit_id: ctx.unitId ?? null,
      year: ctx.year ?? null,
      subject,
      subject_id: subjectId ?? null,
      key,
      value_num: stored ?? null,
      value_text: stored === undefined ? String(value) : null,
      source_unit: src?.unit ?? defaultUnit ?? null,
      derived: isDerivedKey(key),
      line: src?.line || null,
      page: src?.page ?? null,
      sheet: src?.sheet ?? null,
      quote: src?.text ?? null,
      rule: src?.rule ?? null,
      chosen: true,
    };
    this.rows.facts.push(row);
    return row;
  }

  private finding(
    doc: WarehouseDocument,
    unitId: string | undefined,
    year: number | undefined,
    f: Pick<Finding, 'severity' | 'message'> & {
      code: string;
      keys?: string[];
      values?: unknown;
      source?: unknown;
    },
  ): void {
    const tag = docTag(doc.docId);
    const seq = (this.findingSeq.get(tag) ?? 0) + 1;
    this.findingSeq.set(tag, seq);
    const details: Record<string, unknown> = {};
    for (const k of Object.keys(f) as (keyof typeof f)[]) {
      if (k !== 'code' && k !== 'severity' && k !== 'message' && f[k] !== undefined) details[k] = f[k];
    }
    this.rows.findings.push({
      finding_id: `${tag}-F${seq}`,
      doc_id: doc.docId,
      unit_id: unitId ?? null,
      year: year ?? null,
      code: f.code,
      severity: f.severity ?? 'warning',
      message: f.message ?? f.code,
      details: Object.keys(details).length ? JSON.stringify(details) : null,
    });
  }

  private markDemo(key: string, demo: boolean): void {
    this.demoGroups.set(key, (this.demoGroups.get(key) ?? true) && demo);
  }

  /** The merged tables, once every record has been offered. */
  private mergedRows(): void {
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
        this.finding(c.other.doc, c.unitId, c.year, {
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

function lookup(rec: EvaluationRecord, key: string): unknown {
  const [section, k] = key.split('.') as [keyof EvaluationRecord, string];
  return (rec[section] as Record<string, unknown> | undefined)?.[k];
}

export function buildRows(docs: WarehouseDocument[]): WarehouseRows {
  return new RowBuilder().build(docs);
}
