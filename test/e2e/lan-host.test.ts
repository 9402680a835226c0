// The dashboard opened by a host name other than localhost, over plain http, as on a bureau's
// network: Chromium maps lan.test to 127.0.0.1 (--host-resolver-rules), so the page, its scripts and
// its styles all travel as http://lan.test:PORT. A CSP with upgrade-insecure-requests sent them to
// https and left the page blank. The server is the one `npm start` runs (server/main.ts), with an
// upload token: the dashboard asks for it once, keeps it, and the upload goes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { serve } from '../../server/main';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, ensureBuilt } from './helpers/browser';

const SAMPLES = join(ROOT, 'data/samples');
const UPLOADED = readdirSync(SAMPLES).sort().at(-1)!;
const TOKEN = 'lan-test-upload-token-0123456789';

let work: string;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'lan-e2e-'));
  const inputs = join(work, 'inputs');
  mkdirSync(inputs);
  for (const name of readdirSync(SAMPLES))
    if (name !== UPLOADED) copyFileSync(join(SAMPLES, name), join(inputs, name));
  const db = join(work, 'warehouse.duckdb');
  await loadIntoWarehouse([inputs], { db });
  server = await serve(['--db', db, '--port', '0'], { UPLOAD_TOKEN: TOKEN }, { log: () => undefined });
  base = `http://lan.test:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP lan.test 127.0.0.1'],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('dashboard opened as http://lan.test', () => {
  it('loads its scripts and styles over http and shows the overview', async () => {
    const failed: string[] = [];
    const requested: string[] = [];
    // The app's own fetches may be aborted when a query is superseded; the page's files may not fail.
    page.on('requestfailed', (r) => {
      if (r.resourceType() !== 'fetch') failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('request', (r) => requested.push(r.url()));
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    await page.waitForSelector('main[data-view]', { timeout: 20_000 });
    await page.waitForFunction(() => !document.querySelector('main .state-loading'), null, {
      timeout: 20_000,
    });
    expect(await page.locator('h1').innerText()).toContain('绩效分析台');
    await expect.poll(() => page.locator('.kpi').count()).toBeGreaterThanOrEqual(6);
    expect(requested.some((u) => /^http:\/\/lan\.test:\d+\/assets\/.+\.js$/.test(u))).toBe(true);
    expect(failed).toEqual([]);
    expect(requested.filter((u) => u.startsWith('https:'))).toEqual([]);
    expect(res?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('asks for the upload token once, keeps it, and uploads with it', async () => {
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept(TOKEN);
    });
    await page.goto(`${base}/?view=data`);
    await page.waitForSelector('section[data-section="documents"]');
    await page.setInputFiles('input[type="file"][name="files"]', join(SAMPLES, UPLOADED));
    await page.waitForSelector('[data-upload="done"]', { timeout: 60_000 });
    await page.waitForSelector(`tr[data-file="${UPLOADED}"]`, { timeout: 20_000 });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('UPLOAD_TOKEN');
    expect(await page.evaluate(() => localStorage.getItem('jx.uploadToken'))).toBe(TOKEN);
    // Again after a reload: the kept token is sent, nothing is asked.
    await page.reload();
    await page.waitForSelector('section[data-section="documents"]');
    await page.setInputFiles('input[type="file"][name="files"]', join(SAMPLES, UPLOADED));
    await page.waitForSelector('[data-upload="done"]', { timeout: 60_000 });
    expect(asked).toHaveLength(1);
  });
});
