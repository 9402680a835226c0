// The dashboard opened by a host name other than localhost, over plain http, as on a bureau's
// network: Chromium maps lan.test to 127.0.0.1 (--host-resolver-rules), so the page, its scripts and
// its styles all travel as http://lan.test:PORT. A CSP with upgrade-insecure-requests sent them to
// https and left the page blank.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { synthWarehouse } from '../../scripts/synth/warehouse';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, ensureBuilt } from './helpers/browser';

let work: string;
let warehouse: Warehouse;
let server: Server;
let browser: Browser;
let port: number;

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'lan-e2e-'));
  const db = join(work, 'demo.duckdb');
  await synthWarehouse({ units: 10, years: 2, firstYear: 2021, projectsPerUnit: 1, db, seed: 3 });
  warehouse = new Warehouse(db, 2);
  const app = createApp({ warehouse, webDist: DIST, load: null, logError: () => undefined });
  server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  port = (server.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP lan.test 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  warehouse?.shutdown();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('dashboard opened as http://lan.test', () => {
  it('loads its scripts and styles over http and shows the overview', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    const requested: string[] = [];
    // The app's own fetches may be aborted when a query is superseded; the page's files may not fail.
    page.on('requestfailed', (r) => {
      if (r.resourceType() !== 'fetch') failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('request', (r) => requested.push(r.url()));
    const res = await page.goto(`http://lan.test:${port}/`);
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
    await page.close();
  });
});
