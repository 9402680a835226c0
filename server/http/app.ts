// The app factory: security headers, size limits, the API routers, the built dashboard with its
// SPA fallback, and the one error middleware answering {error: {code, message, details}}.
// Started by server/main.ts; tests build it with a warehouse of their own and port 0.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import multer from 'multer';
import type { Warehouse } from '../db/warehouse';
import { aggregateRouter } from '../routes/aggregate';
import { alertsRouter } from '../routes/alerts';
import { catalogRouter } from '../routes/catalog';
import { coverageRouter } from '../routes/coverage';
import { briefRouter } from '../routes/brief';
import { recordsRouter } from '../routes/records';
import type { ApiContext } from '../routes/respond';
import { uploadsRouter, type LoadFn } from '../routes/uploads';
import type { QuarantinePolicy } from '../uploads/store';
import { ResponseCache } from './cache';
import { compressedStatic } from './compress';
import { ApiError, asApiError } from './errors';
import { sameOriginOnly, type UploadAccess } from './guard';
import { openApiDocument } from './openapi';

export interface AppOptions {
  warehouse: Warehouse;
  /** Built dashboard to serve; skipped when the folder does not exist. */
  webDist?: string;
  uploadDir?: string;
  /** The ETL load the upload endpoint runs; null answers uploads with 503. */
  load?: LoadFn | null;
  /** Response cache (ETag + bodies); on by default. */
  cache?: boolean;
  /** Who may upload: read-only mode and the upload token (default: anyone on this origin). */
  access?: UploadAccess;
  /** How many quarantined uploads are kept, and how long (default DEFAULT_QUARANTINE). */
  quarantine?: QuarantinePolicy;
  /** Log unexpected errors (default: to stderr). */
  logError?: (err: unknown) => void;
}

function errorBody(code: string, message: string, details: unknown = {}) {
  return { error: { code, message, details } };
}

export function createApp(opts: AppOptions) {
  const ctx: ApiContext = {
    warehouse: opts.warehouse,
    cache: opts.cache === false ? null : new ResponseCache(),
    inFlight: new Map(),
    uploads: {
      enabled: !(opts.access?.readOnly ?? false) && Boolean(opts.load),
      token_required: (opts.access?.token ?? null) !== null,
    },
  };
  const access: UploadAccess = opts.access ?? { readOnly: false, token: null };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // The server speaks plain http (a bureau's LAN has no certificate): upgrade-insecure-requests
  // would send the page's scripts and styles to https on any host but localhost, leaving it blank.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(express.json({ limit: '100kb' }));

  const api = express.Router();
  api.use((req, _res, next) => {
    if (req.url.length > 8192) next(new ApiError(413, 'uri_too_long', 'the request URL is too long', {}));
    else next();
  });
  api.use(sameOriginOnly());
  api.use(recordsRouter(ctx));
  api.use(catalogRouter(ctx));
  api.use(aggregateRouter(ctx));
  api.use(alertsRouter(ctx));
  api.use(coverageRouter(ctx));
  api.use(briefRouter(ctx));
  api.use(
    uploadsRouter(ctx, opts.uploadDir ?? 'data/uploads', opts.load ?? null, {
      access,
      quarantine: opts.quarantine,
    }),
  );
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use((req, _res, next) =>
    next(new ApiError(404, 'not_found', `no endpoint ${req.method} /api${req.path}`, {})),
  );
  app.use('/api', api);

  const dist = opts.webDist ? resolve(opts.webDist) : null;
  if (dist && existsSync(join(dist, 'index.html'))) {
    app.use(compressedStatic(dist, 3600));
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.sendFile(join(dist, 'index.html'));
    });
  }

  const onError: ErrorRequestHandler = (raw, _req, res, _next) => {
    if (res.headersSent) return;
    const err = asApiError(raw);
    if (err instanceof ApiError) {
      const retry = (err.details as { retry_after_seconds?: number } | null)?.retry_after_seconds;
      if (typeof retry === 'number') res.set('Retry-After', String(retry));
      res.status(err.status).json(errorBody(err.code, err.message, err.details));
      return;
    }
    if (err instanceof multer.MulterError) {
      // Every limit exceeded is "too large"; a file under another field name is a bad request.
      const status = err.code === 'LIMIT_UNEXPECTED_FILE' ? 400 : 413;
      res.status(status).json(errorBody(err.code.toLowerCase(), err.message, { field: err.field ?? null }));
      return;
    }
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.too.large') {
      res.status(413).json(errorBody('payload_too_large', 'the request body is too large', {}));
      return;
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      res
        .status(e.status)
        .json(errorBody('bad_request', 'the request could not be read', { type: e.type ?? null }));
      return;
    }
    (opts.logError ?? ((x: unknown) => console.error(x)))(err);
    res.status(500).json(errorBody('internal', 'internal error', {}));
  };
  app.use(onError);
  return app;
}
