// `npm run bench:api -- [--db FILE] [--runs N] [--duration S] [--connections C] [--year YYYY]`:
// a fixed list of dashboard queries against a (synthetic) warehouse. For each: the API's p50/p95
// over loopback HTTP with the response cache off, next to the same statements run directly on the
// same DuckDB instance in this process, alternating run by run. The client is node:http with one
// kept-alive socket, the lightest client Node has: fetch (undici) would add a millisecond or two of
// its own to every request, which is not the API's time. Then an autocannon load (default 50
// connections, 30 s) over the same URLs with the cache on, as the server runs: requests/s, errors.

import http from 'node:http';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { compileAggregate } from '../../server/query/compile';
import { normaliseAggregate } from '../../server/query/normalise';
import { AggregateQuery, AlertsQuery } from '../../server/query/schema';
import { compileAlerts, latestYearStatement, normaliseAlerts } from '../../server/query/alerts';
import { unitProfileStatements } from '../../server/query/lookups';
import type { Statement } from '../../server/query/sql';
import type { WarehouseInfo } from '../../server/db/warehouse';

interface BenchQuery {
  name: string;
  url: string;
  /** The statements the API runs for this URL, compiled the same way: steps in order, the
   * statements of a step at once (as the API runs them, on the idle connections of the pool). */
  steps: (info: WarehouseInfo) => Statement[][];
}

function aggregate(name: string, params: Record<string, string>): BenchQuery {
  const search = new URLSearchParams(params);
  return {
    name,
    url: `/api/aggregate?${search.toString()}`,
    steps: (info) => {
      const c = compileAggregate(normaliseAggregate(AggregateQuery.parse(params)), info.rollups);
      return [c.summary ? [c.cells, c.summary] : [c.cells]];
    },
  };
}

function queries(year: number, units: string[]): BenchQuery[] {
  const demo = 'demo:true';
  const alertParams = { year: String(year), cut: demo, limit: '100' };
  return [
    aggregate('overview of a year', {
      measures:
        'unit_count|budget|executed|execution_rate|unit_rate_p10|unit_rate_median|unit_rate_p90|score_median|grade_excellent|grade_good|grade_fair|grade_poor|sangong_total',
      cut: `year:${year}|${demo}`,
    }),
    aggregate('overview: previous year', {
      measures: 'unit_count|budget|executed|execution_rate|score_median|sangong_total',
      cut: `year:${year - 1}|${demo}`,
    }),
    aggregate('20-unit trend', {
      measures: 'budget|executed|execution_rate',
      drilldown: 'unit|year',
      cut: `unit:${units.join(';')}|${demo}`,
      pagesize: '1000',
    }),
    aggregate('ranking: bottom 20', {
      measures: 'execution_rate|budget|executed|score_mean',
      drilldown: 'unit',
      cut: `year:${year}|${demo}`,
      order: 'execution_rate:asc',
      pagesize: '20',
    }),
    aggregate('ranking: top 20', {
      measures: 'execution_rate|budget|executed',
      drilldown: 'unit',
      cut: `year:${year}|${demo}`,
      order: 'execution_rate:desc',
      pagesize: '20',
    }),
    aggregate('三公 YoY per unit', {
      measures: 'sangong_total|sangong_prev_total|sangong_change|sangong_change_pct',
      drilldown: 'unit',
      cut: `year:${year}|${demo}`,
      order: 'sangong_change:desc',
      pagesize: '50',
    }),
    aggregate('三公 parts over years', {
      measures:
        'sangong_abroad|sangong_vehicle_purchase|sangong_vehicle_operation|sangong_reception|sangong_total|sangong_change_pct|sangong_control_rate',
      drilldown: 'year',
      cut: demo,
    }),
    {
      name: 'alerts',
      url: `/api/alerts?${new URLSearchParams(alertParams).toString()}`,
      steps: () => {
        const input = AlertsQuery.parse(alertParams);
        const compiled = compileAlerts(normaliseAlerts(input, year));
        return [
          [latestYearStatement(input.cut)],
          compiled.map((a) => a.entries),
          compiled.map((a) => a.count),
        ];
      },
    },
    aggregate('region × year', {
      measures: 'budget|executed|execution_rate|unit_count',
      drilldown: 'province|year',
      cut: demo,
      pagesize: '1000',
    }),
    aggregate('project percentiles by year', {
      measures: 'project_rate_p10|project_rate_median|project_rate_p90|project_count|project_execution_rate',
      drilldown: 'year',
      cut: demo,
    }),
    aggregate('project percentiles, a province × year', {
      measures: 'project_rate_p10|project_rate_median|project_rate_p90|project_count',
      drilldown: 'year',
      cut: `province:湖南省|${demo}`,
    }),
    {
      name: 'unit profile',
      url: `/api/units/${encodeURIComponent(units[0]!)}`,
      steps: () => {
        const { unit, ...rest } = unitProfileStatements(units[0]!);
        return [[unit], Object.values(rest)];
      },
    },
  ];
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const ms = (x: number) => x.toFixed(1).padStart(7);

/** GET over a kept-alive socket; resolves with the status and the whole body. */
function get(agent: http.Agent, base: URL, path: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: base.hostname, port: base.port, path, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'data/synth.duckdb' },
      runs: { type: 'string', default: '30' },
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
    },
  });
  const runs = Number(values.runs);
  const warehouse = new Warehouse(values.db!, 4);
  const info = await warehouse.info();
  const [metaRows, unitRows] = await warehouse.query(
    {
      sql: 'SELECT max(year) AS year, count(DISTINCT unit_id) AS units, count(*) AS unit_years FROM unit_years',
      params: {},
    },
    { sql: 'SELECT unit_id FROM units ORDER BY unit_id LIMIT 20', params: {} },
  );
  const [projectRows] = await warehouse.query({ sql: 'SELECT count(*) AS n FROM projects', params: {} });
  const meta = metaRows![0]!;
  const projects = projectRows![0]!;
  const year = Number(meta.year);
  const units = unitRows!.map((r) => String(r.unit_id));
  console.log(
    `warehouse ${values.db}: ${meta.units} units, ${meta.unit_years} unit-years, ${projects.n} projects; latest year ${year}`,
  );

  const app = createApp({ warehouse, cache: false });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  // Time inside the server, from the request's arrival to the last byte handed to the socket: what
  // the API adds beyond it is the client's and the loopback's share.
  let inServerMs = 0;
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const t = performance.now();
    res.once('finish', () => (inServerMs = performance.now() - t));
  });

  const list = queries(year, units);
  console.log(`\n${'query'.padEnd(40)}  API p50  API p95  in-server p50  SQL p50  SQL p95  p50 ratio  rows`);
  const results = [];
  for (const q of list) {
    const steps = q.steps(info);
    const api: number[] = [];
    const direct: number[] = [];
    const inServer: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 2; i++) {
      let t = performance.now();
      const res = await get(agent, base, q.url);
      if (res.status !== 200) throw new Error(`${q.name}: HTTP ${res.status} ${res.body.toString()}`);
      const apiMs = performance.now() - t;
      bytes = res.body.byteLength;
      t = performance.now();
      await warehouse.run(async (_exec, _info, parallel) => {
        for (const step of steps) await parallel(step);
      });
      const directMs = performance.now() - t;
      if (i >= 2) {
        api.push(apiMs);
        direct.push(directMs);
        inServer.push(inServerMs);
      }
    }
    api.sort((a, b) => a - b);
    direct.sort((a, b) => a - b);
    inServer.sort((a, b) => a - b);
    const r = {
      name: q.name,
      apiP50: percentile(api, 0.5),
      apiP95: percentile(api, 0.95),
      inServerP50: percentile(inServer, 0.5),
      sqlP50: percentile(direct, 0.5),
      sqlP95: percentile(direct, 0.95),
      bytes,
    };
    results.push(r);
    console.log(
      `${q.name.padEnd(40)} ${ms(r.apiP50)}  ${ms(r.apiP95)}        ${ms(r.inServerP50)}  ${ms(r.sqlP50)}  ${ms(r.sqlP95)}   ${(r.apiP50 / r.sqlP50).toFixed(2).padStart(6)}  ${bytes} B`,
    );
  }
  agent.destroy();
  server.close();

  const cached = createApp({ warehouse });
  const loadServer = cached.listen(0, '127.0.0.1');
  await new Promise((r) => loadServer.once('listening', r));
  const loadBase = `http://127.0.0.1:${(loadServer.address() as AddressInfo).port}`;
  const result = await autocannon({
    url: loadBase,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: list.map((q) => ({ method: 'GET', path: q.url })),
  });
  loadServer.close();
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `\nautocannon ${values.connections} connections × ${values.duration} s (cache on, the ${list.length} URLs in turn): ` +
      `${result.requests.average.toFixed(0)} req/s average, latency p50 ${result.latency.p50} ms / p99 ${result.latency.p99} ms, ` +
      `${result.requests.total} requests, errors ${errors} (non-2xx ${result.non2xx}, timeouts ${result.timeouts})`,
  );
  warehouse.shutdown();
  const worst = results.reduce((a, b) => (b.apiP95 > a.apiP95 ? b : a));
  console.log(`slowest API p95: ${worst.name} ${worst.apiP95.toFixed(1)} ms`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
