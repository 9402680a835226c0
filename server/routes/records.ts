// Endpoints that read rows: /api/health, /api/units/:id (a unit's profile over all years),
// /api/facts/:id (one fact with its provenance) and /api/documents (every ingested document).

import { dirname } from 'node:path';
import { Router } from 'express';
import { publicPath } from '../paths';
import { withWords } from '../catalog';
import { notFound } from '../http/errors';
import type { Row } from '../db/warehouse';
import {
  documentFindingsStatement,
  documentsStatement,
  factStatement,
  healthStatement,
} from '../query/lookups';
import { answerProfile } from '../query/profile';
import { DocumentsQuery, FormatOnlyQuery, IdParam } from '../query/schema';
import type { Column } from '../table';
import { column, typedValue, type TableRow } from '../table';
import { respond, totalOf, validate, withoutTotal, type ApiContext } from './respond';

const COUNT_FIELDS = [
  'units',
  'demo_units',
  'unit_years',
  'projects',
  'documents',
  'demo_documents',
  'quarantined',
  'findings',
];

function counted(row: Row | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(row ?? {}) };
  for (const k of COUNT_FIELDS) if (k in out) out[k] = typedValue(out[k], 'integer');
  return out;
}

const DOCUMENT_COLUMNS: Column[] = [
  column('doc_id'),
  column('file_name', 'label'),
  ...['format', 'kinds', 'status'].map((name) => column(name)),
  column('reason', 'label'),
  column('loaded_at'),
  column('is_demo', 'dimension', 'boolean'),
  column('findings', 'measure', 'integer'),
];

export function recordsRouter(ctx: ApiContext): Router {
  const router = Router();
  // Paths in answers are relative to the data folder or the working directory, or only a file name.
  const roots = () => [dirname(ctx.warehouse.path), process.cwd()];
  const warehouseName = () => publicPath(ctx.warehouse.path, [process.cwd()]);

  router.get('/health', async (req, res) => {
    const input = validate(FormatOnlyQuery, req.query);
    if (ctx.warehouse.generation() === null) {
      res.json({
        status: 'ok',
        warehouse: { path: warehouseName(), loaded: false },
        uploads: ctx.uploads,
      });
      return;
    }
    await respond(ctx, req, res, 'health', input.format ?? 'json', async (exec, info) => {
      const [row] = await exec(healthStatement());
      return {
        json: {
          status: info.outdated ? 'outdated' : 'ok',
          warehouse: {
            path: warehouseName(),
            loaded: true,
            outdated: info.outdated,
            generation: info.generation,
            opened_at: info.openedAt.toISOString(),
            loaded_at: row?.last_loaded_at ?? info.meta.loaded_at ?? null,
            warehouse_time: info.meta.warehouse_time ?? info.meta.loaded_at ?? row?.last_loaded_at ?? null,
            meta: info.meta,
            rollups: Object.fromEntries(Object.entries(info.rollups).map(([t, g]) => [t, [...g].sort()])),
            ...counted(row),
          },
          uploads: ctx.uploads,
        },
      };
    });
  });

  router.get('/units/:id', async (req, res) => {
    const { id } = validate(IdParam, req.params);
    const input = validate(FormatOnlyQuery, req.query);
    await respond(ctx, req, res, `units/${id}`, input.format ?? 'json', async (exec, _info, parallel) => ({
      json: await answerProfile(id, exec, parallel),
    }));
  });

  router.get('/facts/:id', async (req, res) => {
    const { id } = validate(IdParam, req.params);
    const input = validate(FormatOnlyQuery, req.query);
    await respond(ctx, req, res, `facts/${id}`, input.format ?? 'json', async (exec) => {
      const [fact] = await exec(factStatement(id));
      if (!fact) throw notFound('fact_not_found', `no fact with id "${id}"`, { id });
      const { file_name, path, format, document_status, is_demo, ...rest } = fact;
      return {
        json: {
          fact: rest,
          document: {
            doc_id: fact.doc_id,
            file_name,
            path: typeof path === 'string' ? publicPath(path, roots()) : null,
            format,
            status: document_status,
            is_demo,
          },
          location: { line: fact.line, page: fact.page, sheet: fact.sheet },
          quote: fact.quote,
          rule: fact.rule ?? null,
        },
      };
    });
  });

  router.get('/documents', async (req, res) => {
    const q = validate(DocumentsQuery, req.query);
    const key = `documents?status=${q.status ?? ''}&demo=${q.demo}&page=${q.page}&pagesize=${q.pagesize}`;
    await respond(ctx, req, res, key, q.format, async (exec) => {
      const rows = await exec(documentsStatement(q));
      const findings = await exec(documentFindingsStatement(rows.map((r) => String(r.doc_id))));
      const byDoc = new Map<string, Row[]>();
      for (const f of findings) {
        const list = byDoc.get(String(f.doc_id)) ?? [];
        list.push(f);
        byDoc.set(String(f.doc_id), list);
      }
      const documents = rows.map((r) => ({
        ...withoutTotal(r),
        size_bytes: typedValue(r.size_bytes, 'integer'),
        findings: typedValue(r.findings, 'integer'),
        finding_list: (byDoc.get(String(r.doc_id)) ?? []).map(withWords),
      }));
      const table: TableRow[] = documents.map((d) => {
        const out: TableRow = {};
        for (const c of DOCUMENT_COLUMNS) {
          const v = (d as Record<string, unknown>)[c.name];
          out[c.name] = Array.isArray(v) ? v.join(';') : typedValue(v, c.type);
        }
        return out;
      });
      return {
        json: { query: q, documents, total_document_count: totalOf(rows) },
        table: { columns: DOCUMENT_COLUMNS, rows: table, name: 'documents' },
      };
    });
  });

  return router;
}
