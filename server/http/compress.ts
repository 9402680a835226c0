// Response compression without a dependency: node:zlib, brotli when the client accepts it, gzip
// otherwise, for bodies of 1 kB or more. API answers are compressed once per cached entry (the
// variants are kept beside the cached body, so the cached aggregate costs no compression at all);
// the dashboard's built files are compressed once per file and kept in memory. Compression runs on
// libuv's thread pool, not on the event loop.

import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';

export type Coding = 'br' | 'gzip';
export const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Compressed variants of one body, made on first use. */
export type Variants = Partial<Record<Coding, Promise<Buffer>>>;

/** The coding to answer with, from Accept-Encoding (q=0 refuses a coding); null: identity. */
export function pickCoding(accept: string | undefined): Coding | null {
  if (!accept) return null;
  const q = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name!.trim(), qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const ok = (c: string) => (q.get(c) ?? q.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

export function compress(body: Buffer, coding: Coding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: 6 });
}

/** Ends the response with `body`, compressed when the client accepts it and it is worth it. */
export async function endCompressed(
  req: Request,
  res: Response,
  body: Buffer,
  variants: Variants = {},
): Promise<void> {
  res.vary('Accept-Encoding');
  const coding = body.length >= MIN_COMPRESS_BYTES ? pickCoding(req.get('accept-encoding')) : null;
  if (!coding || req.method === 'HEAD') {
    res.end(body);
    return;
  }
  variants[coding] ??= compress(body, coding);
  const out = await variants[coding]!;
  res.set('Content-Encoding', coding);
  res.end(out);
}

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt', '.wasm']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves the compressible files of the built dashboard compressed (and falls through to the static
 * handler otherwise: identity requested, other file types, missing files). Entries are checked
 * against the file's mtime and size, so a rebuild is picked up.
 */
export function compressedStatic(root: string, maxAgeSeconds: number): RequestHandler {
  const files = new Map<string, { stamp: string; body: Buffer; variants: Variants }>();
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const ext = extname(req.path);
    const coding = pickCoding(req.get('accept-encoding'));
    if (!coding || !COMPRESSIBLE.has(ext)) return next();
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(req.path));
    } catch {
      return next();
    }
    if (rel.split(sep).some((p) => p === '..' || p.startsWith('.'))) return next();
    const file = join(root, rel);
    let stamp: string;
    try {
      const s = statSync(file);
      if (!s.isFile()) return next();
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      return next();
    }
    let entry = files.get(file);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, body: readFileSync(file), variants: {} };
      files.set(file, entry);
    }
    res.set({ 'Content-Type': TYPES[ext]!, 'Cache-Control': `public, max-age=${maxAgeSeconds}` });
    endCompressed(req, res, entry.body, entry.variants).catch(next);
  };
}
