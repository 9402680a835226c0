// Browser tests of the dashboard: the real app (built with Vite), the real Express server on a
// warehouse loaded from data/samples, driven in Debian's Chromium through playwright-core. For every
// view: real data loads and its charts draw; Chinese renders in a CJK font; filters live in the URL
// and survive a reload; a number opens its source quote; an uploaded report appears.
// Screenshots of every view are saved under artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { synthWarehouse } from '../../scripts/synth/warehouse';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, ROOT, ensureBuilt } from './helpers/browser';

const SAMPLES = join(ROOT, 'data/samples');
const SHOTS = join(ROOT, 'artifacts/screenshots');
/** The sample held back from the first load and sent through the upload form instead. */
const UPLOADED_SAMPLE = readdirSync(SAMPLES).sort().at(-1)!;

let work: string;
let warehouse: Warehouse;
let demoWarehouse: Warehouse;
let server: Server;
let demoServer: Server;
let demoBase: string;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'dashboard-e2e-'));
  const inputs = join(work, 'inputs');
  mkdirSync(inputs);
  for (const name of readdirSync(SAMPLES))
    if (name !== UPLOADED_SAMPLE) copyFileSync(join(SAMPLES, name), join(inputs, name));
  const db = join(work, 'warehouse.duckdb');
  await loadIntoWarehouse([inputs], { db });
  warehouse = new Warehouse(db, 2);
  const app = createApp({
    warehouse,
    webDist: DIST,
    uploadDir: join(work, 'uploads'),
    load: (files, opts) => loadIntoWarehouse(files, opts),
    logError: () => undefined,
  });
  server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A second server on a synthetic warehouse: every unit in it is demo data.
  const demoDb = join(work, 'demo.duckdb');
  await synthWarehouse({ units: 40, years: 3, firstYear: 2021, projectsPerUnit: 2, db: demoDb, seed: 7 });
  demoWarehouse = new Warehouse(demoDb, 2);
  const demoApp = createApp({
    warehouse: demoWarehouse,
    webDist: DIST,
    load: null,
    logError: () => undefined,
  });
  demoServer = await new Promise<Server>((done) => {
    const s = demoApp.listen(0, '127.0.0.1', () => done(s));
  });
  demoBase = `http://127.0.0.1:${(demoServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await new Promise((done) => (demoServer ? demoServer.close(done) : done(undefined)));
  warehouse?.shutdown();
  demoWarehouse?.shutdown();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a URL of the app and waits until the view's content (or an empty/error state) is there. */
async function open(search: string): Promise<void> {
  await page.goto(`${base}/${search}`);
  await page.waitForSelector('main[data-view]');
  await page.waitForFunction(() => !document.querySelector('main .state-loading'), null, { timeout: 20_000 });
}

/** Coloured (non-white, non-transparent) pixels drawn on each chart canvas, by chart id. */
async function chartInk(): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const result: Record<string, number> = {};
    for (const panel of document.querySelectorAll<HTMLElement>('section[data-chart]')) {
      let ink = 0;
      for (const canvas of panel.querySelectorAll('canvas')) {
        const ctx = canvas.getContext('2d');
        if (!ctx || !canvas.width || !canvas.height) continue;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) ink++;
        }
      }
      result[panel.dataset.chart!] = ink;
    }
    return result;
  });
}

/** Waits for the expected charts, then checks that they and every other chart on the page drew. */
async function expectChartsDrawn(expected: string[]): Promise<void> {
  await page.waitForFunction(
    (ids) => ids.every((id) => document.querySelector(`section[data-chart="${id}"] canvas`)),
    expected,
    { timeout: 20_000 },
  );
  const ink = await chartInk();
  for (const id of new Set([...expected, ...Object.keys(ink)]))
    expect(ink[id], `chart ${id} draws`).toBeGreaterThan(2000);
}

/** Asserts the page's Chinese text renders with a CJK font rather than boxes. */
async function expectCjkFont(): Promise<void> {
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    // Two different characters drawn in a font without CJK glyphs come out as the same box.
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const ctx = canvas.getContext('2d')!;
      ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
      ctx.fillText(text, 2, 34);
      return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',');
    };
    return {
      check: document.fonts.check('16px "Noto Sans CJK SC"'),
      family: getComputedStyle(document.querySelector('h1')!).fontFamily,
      distinctGlyphs: draw('绩') !== draw('效'),
    };
  });
  expect(font.check).toBe(true);
  expect(font.family).toContain('Noto Sans CJK SC');
  expect(font.distinctGlyphs).toBe(true);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The JavaScript the first page load fetches: the entry script and the chunks it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)];
}

describe('the built dashboard', () => {
  it('loads at most 350 kB of gzipped JavaScript up front (charts and views are split off)', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, ref) => sum + gzipSync(readFileSync(join(DIST, ref))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(350_000);
    // The ECharts chunk is not among them.
    const all = readdirSync(join(DIST, 'assets'));
    const echartsChunk = all.find(
      (name) => /\.js$/.test(name) && readFileSync(join(DIST, 'assets', name), 'utf8').includes('echarts'),
    );
    expect(echartsChunk).toBeDefined();
    expect(scripts.some((ref) => ref.endsWith(echartsChunk!))).toBe(false);
  });
});

describe('dashboard in Chromium', () => {
  it('总览 shows the key figures of the latest year and draws its charts', async () => {
    await open('');
    await expect.poll(() => page.locator('.kpi').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('h2.view-title').innerText()).toMatch(/总览 · 20\d\d/);
    const unitCount = await page.locator('.kpi[data-measure="unit_count"] .kpi-value').innerText();
    expect(Number(unitCount)).toBeGreaterThan(0);
    await expectChartsDrawn(['grades']);
    await expectCjkFont();
    await screenshot('overview');
  });

  it('a filter change updates the URL and a reload restores it', async () => {
    await open('');
    const years = await page.locator('select[name="year"] option').allInnerTexts();
    expect(years.length).toBeGreaterThanOrEqual(2);
    const earlier = years[0]!;
    await page.selectOption('select[name="year"]', earlier);
    await page.waitForURL((url) => url.searchParams.get('year') === earlier);
    const province = (await page.locator('select[name="province"] option').allInnerTexts())[1]!;
    await page.selectOption('select[name="province"]', { label: province });
    await page.waitForURL((url) => url.searchParams.get('province') === province);
    await expect.poll(() => page.locator('select[name="city"]').isEnabled()).toBe(true);
    // The cascade lists the cities of the chosen province.
    await expect.poll(() => page.locator('select[name="city"] option').count()).toBeGreaterThan(1);
    await page.reload();
    await page.waitForSelector('main[data-view="overview"]');
    expect(await page.locator('select[name="year"]').inputValue()).toBe(earlier);
    expect(await page.locator('select[name="province"]').inputValue()).toBe(province);
    await expect.poll(() => page.locator('h2.view-title').innerText()).toContain(earlier);
    // Back goes to the previous filter state.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('province') === null);
    expect(await page.locator('select[name="year"]').inputValue()).toBe(earlier);
  });

  it('趋势 draws lines and the unit × year heatmap', async () => {
    await open('?view=trends');
    await expectChartsDrawn(['trend', 'heatmap']);
    await page.selectOption('select[name="measure"]', 'score_mean');
    await page.waitForURL((url) => url.searchParams.get('measure') === 'score_mean');
    await expectChartsDrawn(['trend']);
    expect(await page.locator('section[data-chart="trend"] h2').innerText()).toContain('平均自评分');
    // A measure added by one declaration (test/server/add-measure.test.ts) is offered and drawn with its unit.
    await page.selectOption('select[name="measure"]', 'budget_per_staff');
    await page.waitForURL((url) => url.searchParams.get('measure') === 'budget_per_staff');
    await expectChartsDrawn(['trend']);
    expect(await page.locator('section[data-chart="trend"] h2').innerText()).toContain('人均预算数');
    expect(await page.locator('section[data-chart="trend"] table thead').textContent()).toContain(
      '人均预算数（万元/人）',
    );
    await expectCjkFont();
    await screenshot('trends');
  });

  it('对比 draws the ranking and the score × execution scatter', async () => {
    await open('?view=compare');
    await expectChartsDrawn(['scatter']);
    // Export links ask the API for the chart's data as CSV and XLSX.
    const csv = await page
      .locator('section[data-chart="ranking"] a', { hasText: 'CSV' })
      .getAttribute('href');
    const response = await page.request.get(`${base}${csv}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    expect(await response.text()).toContain('execution_rate');
    const xlsx = await page
      .locator('section[data-chart="scatter"] a', { hasText: 'XLSX' })
      .getAttribute('href');
    const workbook = await page.request.get(`${base}${xlsx}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    expect((await workbook.body()).subarray(0, 2).toString()).toBe('PK');
    await screenshot('compare');
  });

  it('三公经费 stacks its parts over the years', async () => {
    await open('?view=sangong');
    await expectChartsDrawn(['sangong-parts']);
    await expectCjkFont();
    await screenshot('sangong');
  });

  it('预警 lists alerts by rule with links to the unit', async () => {
    await open('?view=alerts');
    await expect.poll(() => page.locator('.alert-group').count()).toBeGreaterThan(0);
    const link = page.locator('.alert-group td a').first();
    const unitName = await link.innerText();
    await screenshot('alerts');
    await link.click();
    await page.waitForURL(
      (url) => url.searchParams.get('view') === 'unit' && Boolean(url.searchParams.get('unit')),
    );
    await expect.poll(() => page.locator('h2.view-title').innerText()).toContain(unitName);
  });

  it('单位画像: clicking a number opens its source quote', async () => {
    await open('?view=unit');
    await page.waitForSelector('button.fact');
    const button = page.locator('table.figures button.fact, button.fact').first();
    const shown = (await button.innerText()).replace(/,/g, '');
    await button.click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.waitFor();
    const quote = dialog.locator('blockquote');
    await expect.poll(() => quote.innerText()).not.toBe('');
    const text = await dialog.innerText();
    expect(text).toMatch(/\.txt/);
    expect(text).toMatch(/第 \d+ 行/);
    // The quote states the number that was clicked (possibly with different decimals).
    const digits = shown.replace(/\.?0+$/, '').replace('%', '');
    expect((await quote.innerText()).replace(/,/g, '')).toContain(digits.split('.')[0]);
    await screenshot('unit-source');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await screenshot('unit');
  });

  it('数据: an uploaded sample is loaded and appears in the views', async () => {
    await open('?view=unit');
    await page.waitForSelector('select[name="unit"] option', { state: 'attached' });
    const unitsListed = await page.locator('select[name="unit"] option').count();
    await open('?view=data');
    await page.waitForSelector('section[data-section="documents"]');
    expect(await page.locator(`tr[data-file="${UPLOADED_SAMPLE}"]`).count()).toBe(0);
    const unitsBefore = Number(
      await page.locator('.kpi', { hasText: '单位' }).first().locator('.kpi-value').innerText(),
    );
    await page.setInputFiles('input[type="file"][name="files"]', join(SAMPLES, UPLOADED_SAMPLE));
    await page.waitForSelector('[data-upload="done"]', { timeout: 60_000 });
    await page.waitForSelector(`tr[data-file="${UPLOADED_SAMPLE}"]`, { timeout: 20_000 });
    await expect
      .poll(async () =>
        Number(await page.locator('.kpi', { hasText: '单位' }).first().locator('.kpi-value').innerText()),
      )
      .toBe(unitsBefore + 1);
    await screenshot('data');
    await page.locator('nav.tabs a', { hasText: '单位画像' }).click();
    await expect.poll(() => page.locator('select[name="unit"] option').count()).toBe(unitsListed + 1);
  });

  it('works from the keyboard: tabs, a number and its source drawer', async () => {
    await open('?view=unit');
    await page.waitForSelector('button.fact');
    await page.locator('button.fact').first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="dialog"]');
    await dialog.waitFor();
    // Focus moves into the drawer and comes back to the number when it closes.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('fact'))).toBe(true);
    // The view tabs are links in the tab order.
    await page.locator('nav.tabs a', { hasText: '趋势' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('view') === 'trends');
  });

  it('switches to English and back', async () => {
    await open('?view=overview');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    await expect.poll(() => page.locator('nav.tabs a[aria-current="page"]').innerText()).toBe('Overview');
    await expect
      .poll(() => page.locator('.kpi[data-measure="budget_matched"] .kpi-label').innerText())
      .toBe('Budget (matched)');
    await screenshot('overview-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === null);
  });

  it('labels demo data as 演示数据 and hides it on request', async () => {
    await page.goto(`${demoBase}/`);
    await page.waitForSelector('.demo-notice');
    await expect
      .poll(() => page.locator('.kpi[data-measure="unit_count"] .kpi-value').innerText())
      .toBe('40');
    await expectChartsDrawn(['distribution', 'lowest']);
    // Every unit in the lowest-executors chart is marked as demo, in its data table too.
    const units = await page.locator('section[data-chart="lowest"] tbody tr td:first-child').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit).toContain('〔演示〕');
    await screenshot('overview-demo');
    await page.getByLabel('显示演示数据').uncheck();
    await page.waitForURL((url) => url.searchParams.get('demo') === 'hide');
    // Without demo units this warehouse has no data: the overview says so instead of drawing.
    await expect.poll(() => page.locator('.demo-notice').count()).toBe(0);
    await page.waitForSelector('main .state-empty');
    // The panels answer one by one: wait for the key figures to go too.
    await expect.poll(() => page.locator('.kpi').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('main .state-empty');
    expect(await page.getByLabel('显示演示数据').isChecked()).toBe(false);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
