// The upload store's retention of quarantined uploads: files past the age limit go, then the oldest
// until the rest fit the quota; through the API, quarantined uploads move to quarantine/ and the
// quota holds while the warehouse keeps every quarantined document's record.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { Warehouse } from '../../../server/db/warehouse';
import { createApp } from '../../../server/http/app';
import { QUARANTINE, UploadStore } from '../../../server/uploads/store';
import { tempDir } from '../helpers/warehouse';

const DAY = 86_400_000;

describe('quarantine retention', () => {
  it('removes files past the age limit, then the oldest beyond the quota', () => {
    const dir = tempDir('jx-store-');
    const store = new UploadStore(dir);
    mkdirSync(store.quarantine, { recursive: true });
    const now = Date.now();
    const put = (name: string, ageDays: number) => {
      const file = join(store.quarantine, name);
      writeFileSync(file, Buffer.alloc(100, 1));
      const t = new Date(now - ageDays * DAY);
      utimesSync(file, t, t);
    };
    put('ancient', 40);
    put('old', 3);
    put('newer', 2);
    put('newest', 1);
    const removed = store.sweepQuarantine({ maxBytes: 250, maxAgeDays: 30 }, now);
    expect(removed.sort()).toEqual(['ancient', 'old']);
    expect(readdirSync(store.quarantine).sort()).toEqual(['newer', 'newest']);
  });
});

describe('quarantined uploads through the API', () => {
  const dir = tempDir('jx-store-api-');
  const warehouse = new Warehouse(join(dir, 'warehouse.duckdb'), 1);
  const uploadDir = join(dir, 'uploads');
  const app = createApp({
    warehouse,
    uploadDir,
    load: (inputs, opts) => loadIntoWarehouse(inputs, opts),
    quarantine: { maxBytes: 1500, maxAgeDays: 30 },
  });
  afterAll(() => warehouse.shutdown());

  it('move to quarantine/, which stays under its quota; the warehouse keeps their records', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(app)
        .post('/api/uploads')
        .attach('files', randomBytes(1000), `noise-${i}.docx`)
        .expect(200);
      expect(res.body.files[0].status).toBe('quarantined');
      ids.push(res.body.files[0].sha256);
      // A later upload must be newer on disk than this one.
      await new Promise((r) => setTimeout(r, 20));
    }
    const kept = readdirSync(join(uploadDir, QUARANTINE));
    expect(kept).toEqual([`${ids[2]!.slice(0, 16)}-noise-2.docx`]);
    for (const id of ids) expect(existsSync(join(uploadDir, id.slice(0, 16)))).toBe(false);
    const docs = await request(app).get('/api/documents?status=quarantined').expect(200);
    expect(docs.body.documents.map((d: { doc_id: string }) => d.doc_id).sort()).toEqual([...ids].sort());
  });
});
