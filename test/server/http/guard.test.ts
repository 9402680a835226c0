// Who may change the warehouse: a POST from another site is refused with 403 before its body is read;
// in read-only mode uploads are off; with a token set, an upload without it or with a wrong one is 401.
// Nothing is saved for a refused request.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../../server/db/warehouse';
import { createApp } from '../../../server/http/app';
import { tempDir } from '../helpers/warehouse';

const dir = tempDir('jx-guard-');
const warehouse = new Warehouse(join(dir, 'warehouse.duckdb'), 1);
const loads: string[][] = [];
const load = async (inputs: string[]) => {
  loads.push(inputs);
  return { loaded: inputs.length };
};
const TOKEN = 'correct-horse-battery-staple';
const open = createApp({ warehouse, uploadDir: join(dir, 'open'), load, logError: () => undefined });
const guarded = createApp({
  warehouse,
  uploadDir: join(dir, 'guarded'),
  load,
  access: { readOnly: false, token: TOKEN },
  logError: () => undefined,
});
const readOnly = createApp({
  warehouse,
  uploadDir: join(dir, 'ro'),
  load,
  access: { readOnly: true, token: null },
  logError: () => undefined,
});
const report = Buffer.from('某县财政局2021年度部门整体支出绩效自评报告\n', 'utf8');
const saved = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);

afterAll(() => warehouse.shutdown());

describe('cross-origin requests', () => {
  it('refuses a POST whose Origin is another site', async () => {
    const res = await request(open)
      .post('/api/uploads')
      .set('Origin', 'http://evil.example')
      .attach('files', report, 'a.txt');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('cross_origin');
    expect(res.body.error.message).toContain('http://evil.example');
    expect(saved('open')).toEqual([]);
    expect(loads).toEqual([]);
  });

  it('refuses a POST a browser marks as cross-site, even without Origin', async () => {
    const res = await request(open)
      .post('/api/uploads')
      .set('Sec-Fetch-Site', 'cross-site')
      .attach('files', report, 'a.txt');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/another site/);
    expect(loads).toEqual([]);
  });

  it('refuses an Origin of the same host name on another port', async () => {
    const res = await request(open)
      .post('/api/uploads')
      .set('Host', 'lan.test:3000')
      .set('Origin', 'http://lan.test:4000')
      .attach('files', report, 'a.txt');
    expect(res.status).toBe(403);
  });

  it('accepts a POST from the page’s own origin', async () => {
    const res = await request(open)
      .post('/api/uploads')
      .set('Host', 'lan.test:3000')
      .set('Origin', 'http://lan.test:3000')
      .set('Sec-Fetch-Site', 'same-origin')
      .attach('files', report, 'a.txt');
    expect(res.status).toBe(200);
    expect(loads).toHaveLength(1);
  });

  it('lets reads from anywhere through', async () => {
    await request(open).get('/api/health').set('Origin', 'http://evil.example').expect(200);
  });
});

describe('upload token', () => {
  it('asks for the token when none is sent', async () => {
    const res = await request(guarded).post('/api/uploads').attach('files', report, 'a.txt');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('token_required');
    expect(saved('guarded')).toEqual([]);
  });

  it('refuses a wrong token', async () => {
    const res = await request(guarded)
      .post('/api/uploads')
      .set('X-Upload-Token', 'wrong-token-wrong-token')
      .attach('files', report, 'a.txt');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('bad_token');
  });

  it('accepts the token as X-Upload-Token or as a bearer token', async () => {
    const before = loads.length;
    await request(guarded)
      .post('/api/uploads')
      .set('X-Upload-Token', TOKEN)
      .attach('files', report, 'a.txt')
      .expect(200);
    await request(guarded)
      .post('/api/uploads')
      .set('Authorization', `Bearer ${TOKEN}`)
      .attach('files', report, 'b.txt')
      .expect(200);
    expect(loads.length).toBe(before + 2);
  });

  it('tells the dashboard that a token is needed', async () => {
    const res = await request(guarded).get('/api/health').expect(200);
    expect(res.body.uploads).toEqual({ enabled: true, token_required: true });
  });
});

describe('read-only mode', () => {
  it('turns uploads off with a readable 403', async () => {
    const res = await request(readOnly).post('/api/uploads').attach('files', report, 'a.txt');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'read_only' });
    expect(res.body.error.message).toMatch(/read-only/);
    expect(saved('ro')).toEqual([]);
    const health = await request(readOnly).get('/api/health').expect(200);
    expect(health.body.uploads.enabled).toBe(false);
  });
});
