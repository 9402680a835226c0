// Who may change the warehouse. Every request that is not a read (GET/HEAD/OPTIONS) must come from
// the dashboard's own origin: a browser's Sec-Fetch-Site other than same-origin, or an Origin whose
// host is not the Host the request was sent to, is refused with 403 (a page on another site cannot
// post files here). Uploads are further refused in read-only mode and, when a token is set, without
// it (header X-Upload-Token or Authorization: Bearer). Both run before the body is read.

import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from './errors';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface UploadAccess {
  /** Uploads are off altogether. */
  readOnly: boolean;
  /** The token an upload must carry; null: none needed (loopback only). */
  token: string | null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Refuses state-changing requests sent from another site. */
export function sameOriginOnly(): RequestHandler {
  return (req, _res, next) => {
    if (READS.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') {
      return next(
        new ApiError(403, 'cross_origin', `requests from another site (${site}) may not change data here`, {
          sec_fetch_site: site,
        }),
      );
    }
    const origin = req.get('origin');
    if (origin !== undefined) {
      const from = originHost(origin);
      const host = (req.get('host') ?? '').toLowerCase();
      if (!from || from !== host) {
        return next(
          new ApiError(
            403,
            'cross_origin',
            `requests from ${origin} may not change data on ${host || 'this server'}`,
            {
              origin,
            },
          ),
        );
      }
    }
    next();
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** The token an upload carries, if any. */
function presented(header: string | undefined, auth: string | undefined): string | null {
  if (header) return header.trim();
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth ?? '');
  return m ? m[1]! : null;
}

/** Refuses an upload in read-only mode or without the right token. */
export function uploadAccess(access: UploadAccess): RequestHandler {
  const expected = access.token === null ? null : digest(access.token);
  return (req, _res, next) => {
    if (access.readOnly) {
      return next(new ApiError(403, 'read_only', 'this server is read-only: uploads are turned off', {}));
    }
    if (!expected) return next();
    const token = presented(req.get('x-upload-token'), req.get('authorization'));
    if (token === null) {
      return next(
        new ApiError(
          401,
          'token_required',
          'uploads to this server need the upload token (header X-Upload-Token)',
          {},
        ),
      );
    }
    if (!timingSafeEqual(digest(token), expected)) {
      return next(
        new ApiError(401, 'bad_token', 'the upload token is not the one this server was given', {}),
      );
    }
    next();
  };
}
