// What the browser tests share: Debian's Chromium and its flags (nothing downloads a browser), and
// the dashboard build, redone when web/dist is missing or older than its sources.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const WEB = join(ROOT, 'web');
export const DIST = join(WEB, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Newest modification time under a path (files only). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the dashboard when web/dist is missing or older than its sources. */
export function ensureBuilt(): void {
  const index = join(DIST, 'index.html');
  const sources = Math.max(
    newest(join(WEB, 'src')),
    newest(join(WEB, 'index.html')),
    newest(join(WEB, 'vite.config.ts')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
