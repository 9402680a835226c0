// From the warehouse's documents to the rows of every table (pure: no I/O). Each table is a function
// of the whole set of documents, so a load rebuilds the warehouse from the documents it carries over
// plus the new ones, and the same documents always give the same rows.
//
// The order in which documents are merged is in document-order.ts; the merged tables in
// merged-tables.ts, the facts and findings in fact-rows.ts.
// Demo documents get unit ids of their own ("demo:…"), so demo data never merges with real data.

import type { EvaluationRecord, Project } from '../model/record';
import { PROJECT_FIELDS, SANGONG_FIELDS, SCALAR_SECTIONS, UNIT_YEAR_FIELDS } from './columns';
import { percentOf } from './decimal';
import { compareDocuments, kindsOf } from './document-order';
import { FactRows, type RecordContext } from './fact-rows';
import { docTag, normaliseName, projectIdOf, unitIdOf } from './ids';
import { MergedTables } from './merged-tables';
import type { Row, WarehouseDocument, WarehouseRows } from './types';

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
  private readonly factRows = new FactRows(this.rows);
  private readonly merged = new MergedTables(this.rows, this.factRows);
  private readonly indicatorSeq = new Map<string, number>();

  build(docs: WarehouseDocument[]): WarehouseRows {
    const sorted = [...docs].sort(compareDocuments);
    const contexts = this.contexts(sorted);
    for (const doc of sorted) this.document(doc);
    for (const ctx of contexts) this.record(ctx);
    this.merged.write();
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
        this.factRows.finding(doc, undefined, undefined, {
          code: e.code,
          severity: 'warning',
          message: e.message,
        });
    }
  }

  private record(ctx: RecordContext): void {
    const { doc, rec, unitId, year } = ctx;
    const uy = unitId !== undefined && year !== undefined ? `${unitId}|${year}` : undefined;
    const where = { unitId, year };

    // The unit and the year.
    for (const [k, v] of Object.entries(rec.unit ?? {})) {
      if (v === undefined || v === '') continue;
      const fact = this.factRows.fact(ctx, 'unit', unitId, `unit.${k}`, v, rec.source?.[`unit.${k}`]);
      if (unitId) this.merged.units.offer(unitId, k, { value: String(v), doc, fact });
    }
    if (unitId) {
      this.merged.units.touch(unitId);
      this.merged.markDemo(`u|${unitId}`, doc.demo);
    }
    if (year !== undefined) this.factRows.fact(ctx, 'unit_year', uy, 'year', String(year), rec.source?.year);
    if (uy) {
      this.merged.unitYears.touch(uy, where);
      this.merged.markDemo(`uy|${uy}`, doc.demo);
      const kinds = this.merged.unitYearKinds.get(uy) ?? new Set<string>();
      for (const k of rec.report_kinds ?? []) kinds.add(k);
      this.merged.unitYearKinds.set(uy, kinds);
    }

    // Scalar facts of every section, and the merged unit-year and 三公经费 columns.
    const facts = new Map<string, Row>();
    for (const [section, subject] of SCALAR_SECTIONS) {
      for (const [k, v] of Object.entries(rec[section] ?? {})) {
        if (v === undefined || v === null) continue;
        const key = `${section}.${k}`;
        facts.set(key, this.factRows.fact(ctx, subject, uy, key, v, rec.source?.[key]));
      }
    }
    const computed = percentOf(rec.overall?.executed, rec.overall?.budget);
    if (computed !== undefined) {
      this.factRows.fact(ctx, 'unit_year', uy, 'overall.execution_rate_computed', computed, undefined, {
        text: `overall.executed / overall.budget × 100 = ${rec.overall.executed} / ${rec.overall.budget} × 100`,
        line: rec.source?.['overall.executed']?.line ?? 0,
        unit: '%',
      });
    }
    if (uy) {
      this.merged.mergeFields(
        ctx,
        this.merged.unitYears,
        uy,
        UNIT_YEAR_FIELDS,
        (key) => lookup(rec, key),
        facts,
      );
      if (Object.keys(rec.sangong ?? {}).length) {
        this.merged.sangong.touch(uy, where);
        this.merged.mergeFields(
          ctx,
          this.merged.sangong,
          uy,
          SANGONG_FIELDS,
          (key) => lookup(rec, key),
          facts,
        );
      }
    }

    // Quarterly progress.
    for (const q of rec.quarterly ?? []) {
      const fact = this.factRows.fact(
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
        const value = this.factRows.fitted(ctx, 'quarterly.progress', q.progress, 'rate');
        this.merged.quarterly.offer(`${uy}|${q.quarter}`, 'progress', { value, doc, fact }, where);
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
          this.factRows.fact(ctx, 'indicator', String(seq), `indicator.${k}`, ind[k], ind.source);
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
        weight: this.factRows.fitted(ctx, 'indicator.weight', ind.weight, 'score') ?? null,
        score: this.factRows.fitted(ctx, 'indicator.score', ind.score, 'score') ?? null,
        derived_score:
          this.factRows.fitted(ctx, 'indicator.derived_score', ind.derived_score, 'score') ?? null,
      });
    }

    for (const f of rec.findings ?? []) this.factRows.finding(doc, unitId, year, f);
  }

  private project(ctx: RecordContext, p: Project): void {
    const { doc, unitId, year } = ctx;
    if (!p?.name) return;
    const pid =
      unitId !== undefined && year !== undefined
        ? projectIdOf(unitId, year, p.name)
        : `${docTag(doc.docId)}/${normaliseName(p.name)}`;
    const facts = new Map<string, Row>();
    facts.set('name', this.factRows.fact(ctx, 'project', pid, 'project.name', p.name, p.source?.name));
    for (const [k, v] of Object.entries(p)) {
      if (k === 'name' || k === 'indicators' || k === 'source' || v === undefined || v === null) continue;
      facts.set(k, this.factRows.fact(ctx, 'project', pid, `project.${k}`, v, p.source?.[k]));
    }
    const computed = percentOf(p.executed, p.budget);
    if (computed !== undefined) {
      this.factRows.fact(ctx, 'project', pid, 'project.execution_rate_computed', computed, undefined, {
        text: `project.executed / project.budget × 100 = ${p.executed} / ${p.budget} × 100`,
        line: p.source?.executed?.line ?? 0,
        unit: '%',
      });
    }
    (p.indicators ?? []).forEach((ind, i) => {
      for (const k of ['name', 'target', 'actual', 'weight', 'score'] as const) {
        if (ind[k] !== undefined && ind[k] !== '') {
          this.factRows.fact(
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
    if (!this.merged.projectBase.has(pid))
      this.merged.projectBase.set(pid, { name: p.name, doc, unitId, year });
    this.merged.projects.touch(pid, { unitId, year });
    this.merged.mergeFields(
      ctx,
      this.merged.projects,
      pid,
      PROJECT_FIELDS,
      (key) => (p as unknown as Record<string, unknown>)[key],
      facts,
    );
    if (p.indicators?.length && !this.merged.projectIndicators.has(pid))
      this.merged.projectIndicators.set(pid, p.indicators);
  }
}

function lookup(rec: EvaluationRecord, key: string): unknown {
  const [section, k] = key.split('.') as [keyof EvaluationRecord, string];
  return (rec[section] as Record<string, unknown> | undefined)?.[k];
}

export function buildRows(docs: WarehouseDocument[]): WarehouseRows {
  return new RowBuilder().build(docs);
}
