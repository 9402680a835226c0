// What the API may say about where files are: never an absolute path. A path under one of the
// server's roots (upload folder, data folder, working directory) is given relative to it; any other
// absolute path, or one climbing out with "..", is reduced to its file name. Text (messages) has
// the roots cut off its paths the same way.

import path from 'node:path';

function under(root: string, p: string): string | null {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : null;
}

/** A path fit for a response: relative to the first root holding it, else just the file name. */
export function publicPath(p: string, roots: readonly string[]): string {
  if (!path.isAbsolute(p)) {
    const norm = path.normalize(p);
    return norm.startsWith('..') ? path.basename(p) : norm.split(path.sep).join('/');
  }
  for (const root of roots) {
    const rel = under(path.resolve(root), p);
    if (rel) return rel;
  }
  return path.basename(p);
}

/** A message with every absolute path in it made public (see publicPath). */
export function publicText(text: string, roots: readonly string[]): string {
  return text.replace(
    /(?<=^|[\s"'`(=])(?:[A-Za-z]:)?[\\/](?:[^\s"'`;,()[\]{}<>]+[\\/])*[^\s"'`;,()[\]{}<>]*/g,
    (m) => (path.isAbsolute(m) && m.length > 1 ? publicPath(m, roots) : m),
  );
}

/** A JSON value with every string in it made public (see publicText). */
export function publicJson(value: unknown, roots: readonly string[]): unknown {
  if (typeof value === 'string') return publicText(value, roots);
  if (Array.isArray(value)) return value.map((v) => publicJson(v, roots));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, publicJson(v, roots)]));
  return value;
}
