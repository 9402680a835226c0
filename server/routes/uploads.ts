// POST /api/uploads: new report files (multipart field "files", several at once) are saved under the
// upload folder and loaded with the same ETL as the command line; the loader swaps the new
// warehouse in, and the next request reads it. One load at a time; others wait their turn.

import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Router } from 'express';
import multer from 'multer';
import { ApiError, badRequest } from '../http/errors';
import { uploadAccess, type UploadAccess } from '../http/guard';
import type { ApiContext } from './respond';
import { publicJson } from '../paths';

export const UPLOAD_LIMITS = { fileSize: 50 * 1024 * 1024, files: 50 };

/** The ETL entry the upload calls; injected so tests and the app share one path. */
export type LoadFn = (inputs: string[], opts: { db: string }) => Promise<unknown>;

/** A safe file name from what the browser sent (multer hands names over as latin1). */
export function safeFileName(original: string): string {
  const utf8 = Buffer.from(original, 'latin1').toString('utf8');
  const name = basename(utf8.normalize('NFC'))
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 180);
  return name || 'upload';
}

export function uploadsRouter(
  ctx: ApiContext,
  uploadDir: string,
  load: LoadFn | null,
  access: UploadAccess = { readOnly: false, token: null },
): Router {
  const router = Router();
  const dir = resolve(uploadDir);
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, cb) => {
        mkdirSync(dir, { recursive: true });
        cb(null, dir);
      },
      filename: (_req, file, cb) => cb(null, safeFileName(file.originalname)),
    }),
    limits: UPLOAD_LIMITS,
  });
  let queue: Promise<unknown> = Promise.resolve();

  router.post(
    '/uploads',
    uploadAccess(access),
    upload.array('files', UPLOAD_LIMITS.files),
    async (req, res) => {
      const files = (req.files as Express.Multer.File[] | undefined) ?? [];
      if (files.length === 0)
        throw badRequest('no_files', 'send report files as multipart field "files"', {});
      if (!load)
        throw new ApiError(503, 'loader_unavailable', 'the ETL loader is not available in this server', {});
      const paths = files.map((f) => f.path);
      const run = queue.then(() => load(paths, { db: ctx.warehouse.path }));
      queue = run.catch(() => undefined);
      const summary = await run;
      ctx.cache?.clear();
      // The loader's summary names files by path: relative to the upload or data folder in the answer.
      const roots = [dir, dirname(resolve(ctx.warehouse.path)), process.cwd()];
      res.status(200).json({
        files: files.map((f) => ({ name: f.filename, size: f.size })),
        summary: publicJson(summary, roots),
      });
    },
  );
  return router;
}
