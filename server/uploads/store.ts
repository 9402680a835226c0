// The upload folder as a content-addressed store. Each request's files arrive in `.incoming/` under
// names of their own (two requests never share a file); each is then hashed and kept as
// `<first 16 hex of sha256>/<name>`, moved there by one rename, so a stored file is always the
// whole of one request's bytes. Content already held is not stored twice (the file already there
// is loaded instead), and nothing stored is ever overwritten: other bytes under a known name get a
// folder of their own and become a new version. Quarantined uploads move to `quarantine/`, which
// is kept under a size quota and an age limit (see sweepQuarantine).

import { createHash } from 'node:crypto';
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';

export const INCOMING = '.incoming';
export const QUARANTINE = 'quarantine';

export interface StoredFile {
  /** The name as sent (made safe). */
  name: string;
  size: number;
  sha256: string;
  /** Absolute path of the stored file (what the loader reads). */
  path: string;
  /** Its path under the upload folder. */
  relative: string;
  /** Whether this request put the file there (false: the same bytes were already held). */
  created: boolean;
}

export interface QuarantinePolicy {
  /** Total bytes kept in quarantine/; the oldest files go first beyond it. */
  maxBytes: number;
  /** Files older than this are removed. */
  maxAgeDays: number;
}

export const DEFAULT_QUARANTINE: QuarantinePolicy = { maxBytes: 200 * 1024 * 1024, maxAgeDays: 30 };

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class UploadStore {
  readonly incoming: string;
  readonly quarantine: string;
  /** Requests in progress that name each stored file: it is not moved or removed under them. */
  private readonly refs = new Map<string, number>();
  /** Files stored by a request whose load has not yet succeeded: removed if none ever does. */
  private readonly unloaded = new Set<string>();

  constructor(readonly dir: string) {
    this.incoming = path.join(dir, INCOMING);
    this.quarantine = path.join(dir, QUARANTINE);
  }

  /** Make the folders; remove what a request killed midway left in `.incoming/`. */
  prepare(): void {
    mkdirSync(this.incoming, { recursive: true });
    for (const name of readdirSync(this.incoming)) rmSync(path.join(this.incoming, name), { force: true });
  }

  /** Keep an arrived file under its content hash; the temporary file is gone afterwards. */
  async keep(temp: string, name: string): Promise<StoredFile> {
    let sha256: string;
    try {
      sha256 = await sha256File(temp);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    // From here on synchronous: no other request runs between the look and the rename.
    const size = statSync(temp).size;
    const folder = path.join(this.dir, sha256.slice(0, 16));
    const held = safeList(folder)[0];
    if (held !== undefined) {
      rmSync(temp, { force: true });
      return this.hold(this.described(name, size, sha256, path.join(folder, held), false));
    }
    mkdirSync(folder, { recursive: true });
    const target = path.join(folder, name);
    renameSync(temp, target);
    this.unloaded.add(target);
    return this.hold(this.described(name, size, sha256, target, true));
  }

  private hold(file: StoredFile): StoredFile {
    this.refs.set(file.path, (this.refs.get(file.path) ?? 0) + 1);
    return file;
  }

  /**
   * A request is done with its file: `loaded` (the warehouse holds it now; quarantined files go to
   * quarantine/ once no other request names them) or not (a file no load ever took is removed).
   */
  release(file: StoredFile, outcome: { loaded: boolean; quarantined?: boolean }): void {
    const left = (this.refs.get(file.path) ?? 1) - 1;
    if (left > 0) this.refs.set(file.path, left);
    else this.refs.delete(file.path);
    if (outcome.loaded) this.unloaded.delete(file.path);
    if (left > 0) return;
    if (!outcome.loaded && this.unloaded.has(file.path)) {
      this.unloaded.delete(file.path);
      this.discard(file);
    } else if (outcome.loaded && outcome.quarantined) this.toQuarantine(file);
  }

  private described(name: string, size: number, sha256: string, file: string, created: boolean): StoredFile {
    const relative = path.relative(this.dir, file).split(path.sep).join('/');
    return { name, size, sha256, path: file, relative, created };
  }

  /** Remove a stored file this store made (an upload that could not be loaded), and its folder. */
  discard(file: StoredFile): void {
    rmSync(file.path, { force: true });
    try {
      rmdirSync(path.dirname(file.path));
    } catch {
      // not empty or already gone
    }
  }

  /** Move a quarantined upload into quarantine/ (kept for inspection under the quota). */
  toQuarantine(file: StoredFile): void {
    const target = path.join(this.quarantine, `${file.sha256.slice(0, 16)}-${path.basename(file.path)}`);
    mkdirSync(this.quarantine, { recursive: true });
    try {
      renameSync(file.path, target);
      const now = new Date();
      utimesSync(target, now, now);
      rmdirSync(path.dirname(file.path));
    } catch {
      // already moved by a request with the same bytes
    }
  }

  /** Apply the retention rule: files past the age limit go, then the oldest until under the quota. */
  sweepQuarantine(policy: QuarantinePolicy, now = Date.now()): string[] {
    const files = safeList(this.quarantine)
      .map((name) => {
        const full = path.join(this.quarantine, name);
        try {
          const s = statSync(full);
          return s.isFile() ? { name, full, size: s.size, mtime: s.mtimeMs } : null;
        } catch {
          return null;
        }
      })
      .filter((f) => f !== null)
      .sort((a, b) => b.mtime - a.mtime); // newest first
    const removed: string[] = [];
    let total = 0;
    for (const f of files) {
      const tooOld = now - f.mtime > policy.maxAgeDays * 86_400_000;
      if (tooOld || total + f.size > policy.maxBytes) {
        rmSync(f.full, { force: true });
        removed.push(f.name);
      } else total += f.size;
    }
    return removed;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
