// Responses are compressed: brotli or gzip as the client accepts, for API answers (cached ones
// compressed once) and the dashboard's scripts; identity when the client accepts none; small bodies
// and XLSX left alone.

import { mkdirSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../../server/db/warehouse';
import { createApp } from '../../../server/http/app';
import { pickCoding } from '../../../server/http/compress';
import { buildWarehouse, fixtureRows, tempDir } from '../helpers/warehouse';

let warehouse: Warehouse;
let app: ReturnType<typeof createApp>;
const script = `console.log(${JSON.stringify('绩效分析台 '.repeat(2000))});\n`;

let server: Server;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body comes back as sent, still compressed (supertest and fetch would decompress it). */
function raw(path: string, acceptEncoding: string): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get(
        {
          host: '127.0.0.1',
          port,
          path,
          headers: { 'Accept-Encoding': acceptEncoding },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      )
      .on('error', reject);
  });
}
const rawBody = (res: RawResponse) => res.body;

beforeAll(async () => {
  const dir = tempDir('jx-compress-');
  const file = join(dir, 'w.duckdb');
  await buildWarehouse(file, fixtureRows());
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), script);
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, webDist: dist, logError: (e) => console.error(e) });
  server = await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  warehouse.shutdown();
});

describe('compression', () => {
  it('chooses brotli, then gzip, as the client accepts', () => {
    expect(pickCoding('gzip, deflate, br')).toBe('br');
    expect(pickCoding('gzip, br;q=0')).toBe('gzip');
    expect(pickCoding('identity')).toBe(null);
    expect(pickCoding(undefined)).toBe(null);
    expect(pickCoding('*')).toBe('br');
  });

  it('compresses a unit profile with brotli, and the cached aggregate the same way twice', async () => {
    const id = (await request(app).get('/api/members/unit').expect(200)).body.members[0].key;
    const plain = await request(app)
      .get(`/api/units/${encodeURIComponent(id)}`)
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    const br = await raw(`/api/units/${encodeURIComponent(id)}`, 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    const text = zlib.brotliDecompressSync(rawBody(br)).toString('utf8');
    expect(JSON.parse(text)).toEqual(plain.body);
    expect(rawBody(br).length).toBeLessThan(Buffer.byteLength(plain.text));

    const url = '/api/aggregate?measures=budget%7Cexecuted&drilldown=unit';
    const first = await raw(url, 'gzip');
    const second = await raw(url, 'gzip');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(rawBody(second)).toEqual(rawBody(first));
    expect(JSON.parse(zlib.gunzipSync(rawBody(second)).toString('utf8')).cells.length).toBeGreaterThan(0);
  });

  it('leaves small answers and XLSX uncompressed', async () => {
    const health = await request(app).get('/api/nope').set('Accept-Encoding', 'gzip, br');
    expect(health.headers['content-encoding']).toBeUndefined();
    const xlsx = await raw(
      '/api/aggregate?measures=budget%7Cexecuted&drilldown=unit&format=xlsx',
      'gzip, br',
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
  });

  it("compresses the dashboard's scripts", async () => {
    const res = await raw('/assets/app.js', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(zlib.gunzipSync(rawBody(res)).toString('utf8')).toBe(script);
    const plain = await request(app).get('/assets/app.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });
});
