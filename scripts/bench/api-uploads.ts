// `npm run bench:api-uploads -- [--db FILE] [--duration S] [--connections C] [--units N]`: the API
// under load while uploads run. The server is the one `npm start` runs (server/main.ts: compression,
// timeouts), on a copy of a loadable warehouse (--db, or one built from data/samples and a generated
// demo corpus of N units × 2015–2024). Autocannon sends half the connections to the cached aggregate
// of the overview and half to the largest unit profile, with Accept-Encoding: br, gzip, while three
// reports (distinct bytes) are uploaded one after another, each a load that swaps a new warehouse
// in. Reports errors (must be 0), req/s and p50/p99 per URL, the uploads' replies and times, and the
// profile's size with and without compression. Exit status 1 when any request failed.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadIntoWarehouse } from '../load/index';
import { generateCorpus } from '../synth/documents/index';
import { corpusDocuments } from '../synth/documents/default';
import { serve } from '../../server/main';

const SAMPLES = 'data/samples';

async function prepareWarehouse(work: string, db: string | undefined, units: number): Promise<string> {
  const target = join(work, 'warehouse.duckdb');
  if (db) {
    copyFileSync(db, target);
    return target;
  }
  const demo = join(work, 'demo');
  await generateCorpus({ units, firstYear: 2015, lastYear: 2024, out: demo, seed: 7, formats: ['text'] });
  const started = Date.now();
  await loadIntoWarehouse([SAMPLES, ...corpusDocuments(demo)], { db: target, workers: 'auto' });
  console.log(
    `warehouse: data/samples + ${units} demo units × 10 years loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return target;
}

async function getJson(base: string, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
      units: { type: 'string', default: '30' },
    },
  });
  const work = mkdtempSync(join(tmpdir(), 'bench-uploads-'));
  try {
    const db = await prepareWarehouse(work, values.db, Number(values.units));
    const server = await serve(
      ['--db', db, '--port', '0'],
      { ...process.env, UPLOAD_TOKEN: '' },
      { log: () => undefined },
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const health = (await getJson(base, '/api/health')).warehouse as Record<string, unknown>;
    const year = Number(health.last_year);
    const overview = `/api/aggregate?${new URLSearchParams({
      measures: 'unit_count|budget|executed|execution_rate|score_median|grade_excellent|sangong_total',
      cut: `year:${year}|demo:false;true`,
    })}`;
    // The unit with the largest budget in the last year: a demo unit with all ten years.
    const top = (await getJson(
      base,
      `/api/aggregate?${new URLSearchParams({ measures: 'budget', drilldown: 'unit', cut: `year:${year}|demo:false;true`, order: 'budget:desc', pagesize: '1' })}`,
    )) as { cells: { unit: string }[] };
    const unit = top.cells[0]!.unit;
    const profile = `/api/units/${encodeURIComponent(unit)}`;
    const plain = Buffer.byteLength(
      await (await fetch(`${base}${profile}`, { headers: { 'Accept-Encoding': 'identity' } })).text(),
    );
    const sizes = await new Promise<number>((resolve, reject) => {
      http
        .get(`${base}${profile}`, { headers: { 'Accept-Encoding': 'br, gzip' } }, (res) => {
          let n = 0;
          res.on('data', (c: Buffer) => (n += c.length));
          res.on('end', () => resolve(n));
        })
        .on('error', reject);
    });
    console.log(
      `unit profile ${unit}: ${(plain / 1024).toFixed(0)} kB JSON, ${(sizes / 1024).toFixed(0)} kB with brotli`,
    );

    const reports = readdirSync(SAMPLES).sort().slice(0, 3);
    const uploads: string[] = [];
    const uploading = (async () => {
      await new Promise((r) => setTimeout(r, 1000));
      for (const [i, name] of reports.entries()) {
        const bytes = Buffer.concat([
          readFileSync(join(SAMPLES, name)),
          Buffer.from(`\n附注：基准上传 ${Date.now()}-${i}\n`),
        ]);
        const form = new FormData();
        form.append('files', new Blob([bytes]), `bench-${i}-${name}`);
        const started = Date.now();
        const res = await fetch(`${base}/api/uploads`, { method: 'POST', body: form });
        const body = (await res.json()) as { files?: { outcome: string; status: string }[] };
        uploads.push(
          `${res.status} ${body.files?.[0]?.outcome ?? JSON.stringify(body)} (${body.files?.[0]?.status ?? '-'}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      }
    })();

    const connections = Number(values.connections);
    const run = (path: string) =>
      autocannon({
        url: `${base}${path}`,
        connections: Math.max(1, Math.floor(connections / 2)),
        duration: Number(values.duration),
        headers: { 'accept-encoding': 'br, gzip' },
      });
    const [agg, prof] = await Promise.all([run(overview), run(profile)]);
    await uploading;
    server.close();

    let failed = 0;
    for (const [name, r] of [
      ['cached aggregate (overview)', agg],
      ['unit profile', prof],
    ] as const) {
      const errors = r.errors + r.timeouts + r.non2xx;
      failed += errors;
      console.log(
        `${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
          `${r.requests.total} requests, errors ${errors} (non-2xx ${r.non2xx}, timeouts ${r.timeouts})`,
      );
    }
    console.log(`uploads during the load: ${uploads.join('; ')}`);
    if (uploads.length !== 3 || uploads.some((u) => !u.startsWith('200 '))) failed++;
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
