// Every client error of the upload endpoint is a 4xx with a readable message, never a 500: malformed
// multipart bodies of several kinds, too many files, a body without or over its declared length; an
// upload while a command-line load holds the warehouse's lock is a 503 with Retry-After, and leaves
// no file behind. Nothing is stored by a refused request.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { Warehouse } from '../../../server/db/warehouse';
import { createApp } from '../../../server/http/app';
import { tempDir } from '../helpers/warehouse';

const ROOT = join(__dirname, '..', '..', '..');
const samples = join(ROOT, 'data', 'samples');
const sample = join(samples, readdirSync(samples).sort()[0]!);
const dir = tempDir('jx-upload-errors-');
const db = join(dir, 'warehouse.duckdb');
const uploadDir = join(dir, 'uploads');
const warehouse = new Warehouse(db, 2);
const errors: unknown[] = [];
const app = createApp({
  warehouse,
  uploadDir,
  load: (inputs, opts) => loadIntoWarehouse(inputs, opts),
  logError: (e) => errors.push(e),
});
let server: http.Server;
let port: number;

/** Every regular file under the upload folder. */
function storedFiles(d = uploadDir): string[] {
  if (!existsSync(d)) return [];
  return readdirSync(d).flatMap((n) => {
    const full = join(d, n);
    return statSync(full).isDirectory() ? storedFiles(full) : [full];
  });
}

/** Sends raw bytes as one request (supertest would fix what these tests break). */
function raw(
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/uploads', headers },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const B = 'XyZboundary123';
const part = (headers: string, content: string) => `--${B}\r\n${headers}\r\n\r\n${content}\r\n`;
const fileHeaders =
  'Content-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain';

const MALFORMED: [string, string, string][] = [
  ['no boundary in the content type', 'multipart/form-data', part(fileHeaders, 'x') + `--${B}--\r\n`],
  [
    'a body cut before its closing boundary',
    `multipart/form-data; boundary=${B}`,
    part(fileHeaders, 'x'.repeat(1000)).slice(0, -200),
  ],
  [
    'a part header without a colon',
    `multipart/form-data; boundary=${B}`,
    `--${B}\r\nthis is no header\r\n\r\nx\r\n--${B}--\r\n`,
  ],
  [
    'a body that never mentions the boundary',
    `multipart/form-data; boundary=${B}`,
    'just some bytes\r\n'.repeat(20),
  ],
  ['an empty boundary', 'multipart/form-data; boundary=', part(fileHeaders, 'x') + `--${B}--\r\n`],
  [
    'a part without Content-Disposition',
    `multipart/form-data; boundary=${B}`,
    part('Content-Type: text/plain', 'x') + `--${B}--\r\n`,
  ],
  [
    'a file part without a field name',
    `multipart/form-data; boundary=${B}`,
    part('Content-Disposition: form-data; filename="a.txt"', 'x') + `--${B}--\r\n`,
  ],
];

beforeAll(async () => {
  server = await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  warehouse.shutdown();
});

describe('malformed uploads are 4xx with a readable message', () => {
  for (const [what, type, body] of MALFORMED) {
    it(what, async () => {
      const res = await raw(
        { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) },
        Buffer.from(body),
      );
      expect(res.status, res.body).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const error = JSON.parse(res.body).error;
      expect(error.message).toMatch(/multipart|files/);
      expect(res.body).not.toMatch(/ at .*\.(js|ts):\d+/);
      expect(storedFiles()).toEqual([]);
    });
  }

  it('too many files: 413', async () => {
    let req = request(app).post('/api/uploads');
    for (let i = 0; i < 21; i++) req = req.attach('files', Buffer.from(`r${i}`), `r${i}.txt`);
    const res = await req;
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('limit_file_count');
    expect(storedFiles()).toEqual([]);
  });

  it('a body without Content-Length: 411; a declared length over the limit: 413 before reading', async () => {
    const chunked = await raw(
      { 'Content-Type': `multipart/form-data; boundary=${B}`, 'Transfer-Encoding': 'chunked' },
      Buffer.from(part(fileHeaders, 'x')),
    );
    expect(chunked.status).toBe(411);
    const huge = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/uploads',
          headers: {
            'Content-Type': `multipart/form-data; boundary=${B}`,
            'Content-Length': String(2500 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.write('--');
    });
    expect(huge).toBe(413);
    expect(storedFiles()).toEqual([]);
  });

  it('a JSON body or no files: 400 naming the field', async () => {
    const res = await request(app).post('/api/uploads').send({ files: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/"files"/);
  });

  it('logged no server error', () => {
    expect(errors).toEqual([]);
  });
});

describe('an upload while another load holds the lock', () => {
  let child: ChildProcess;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('is a 503 with Retry-After, leaves no file, and goes through once the lock is gone', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/scripts/load/lock-child.ts'), db], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) =>
      child.stdout!.on('data', (d) => String(d).includes('LOCKED') && resolve()),
    );
    const busy = await request(app).post('/api/uploads').attach('files', sample);
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('15');
    expect(busy.body.error.code).toBe('load_busy');
    expect(busy.body.error.message).toMatch(/another load/);
    expect(storedFiles()).toEqual([]);
    // The lock holder ends (Ctrl-C): the same upload goes through.
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    await exited;
    const ok = await request(app).post('/api/uploads').attach('files', sample).expect(200);
    expect(ok.body.files[0].outcome).toBe('loaded');
    const stored = storedFiles();
    expect(stored).toHaveLength(1);
    expect(readFileSync(stored[0]!)).toEqual(readFileSync(sample));
    expect(errors).toEqual([]);
  });
});
