// POST /api/uploads: new report files (multipart field "files", several at once). The body is read
// only after the guard (same origin, token, read-only) and the size checks; each file arrives in a
// temporary file of its own, is kept under its content hash (uploads/store.ts) and queued for the
// one loader (uploads/queue.ts), which swaps the new warehouse in; the next request reads it.
// Every client error is a 4xx with a readable message: a malformed body 400, too much 413, the
// warehouse locked by another load 503 with Retry-After — and a file no load took is removed.

import { randomUUID } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { ApiError, badRequest } from '../http/errors';
import { uploadAccess, type UploadAccess } from '../http/guard';
import { publicJson } from '../paths';
import type { ApiContext } from './respond';
import { LoadQueue, type LoadFn } from '../uploads/queue';
import { DEFAULT_QUARANTINE, UploadStore, type QuarantinePolicy, type StoredFile } from '../uploads/store';
import type { UploadLogEntry } from '../../scripts/load/types';

export type { LoadFn } from '../uploads/queue';

export const UPLOAD_LIMITS = {
  fileSize: 50 * 1024 * 1024,
  files: 20,
  fields: 10,
  fieldSize: 1024,
  parts: 40,
};
/** The whole request body at most (multipart overhead included). */
export const MAX_REQUEST_BYTES = 200 * 1024 * 1024;

/** A safe file name from what the browser sent (multer hands names over as latin1). */
export function safeFileName(original: string): string {
  const utf8 = Buffer.from(original, 'latin1').toString('utf8');
  const name = basename(utf8.normalize('NFC'))
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 180);
  return name || 'upload';
}

/** A declared body size is required and bounded before anything is read. */
const sizeCheck: RequestHandler = (req, _res, next) => {
  const declared = req.get('content-length');
  if ((declared === undefined && req.get('transfer-encoding') === undefined) || declared === '0') {
    return next(badRequest('no_files', 'send report files as multipart field "files"', {}));
  }
  if (declared === undefined) {
    return next(new ApiError(411, 'length_required', 'send the upload with a Content-Length header', {}));
  }
  if (!/^\d+$/.test(declared) || Number(declared) > MAX_REQUEST_BYTES) {
    return next(
      new ApiError(
        413,
        'payload_too_large',
        `an upload request may carry at most ${MAX_REQUEST_BYTES / 2 ** 20} MB`,
        {
          limit_bytes: MAX_REQUEST_BYTES,
        },
      ),
    );
  }
  next();
};

/** A readable 400/413 for what multer or its parser refused. */
export function multipartError(err: unknown): ApiError {
  if (err instanceof multer.MulterError) {
    const code = err.code.toLowerCase();
    const details = { field: err.field ?? null };
    switch (err.code) {
      case 'LIMIT_FILE_SIZE':
        return new ApiError(
          413,
          code,
          `a file is over the ${UPLOAD_LIMITS.fileSize / 2 ** 20} MB limit`,
          details,
        );
      case 'LIMIT_FILE_COUNT':
        return new ApiError(413, code, `at most ${UPLOAD_LIMITS.files} files per upload`, details);
      case 'LIMIT_UNEXPECTED_FILE':
        return badRequest(
          code,
          `send report files as multipart field "files" (not "${err.field ?? ''}")`,
          details,
        );
      default:
        return new ApiError(
          err.code.startsWith('LIMIT_') ? 413 : 400,
          code,
          `the multipart body was refused: ${err.message}`,
          details,
        );
    }
  }
  const reason = err instanceof Error ? err.message : String(err);
  return badRequest(
    'malformed_multipart',
    `the upload could not be read as multipart/form-data (${reason})`,
    {},
  );
}

export interface UploadsOptions {
  access?: UploadAccess;
  quarantine?: QuarantinePolicy;
}

export function uploadsRouter(
  ctx: ApiContext,
  uploadDir: string,
  load: LoadFn | null,
  opts: UploadsOptions = {},
): Router {
  const router = Router();
  const store = new UploadStore(resolve(uploadDir));
  const policy = opts.quarantine ?? DEFAULT_QUARANTINE;
  let prepared = false;
  const queue = load
    ? new LoadQueue(
        load,
        () => ctx.warehouse.path,
        () => ctx.cache?.clear(),
      )
    : null;
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, cb) => {
        if (!prepared) {
          store.prepare();
          prepared = true;
        }
        cb(null, store.incoming);
      },
      filename: (_req, _file, cb) => cb(null, randomUUID()),
    }),
    limits: UPLOAD_LIMITS,
  });
  // Anything the multipart parser cannot read is the client's error, not the server's.
  const parse: RequestHandler = (req, res, next) =>
    upload.array('files', UPLOAD_LIMITS.files)(req, res, (err?: unknown) =>
      next(err === undefined || err instanceof ApiError ? err : multipartError(err)),
    );
  const ready: RequestHandler = (_req, _res, next) =>
    next(
      queue
        ? undefined
        : new ApiError(503, 'loader_unavailable', 'the ETL loader is not available in this server', {}),
    );

  router.post(
    '/uploads',
    uploadAccess(opts.access ?? { readOnly: false, token: null }),
    sizeCheck,
    ready,
    parse,
    async (req, res) => {
      const arrived = (req.files as Express.Multer.File[] | undefined) ?? [];
      if (arrived.length === 0)
        throw badRequest('no_files', 'send report files as multipart field "files"', {});
      const received = new Date().toISOString();
      const uploadId = randomUUID();
      const stored: StoredFile[] = [];
      try {
        for (const f of arrived) stored.push(await store.keep(f.path, safeFileName(f.originalname)));
      } catch (err) {
        for (const s of stored) store.release(s, { loaded: false });
        throw err;
      }
      const log: UploadLogEntry[] = stored.map((s, i) => ({
        upload_id: uploadId,
        seq: i + 1,
        received_at: received,
        client: req.ip ?? null,
        file_name: s.name,
        size_bytes: s.size,
        sha256: s.sha256,
        stored_as: s.relative,
        input: s.path,
        outcome: 'failed',
      }));
      let result;
      try {
        result = await queue!.submit({ inputs: stored.map((s) => s.path), log });
      } catch (err) {
        for (const s of stored) store.release(s, { loaded: false });
        throw err;
      }
      stored.forEach((s, i) =>
        store.release(s, { loaded: true, quarantined: result.lines[i]?.status === 'quarantined' }),
      );
      store.sweepQuarantine(policy);
      const files = stored.map((s, i) => {
        const line = result.lines[i];
        return {
          name: s.name,
          size: s.size,
          sha256: s.sha256,
          stored_as: s.relative,
          outcome: line?.outcome ?? null,
          status: line?.status ?? null,
          records: line?.records ?? null,
          message: line?.message ?? null,
        };
      });
      const count = (pick: (f: (typeof files)[number]) => boolean) => files.filter(pick).length;
      const summary = {
        ...result.load,
        loaded: count((f) => f.outcome === 'loaded'),
        replaced: count((f) => f.outcome === 'replaced'),
        skipped: count((f) => f.outcome === 'skipped'),
        quarantined: count((f) => f.status === 'quarantined'),
        partial: count((f) => f.status === 'partial'),
      };
      // Paths in the answer are relative to the upload or data folder (never the server's layout).
      const roots = [store.dir, dirname(resolve(ctx.warehouse.path)), process.cwd()];
      res.status(200).json(publicJson({ upload_id: uploadId, files, summary }, roots));
    },
  );
  return router;
}
