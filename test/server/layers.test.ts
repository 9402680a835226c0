// Layers point one way: the query and warehouse layers know no HTTP, and the browser code reaches
// the warehouse only through the API. Every import of those folders is resolved and checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Each relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ]
    .map((m) => m[1] ?? m[2]!)
    .filter((s) => s.startsWith('.'));
  return specs.map((s) => relative(ROOT, resolve(dirname(file), s)));
}

/** The imports of the files under `from` that land under any of `forbidden`. */
function crossings(from: string, forbidden: string[]): string[] {
  return sources(join(ROOT, from)).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((f) => target === f || target.startsWith(`${f}/`)))
      .map((target) => `${relative(ROOT, file)} → ${target}`),
  );
}

describe('layers', () => {
  it('the query and warehouse layers import nothing from the HTTP layer or the routes', () => {
    expect(crossings('server/query', ['server/http', 'server/routes'])).toEqual([]);
    expect(crossings('server/db', ['server/http', 'server/routes'])).toEqual([]);
  });

  it('the browser code imports nothing from the warehouse or the query layer', () => {
    expect(crossings('web', ['server/db', 'server/query'])).toEqual([]);
  });

  it('sees a crossing where there is one', () => {
    // The routes do use the query layer: the check finds such imports at all.
    expect(crossings('server/routes', ['server/query']).length).toBeGreaterThan(0);
  });
});
