// The built dashboard is served on the API's port: static files, and index.html for any non-API
// path (client-side routes), while unknown API paths still answer a JSON 404.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { tempDir } from './helpers/warehouse';

describe('static dashboard', () => {
  const dist = tempDir('jx-dist-');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>绩效分析台</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  const app = createApp({ warehouse: new Warehouse(join(dist, 'none.duckdb')), webDist: dist });

  it('serves files and falls back to index.html for client routes', async () => {
    expect((await request(app).get('/assets/app.js').expect(200)).text).toBe('console.log(1)');
    for (const path of ['/', '/overview', '/units/430603:教育局?year=2021']) {
      const res = await request(app).get(encodeURI(path)).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('绩效分析台');
    }
  });

  it('keeps API 404s as JSON errors', async () => {
    const res = await request(app).get('/api/no-such-thing').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
