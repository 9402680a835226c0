// Uploads are transactions. 20 simultaneous requests with the same and different names and contents
// (two reports racing under one name, an empty file under that name, the bytes of a document already
// held, distinct versions): every stored file is byte-identical to one request's file, every reply
// tells the truth about its own file, and no document disappears. Then, one after another: a
// same-named upload with other content is a new version beside the earlier one, and an empty file
// under an earlier name does not replace the good document. Every file is in the upload log.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import { openDuckDB, queryRows } from '../../../scripts/load/duckdb';
import { Warehouse } from '../../../server/db/warehouse';
import { createApp } from '../../../server/http/app';
import { tempDir } from '../helpers/warehouse';

const samples = join(__dirname, '..', '..', '..', 'data', 'samples');
const names = readdirSync(samples).sort();
const text = (i: number) => readFileSync(join(samples, names[i]!));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const dir = tempDir('jx-upload-race-');
const db = join(dir, 'warehouse.duckdb');
const uploadDir = join(dir, 'uploads');
const warehouse = new Warehouse(db, 2);
const app = createApp({ warehouse, uploadDir, load: (inputs, opts) => loadIntoWarehouse(inputs, opts) });
let server: Server;
let base: string;

function storedFiles(d = uploadDir): string[] {
  if (!existsSync(d)) return [];
  return readdirSync(d).flatMap((n) => {
    const full = join(d, n);
    return statSync(full).isDirectory() ? storedFiles(full) : [full];
  });
}

async function documents(): Promise<Map<string, string>> {
  const res = await request(base).get('/api/documents?pagesize=1000').expect(200);
  return new Map(res.body.documents.map((d: { doc_id: string; status: string }) => [d.doc_id, d.status]));
}

beforeAll(async () => {
  const first = join(dir, 'first');
  mkdirSync(first);
  for (const n of names.slice(0, 2)) copyFileSync(join(samples, n), join(first, n));
  await loadIntoWarehouse([first], { db });
  server = await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  warehouse.shutdown();
});

describe('20 simultaneous uploads', () => {
  it('store whole files, answer truly, and lose no document', async () => {
    const before = await documents();
    expect(before.size).toBe(2);
    const A = text(2);
    const B = text(3);
    const C = text(4);
    const held = text(0); // the bytes of a document the warehouse already holds
    const empty = Buffer.alloc(0);
    const version = (b: Buffer, n: number) => Buffer.concat([b, Buffer.from(`\n附注：第${n}版\n`)]);
    const sends: { name: string; bytes: Buffer }[] = [
      ...Array.from({ length: 5 }, () => ({ name: 'race.txt', bytes: A })),
      ...Array.from({ length: 5 }, () => ({ name: 'race.txt', bytes: B })),
      { name: 'race.txt', bytes: empty },
      { name: 'race.txt', bytes: empty },
      { name: 'other.txt', bytes: C },
      { name: 'other.txt', bytes: C },
      { name: 'dup.txt', bytes: held },
      { name: 'dup.txt', bytes: held },
      { name: 'v.txt', bytes: version(A, 1) },
      { name: 'v.txt', bytes: version(A, 2) },
      { name: 'v.txt', bytes: version(B, 3) },
      { name: 'w.txt', bytes: version(C, 4) },
    ];
    expect(sends).toHaveLength(20);
    const replies = await Promise.all(
      sends.map((s) => request(base).post('/api/uploads').attach('files', s.bytes, s.name)),
    );

    const after = await documents();
    const sent = new Set(sends.map((s) => sha(s.bytes)));
    replies.forEach((res, i) => {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const file = res.body.files[0];
      const mine = sha(sends[i]!.bytes);
      // The reply is about this request's own bytes, and the warehouse holds them with that status.
      expect(file.sha256).toBe(mine);
      expect(file.name).toBe(sends[i]!.name);
      expect(['loaded', 'skipped']).toContain(file.outcome);
      expect(after.get(mine)).toBe(file.status);
      if (sends[i]!.bytes === empty) expect(file.status).toBe('quarantined');
      if (sends[i]!.bytes === held) {
        expect(file.outcome).toBe('skipped');
        expect(file.message).toMatch(/same content/);
      }
    });
    // Each distinct content loaded exactly once among the replies; the rest say skipped.
    for (const h of sent) {
      if (before.has(h)) continue;
      const outcomes = replies
        .filter((r) => r.body.files[0].sha256 === h)
        .map((r) => r.body.files[0].outcome);
      expect(outcomes.filter((o) => o === 'loaded')).toHaveLength(1);
    }
    // Every stored file is the whole of one request's file.
    const stored = storedFiles();
    expect(stored.length).toBeGreaterThan(0);
    for (const f of stored) expect(sent.has(sha(readFileSync(f))), f).toBe(true);
    // No document disappeared; every distinct content is one document.
    for (const [id, status] of before) expect(after.get(id)).toBe(status);
    expect(after.size).toBe(new Set([...before.keys(), ...sent]).size);
    expect(after.get(sha(A))).toBe('ok');
    expect(after.get(sha(B))).toBe('ok');
  });
});

describe('versions', () => {
  it('a same-named upload with other content is a new version; an empty one replaces nothing', async () => {
    const v1 = Buffer.concat([text(2), Buffer.from('\n附：版本一\n')]);
    const v2 = Buffer.concat([text(2), Buffer.from('\n附：版本二\n')]);
    const r1 = await request(base).post('/api/uploads').attach('files', v1, 'report.txt').expect(200);
    const r2 = await request(base).post('/api/uploads').attach('files', v2, 'report.txt').expect(200);
    const r3 = await request(base)
      .post('/api/uploads')
      .attach('files', Buffer.alloc(0), 'report.txt')
      .expect(200);
    expect(r1.body.files[0].outcome).toBe('loaded');
    expect(r2.body.files[0].outcome).toBe('loaded');
    expect(r3.body.files[0].status).toBe('quarantined');
    const docs = await documents();
    expect(docs.get(sha(v1))).toBe('ok');
    expect(docs.get(sha(v2))).toBe('ok');
    expect(readFileSync(join(uploadDir, r1.body.files[0].stored_as))).toEqual(v1);
    expect(readFileSync(join(uploadDir, r2.body.files[0].stored_as))).toEqual(v2);
  });

  it('logs every file of every request: who, when, what, and what became of it', async () => {
    const { conn, close } = await openDuckDB(db, 'read_only');
    try {
      const rows = await queryRows(conn, 'SELECT * FROM upload_log ORDER BY received_at, upload_id, seq');
      expect(rows).toHaveLength(23);
      for (const r of rows) {
        expect(r.client).toMatch(/127\.0\.0\.1/);
        expect(r.received_at).toBeTruthy();
        expect(['loaded', 'skipped']).toContain(r.outcome);
        expect(String(r.sha256)).toMatch(/^[0-9a-f]{64}$/);
        expect(String(r.stored_as)).not.toMatch(/^\//);
      }
      expect(rows.filter((r) => r.file_name === 'race.txt')).toHaveLength(12);
      expect(rows.filter((r) => r.status === 'quarantined')).toHaveLength(3);
      // The log agrees with the replies: each content loaded once.
      const loaded = rows.filter((r) => r.outcome === 'loaded').map((r) => r.sha256);
      expect(new Set(loaded).size).toBe(loaded.length);
    } finally {
      close();
    }
  });
});
