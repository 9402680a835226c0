// Browser and brief checks of issue 12 on the default data (samples + the default demo corpus, as
// `npm start` loads them): the 总览 key figures agree with each other, 数据覆盖 draws, findings read
// as Chinese words, a 预警 rule folds and pages, 单位画像 shows peer percentiles, and the 年度分析简报
// of the latest year (DOCX and PDF) agrees with /api/aggregate with a footnote on every figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { checkBrief } from '../server/helpers/brief';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, ROOT, ensureBuilt } from './helpers/browser';
import { defaultWarehouse } from './helpers/default-data';

const SHOTS = join(ROOT, 'artifacts/screenshots');
let warehouse: Warehouse;
let server: Server;
let browser: Browser;
let page: Page;
let base: string;
let year: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  warehouse = new Warehouse(await defaultWarehouse(), 2);
  const app = createApp({ warehouse, webDist: DIST, load: null, logError: () => undefined });
  server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  year = ((await (await fetch(`${base}/api/health`)).json()) as { warehouse: { last_year: number } })
    .warehouse.last_year;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  warehouse?.shutdown();
});

async function open(search: string): Promise<void> {
  await page.goto(`${base}/${search}`);
  await page.waitForSelector('main[data-view]');
  await page.waitForFunction(() => !document.querySelector('main .state-loading'), null, { timeout: 30_000 });
}

/** A shown amount ("372.78 亿元", "4,350.53 万元") in 万元. */
function wan(text: string): Decimal {
  const m = /([\d,.]+)\s*(亿元|万元)/.exec(text);
  if (!m) throw new Error(`not an amount: ${text}`);
  const n = new Decimal(m[1]!.replace(/,/g, ''));
  return m[2] === '亿元' ? n.mul(10000) : n;
}

const kpi = (id: string, part = 'kpi-value') =>
  page.locator(`.kpi[data-measure="${id}"] .${part}`).innerText();

describe('issue 12 on the default data', () => {
  it('总览: budget, executed and rate agree, with their coverage beside them', async () => {
    await open(`?year=${year}`);
    await expect.poll(() => page.locator('.kpi[data-measure="execution_rate"] .kpi-value').count()).toBe(1);
    const budget = wan(await kpi('budget_matched'));
    const executed = wan(await kpi('executed_matched'));
    const rate = new Decimal((await kpi('execution_rate')).replace('%', ''));
    // Amounts shown to 0.01 亿元, the rate to 0.1 %.
    expect(executed.mul(100).div(budget).minus(rate).abs().toNumber()).toBeLessThanOrEqual(0.06);
    expect(await kpi('execution_rate', 'kpi-coverage')).toMatch(/^预算与执行数：\d+\/\d+ 个单位年度$/);
    expect(await kpi('budget_matched', 'kpi-coverage')).toBe(await kpi('execution_rate', 'kpi-coverage'));
    // The default data has unit-years stating only the executed amount: the note says so, with the full sums.
    expect(await page.getByTestId('same-base-note').innerText()).toMatch(
      /全部填报执行数的 \d+ 个单位年度执行数合计/,
    );
    await page.screenshot({ path: join(SHOTS, 'overview-same-base.png') });
  });

  it('数据覆盖 draws the unit × year grid and the counts per year', async () => {
    await open('?view=coverage');
    await page.waitForSelector('section[data-chart="coverage"] canvas', { timeout: 30_000 });
    const ink = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('section[data-chart="coverage"] canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 235) n++;
      return n;
    });
    expect(ink).toBeGreaterThan(2000);
    const rows = await page.locator('[data-testid="coverage-years"] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(SHOTS, 'coverage.png'), fullPage: true });
  });

  // The coverage grid is drawn in 15 ms slices over several frames (zrender does so for every heatmap);
  // on a slowed CPU, leaving the view mid-draw disposes the chart between two slices.
  it('leaving 数据覆盖 while its grid still draws raises no error', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      const before = pageErrors.length;
      await open('?view=coverage');
      await page.waitForSelector('section[data-chart="coverage"] canvas', { timeout: 60_000 });
      await page.click('nav.tabs a:first-child');
      await page.waitForSelector('main[data-view="overview"]');
      await page.waitForTimeout(1500);
      expect(pageErrors.slice(before)).toEqual([]);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
  }, 120_000);

  it('a finding reads in Chinese words, not codes', async () => {
    const res = await fetch(
      `${base}/api/aggregate?measures=finding_count&drilldown=unit&order=finding_count:desc&pagesize=1&cut=${encodeURIComponent('demo:true|severity:warning')}`,
    );
    const unit = ((await res.json()) as { cells: { unit: string }[] }).cells[0]!.unit;
    await open(`?view=unit&unit=${encodeURIComponent(unit)}`);
    const label = page.locator('table.findings td.finding-label').first();
    await label.waitFor({ timeout: 30_000 });
    expect(await label.innerText()).toMatch(/^[\u4e00-\u9fff“”（）、/A-Za-z0-9]+$/);
    const table = await page.locator('table.findings').innerText();
    expect(table).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(table).toMatch(/警告|错误|提示/);
  });

  it('单位画像 shows peer percentiles and the unit against its peers', async () => {
    const peers = page.locator('section.peers td.peer-pct');
    await expect.poll(() => peers.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () => (await peers.allInnerTexts()).some((t) => /^第 \d+ 百分位$/.test(t)))
      .toBe(true);
    await page.waitForSelector('section[data-chart="peers"] canvas');
    await page.locator('section.peers').screenshot({ path: join(SHOTS, 'peers.png') });
  });

  it('预警: a rule folds, and pages through its entries', async () => {
    await open(`?view=alerts&year=${year}`);
    const rule = page.locator('details.alert-group[data-rule="unit_low_execution"]');
    await rule.waitFor();
    expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await rule.locator('summary h2').click();
    expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await rule.locator('summary h2').click();
    expect(await rule.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const first = await rule.locator('tbody tr').first().innerText();
    expect(await rule.locator('tbody tr').count()).toBe(10);
    await rule.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => rule.locator('.pager-status').innerText()).toMatch(/^第 2\/\d+ 页$/);
    await expect.poll(() => rule.locator('tbody tr').first().innerText()).not.toBe(first);
    const csv = await rule.locator('a', { hasText: 'CSV' }).getAttribute('href');
    const body = await (await fetch(`${base}${csv}`)).text();
    expect(body.split('\r\n').filter((l) => l.startsWith('unit_low_execution,')).length).toBeGreaterThan(10);
    expect((await page.evaluate(() => document.body.scrollHeight)) < 6000).toBe(true);
  });

  it('the brief of the latest year agrees with /api/aggregate, every figure footnoted', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      return {
        status: res.status,
        body: Buffer.from(await res.arrayBuffer()),
        type: res.headers.get('content-type') ?? '',
      };
    };
    const { docx } = await checkBrief(get, 'demo:false;true', year);
    expect(docx).toContain('预算数、执行数与预算执行率同口径');
  }, 120_000);

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
