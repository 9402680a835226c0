// The facts and findings tables: every stated or derived value becomes a fact row (with where it
// was read), and whatever a document gets wrong becomes a finding. Fact and finding ids are
// numbered per document, so that the same documents always give the same ids.

import type { EvaluationRecord, Finding, SourceRef } from '../model/record';
import { isDerivedKey, type ColumnKind } from './columns';
import { DECIMAL_KINDS, fitDecimal, parseInteger } from './decimal';
import { docTag } from './ids';
import type { Row, WarehouseDocument, WarehouseRows } from './types';

/** A record being turned into rows, with the unit id and year it was filed under. */
export interface RecordContext {
  doc: WarehouseDocument;
  rec: EvaluationRecord;
  unitId?: string;
  year?: number;
}

/** Fit a stated value to its column kind; `undefined` when absent, `null` when stated but unusable. */
function columnValue(value: unknown, kind: ColumnKind): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (kind === 'text') return String(value);
  if (kind === 'int') return parseInteger(value) ?? null;
  const { width, scale } = DECIMAL_KINDS[kind];
  return fitDecimal(value, width, scale) ?? null;
}

/** Writes fact and finding rows into the warehouse's tables. */
export class FactRows {
  private readonly factSeq = new Map<string, number>();
  private readonly findingSeq = new Map<string, number>();
  private readonly rows: Pick<WarehouseRows, 'facts' | 'findings'>;

  constructor(rows: Pick<WarehouseRows, 'facts' | 'findings'>) {
    this.rows = rows;
  }

  /** A stated value fitted to its column; records a finding when it cannot be stored there. */
  fitted(ctx: RecordContext, key: string, value: unknown, kind: ColumnKind): string | number | undefined {
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

  fact(
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

  finding(
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
}
