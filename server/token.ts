// The upload token of a server that listens beyond the loopback interface: UPLOAD_TOKEN when the
// operator set one, otherwise one generated at the first such start and kept (mode 0600) in
// `upload-token` beside the warehouse, so that it survives restarts; the caller prints it once, when
// it is generated. A read-only server and a loopback-only server without UPLOAD_TOKEN need none.

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLoopback, type Config } from './config';

export interface UploadToken {
  token: string | null;
  /** Set when the token was made now: the only time it is shown. */
  generated: boolean;
  /** Where a generated token is kept. */
  file: string | null;
}

export function tokenFileFor(db: string): string {
  return join(dirname(db), 'upload-token');
}

export function resolveUploadToken(config: Config): UploadToken {
  if (config.readOnly) return { token: null, generated: false, file: null };
  if (config.uploadToken) return { token: config.uploadToken, generated: false, file: null };
  if (isLoopback(config.host)) return { token: null, generated: false, file: null };
  const file = tokenFileFor(config.db);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 16) return { token: kept, generated: false, file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, generated: true, file };
}
