// What every read endpoint does around its query: validate the request, answer a matching ETag
// with 304, serve the cache, run the statements on the warehouse, encode in the negotiated format.

import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Exec, Parallel, Row, Warehouse, WarehouseInfo } from '../db/warehouse';
import { badRequest } from '../http/errors';
import { etagOf, type CachedResponse, type ResponseCache } from '../http/cache';
import { endCompressed } from '../http/compress';
import { CONTENT_TYPES, encodeTable, negotiateFormat } from '../http/formats';
import type { TableRow } from '../table';
import type { Column } from '../table';
import type { OutputFormat } from '../query/schema';

export interface ApiContext {
  warehouse: Warehouse;
  cache: ResponseCache | null;
  /** Answers being computed, by generation and key: identical concurrent requests share one run. */
  inFlight: Map<string, Promise<Encoded>>;
  /** What /api/health tells the dashboard about uploads. */
  uploads?: { enabled: boolean; token_required: boolean };
}

type Encoded = CachedResponse;

/** Parses with zod; a failure is a 400 naming each bad parameter. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw badRequest(
      'invalid_parameters',
      result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '),
      {
        issues: result.error.issues.map((i) => ({
          parameter: i.path.join('.'),
          code: i.code,
          message: i.message,
        })),
      },
    );
  }
  return result.data;
}

/** The result of one endpoint: a JSON document, plus a table for the other formats. */
export interface Answer {
  json: unknown;
  table?: { columns: Column[]; rows: TableRow[]; name: string };
}

export type { Exec, Parallel };

export async function respond(
  ctx: ApiContext,
  req: Request,
  res: Response,
  key: string,
  formatParam: OutputFormat | undefined,
  produce: (exec: Exec, info: WarehouseInfo, parallel: Parallel) => Promise<Answer>,
): Promise<void> {
  const format = negotiateFormat(formatParam, req.get('accept'));
  const cacheKey = `${key}#${format}`;
  const generation = ctx.warehouse.generation();
  if (ctx.cache && generation) {
    const etag = etagOf(generation, cacheKey);
    if (req.get('if-none-match') === etag) {
      res.status(304).set('ETag', etag).end();
      return;
    }
    const hit = ctx.cache.get(generation, cacheKey);
    if (hit) {
      await send(req, res, hit, format);
      return;
    }
  }
  const flightKey = `${generation ?? ''}\0${cacheKey}`;
  let flight = ctx.inFlight.get(flightKey);
  if (!flight) {
    flight = encode(ctx, format, cacheKey, produce);
    ctx.inFlight.set(flightKey, flight);
    const done = () => ctx.inFlight.delete(flightKey);
    flight.then(done, done);
  }
  await send(req, res, await flight, format);
}

async function encode(
  ctx: ApiContext,
  format: OutputFormat,
  cacheKey: string,
  produce: (exec: Exec, info: WarehouseInfo, parallel: Parallel) => Promise<Answer>,
): Promise<Encoded> {
  const { answer, info } = await ctx.warehouse.run(async (exec, info, parallel) => ({
    answer: await produce(exec, info, parallel),
    info,
  }));
  let body: Buffer;
  if (format === 'json') body = Buffer.from(JSON.stringify(answer.json));
  else {
    if (!answer.table)
      throw badRequest('format_unsupported', `this endpoint answers JSON only, not ${format}`, { format });
    body = await encodeTable(format, answer.table.columns, answer.table.rows);
  }
  const etag = etagOf(info.generation, cacheKey);
  const encoded = { body, contentType: CONTENT_TYPES[format], etag, name: answer.table?.name ?? 'data' };
  ctx.cache?.set(info.generation, cacheKey, encoded);
  return encoded;
}

async function send(req: Request, res: Response, encoded: Encoded, format: OutputFormat): Promise<void> {
  const { contentType, etag, name } = encoded;
  res.set({ 'Content-Type': contentType, ETag: etag, 'Cache-Control': 'no-cache' });
  if (format !== 'json') {
    const ext = format === 'arrow' ? 'arrow' : format;
    const file = `${name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'data'}.${ext}`;
    res.set('Content-Disposition', `attachment; filename="${file}"`);
  }
  res.status(200);
  // XLSX is a zip already; every other format is compressed (variants kept with the cached entry).
  if (format === 'xlsx') res.end(encoded.body);
  else await endCompressed(req, res, encoded.body, (encoded.variants ??= {}));
}

/** Total rows behind a paged statement, from its `__total` window column. */
export function totalOf(rows: Row[]): number {
  return rows.length ? Number(rows[0]!.__total) : 0;
}

export function withoutTotal(row: Row): Row {
  const { __total: _t, ...rest } = row;
  return rest;
}
