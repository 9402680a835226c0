// The 年度分析简报 for the bundled samples alone: loaded by the real ETL into a temporary warehouse,
// the brief generated as DOCX and PDF (LibreOffice), its figures checked against /api/aggregate and
// every figure's footnote (helpers/brief.ts); bad parameters answered with readable 400s.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { checkBrief, type Fetch } from './helpers/brief';
import { tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;

const get: Fetch = async (path) => {
  const res = await request(app)
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return { status: res.status, body: res.body as Buffer, type: String(res.headers['content-type']) };
};

beforeAll(async () => {
  const db = join(tempDir('jx-brief-'), 'warehouse.duckdb');
  await loadIntoWarehouse([join(__dirname, '..', '..', 'data', 'samples')], { db });
  warehouse = new Warehouse(db, 2);
  app = createApp({ warehouse });
});

afterAll(() => warehouse.shutdown());

describe('the brief of the samples', () => {
  it('is a DOCX and a PDF whose key figures agree with /api/aggregate, every figure footnoted', async () => {
    const health = await request(app).get('/api/health').expect(200);
    const year = health.body.warehouse.last_year as number;
    const { docx } = await checkBrief(get, 'demo:false', year);
    expect(docx).toContain('预算执行率最低的单位');
  }, 120_000);

  it('answers bad parameters with 400s that name them', async () => {
    const a = await request(app).get('/api/brief').query({ format: 'odt' });
    expect(a.status).toBe(400);
    expect(a.body.error.message).toContain('format');
    const b = await request(app).get('/api/brief').query({ cut: 'unit:x' });
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe('dimension_not_applicable');
    const c = await request(app).get('/api/brief').query({ cut: 'province:无此省' });
    expect(c.status).toBe(400);
    expect(c.body.error.code).toBe('no_year');
  });
});
