// POST /api/uploads with the real ETL: files are saved under the upload folder, loaded into a new
// warehouse swapped in atomically, and the next request sees them; limits answer 413.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../scripts/load/index';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { safeFileName } from '../../server/routes/uploads';
import { tempDir } from './helpers/warehouse';

const samples = join(__dirname, '..', '..', 'data', 'samples');
const dir = tempDir('jx-uploads-');
const warehouse = new Warehouse(join(dir, 'warehouse.duckdb'), 2);
const uploadDir = join(dir, 'uploads');
const app = createApp({ warehouse, uploadDir, load: (inputs, opts) => loadIntoWarehouse(inputs, opts) });

afterAll(() => warehouse.shutdown());

describe('uploads', () => {
  it('loads uploaded reports and serves them on the next request', async () => {
    const before = await request(app).get('/api/health').expect(200);
    expect(before.body.warehouse.loaded).toBe(false);

    const first = await request(app)
      .post('/api/uploads')
      .attach('files', join(samples, '002_1bad547aa81023f8.txt'))
      .attach('files', readFileSync(join(samples, '003_798f32ec58fd837a.txt')), '盐边县 决算.txt')
      .expect(200);
    expect(first.body.files.map((f: { name: string }) => f.name)).toEqual([
      '002_1bad547aa81023f8.txt',
      '盐边县 决算.txt',
    ]);
    const stored = first.body.files[1].stored_as as string;
    expect(stored).toMatch(/^[0-9a-f]{16}\/盐边县 决算\.txt$/);
    expect(readFileSync(join(uploadDir, stored))).toEqual(
      readFileSync(join(samples, '003_798f32ec58fd837a.txt')),
    );
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body.warehouse.documents).toBe(2);

    await request(app)
      .post('/api/uploads')
      .attach('files', join(samples, '001_52e340726955bf78.txt'))
      .expect(200);
    const units = await request(app).get('/api/members/county').expect(200);
    expect(units.body.members.map((m: { key: string }) => m.key)).toEqual(['云溪区', '盐边县', '高邑县']);
  });

  it('refuses a wrong field name', async () => {
    const res = await request(app)
      .post('/api/uploads')
      .attach('other', join(samples, '001_52e340726955bf78.txt'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('limit_unexpected_file');
  });

  it('keeps file names safe', () => {
    expect(safeFileName(Buffer.from('../../etc/passwd', 'utf8').toString('latin1'))).toBe('passwd');
    expect(safeFileName(Buffer.from('报告<1>.pdf', 'utf8').toString('latin1'))).toBe('报告_1_.pdf');
    expect(safeFileName('..')).toBe('_');
  });
});
