// No response tells where files live on the server: /api/health gives the warehouse by name and its
// generation as an opaque hash (not device:inode), upload replies name files relative to the upload
// folder, and /api/facts gives a document loaded from outside the working directory by file name.

import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { publicPath, publicText } from '../../server/paths';
import { tempDir } from './helpers/warehouse';

const samples = join(__dirname, '..', '..', 'data', 'samples');
const [first, second] = readdirSync(samples).sort();
const dir = tempDir('jx-paths-');
const db = join(dir, 'warehouse.duckdb');
// Neither under the data folder nor under the working directory.
const outside = tempDir('jx-paths-outside-');
const warehouse = new Warehouse(db, 2);
const app = createApp({
  warehouse,
  uploadDir: join(dir, 'uploads'),
  load: (inputs, opts) => loadIntoWarehouse(inputs, opts),
});

/** Every place a response could leak the server's folders. */
function expectNoLocation(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toContain(dir);
  expect(text).not.toContain(outside);
  expect(text).not.toContain(process.cwd());
  const s = statSync(db);
  expect(text).not.toContain(`${s.dev}:${s.ino}`);
  expect(text).not.toContain(String(s.ino));
}

beforeAll(async () => {
  copyFileSync(join(samples, first!), join(outside, first!));
  await loadIntoWarehouse([outside], { db });
});
afterAll(() => warehouse.shutdown());

describe('paths in responses', () => {
  it('health names the warehouse file and an opaque generation', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body.warehouse.path).toBe('warehouse.duckdb');
    expect(res.body.warehouse.generation).toMatch(/^[0-9a-f]{16}$/);
    expectNoLocation(res.body);
  });

  it('upload replies name files relative to the upload folder', async () => {
    const res = await request(app).post('/api/uploads').attach('files', join(samples, second!)).expect(200);
    expect(JSON.stringify(res.body)).toContain(second!);
    expectNoLocation(res.body);
  });

  it('a fact’s document loaded from outside the working directory is named by its file', async () => {
    const members = await request(app).get('/api/members/unit').expect(200);
    let checked = 0;
    for (const { key } of members.body.members as { key: string }[]) {
      const unit = await request(app)
        .get(`/api/units/${encodeURIComponent(key)}`)
        .expect(200);
      expectNoLocation(unit.body);
      const fact = unit.body.facts[0];
      if (!fact) continue;
      const res = await request(app).get(`/api/facts/${fact.fact_id}`).expect(200);
      expectNoLocation(res.body);
      expect(res.body.document.path).toMatch(new RegExp(`^(${first}|uploads/[0-9a-f]{16}/${second})$`));
      checked++;
    }
    expect(checked).toBe(2);
    expectNoLocation((await request(app).get('/api/documents').expect(200)).body);
  });

  it('publicPath and publicText keep relative paths and cut absolute ones', () => {
    expect(publicPath('/srv/data/uploads/a.txt', ['/srv/data'])).toBe('uploads/a.txt');
    expect(publicPath('/elsewhere/a.txt', ['/srv/data'])).toBe('a.txt');
    expect(publicPath('data/samples/a.txt', [])).toBe('data/samples/a.txt');
    expect(publicPath('../../etc/passwd', [])).toBe('passwd');
    expect(publicText('same content as /tmp/x/b.txt; 3/4 of 万元', [])).toBe(
      'same content as b.txt; 3/4 of 万元',
    );
  });
});
