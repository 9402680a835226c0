// loadIntoWarehouse on a real DuckDB file in a temp dir, with the stand-in recogniser: idempotency,
// replacement of a changed file, carry-over of earlier documents, bad inputs set aside while the rest
// loads, the load lock, and the warehouse contents the API reads.

import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dumpWarehouse, query, sampleRecord, tempDir, writeReport } from './helpers';

vi.mock('../../../scripts/recognise/index', async () => {
  const { readingsFromMarker } = await import('./helpers');
  return { recogniseReadings: readingsFromMarker };
});
vi.mock('../../../scripts/checks/index', () => ({ checkRecord: () => [] }));

const { loadIntoWarehouse } = await import('../../../scripts/load/index');
const { acquireLoadLock, LoadBusyError } = await import('../../../scripts/load/warehouse-file');
const { PARSER_VERSION } = await import('../../../scripts/extract');
const { TABLES } = await import('../../../scripts/load/types');
const { warehouseOutdated } = await import('../../../scripts/load/previous');
const { openDuckDB } = await import('../../../scripts/load/duckdb');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'bad');

function corpus(): { dir: string; db: string } {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  writeReport(dir, 'placeholder.txt', []); // outside the input dir: never loaded
  mkdirSync(input);
  writeReport(input, 'gaoyi-2021.txt', [sampleRecord()]);
  writeReport(input, 'gaoyi-2022.txt', [
    sampleRecord({ year: 2022, overall: { budget: '1400', executed: '1300' } }),
  ]);
  return { dir: input, db: path.join(dir, 'warehouse.duckdb') };
}

describe('loadIntoWarehouse', () => {
  it('loads documents into every table, with meta', async () => {
    const { dir, db } = corpus();
    const s = await loadIntoWarehouse([dir], { db });
    expect(s).toMatchObject({
      loaded: 2,
      skipped: 0,
      replaced: 0,
      quarantined: 0,
      partial: 0,
      written: true,
      generation: 1,
    });
    const t = await dumpWarehouse(db);
    // Every table is filled except findings (the stand-in checks report nothing, nothing conflicts).
    for (const table of TABLES.filter((t) => t !== 'findings')) {
      expect(t[table]!.length, table).toBeGreaterThan(0);
    }
    const meta = Object.fromEntries(
      t.meta!.map((r) => [(r as { key: string }).key, (r as { value: string }).value]),
    );
    expect(meta).toMatchObject({ parser_version: PARSER_VERSION, generation: '1', documents: '2' });
    expect(Date.parse(meta.warehouse_time!)).toBeGreaterThan(0);
    const uy = await query(
      db,
      'SELECT year, budget, executed, execution_rate, execution_rate_stated FROM unit_years ORDER BY year',
    );
    expect(uy).toEqual([
      {
        year: 2021,
        budget: '1308.050000',
        executed: '906.090000',
        execution_rate: '69.2703',
        execution_rate_stated: '69.0000',
      },
      {
        year: 2022,
        budget: '1400.000000',
        executed: '1300.000000',
        execution_rate: '92.8571',
        execution_rate_stated: null,
      },
    ]);
    const docs = await query(
      db,
      'SELECT file_name, path, status, kinds, size_bytes, format, is_demo FROM documents ORDER BY file_name',
    );
    expect(docs[0]).toMatchObject({
      file_name: 'gaoyi-2021.txt',
      status: 'ok',
      kinds: ['overall_self_eval'],
      format: 'text',
      is_demo: false,
    });
    expect(String(docs[0]!.path)).toMatch(/in\/gaoyi-2021\.txt$/);
    expect(readdirSync(path.dirname(db)).sort()).toEqual(['in', 'placeholder.txt', 'warehouse.duckdb']);
  });

  it('changes nothing when the same bytes are loaded twice', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const before = await dumpWarehouse(db);
    const stat = statSync(db);
    const s = await loadIntoWarehouse([dir], { db });
    expect(s).toMatchObject({ loaded: 0, skipped: 2, replaced: 0, written: false, generation: 1 });
    expect(s.documents.map((d) => d.message)).toEqual(['unchanged', 'unchanged']);
    expect(await dumpWarehouse(db)).toEqual(before);
    expect(statSync(db).ino).toBe(stat.ino);
    expect(statSync(db).mtimeMs).toBe(stat.mtimeMs);
  });

  it('rebuilds a warehouse written with other SQL from its documents, with no inputs given', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const before = await dumpWarehouse(db);
    // What an earlier version left: a fact table the API reads is missing, the schema hash differs.
    const { conn, close } = await openDuckDB(db, 'read_write');
    await conn.run("DROP TABLE project_facts; UPDATE meta SET value = 'earlier' WHERE key = 'schema_hash'");
    close();
    expect(await warehouseOutdated(db)).toBe(true);
    const s = await loadIntoWarehouse([], { db });
    expect(s).toMatchObject({ loaded: 0, written: true, generation: 2 });
    expect(await warehouseOutdated(db)).toBe(false);
    const after = await dumpWarehouse(db);
    for (const t of TABLES) expect(after[t]).toEqual(before[t]);
    expect(await query(db, 'SELECT count(*) AS n FROM project_facts')).toEqual(
      await query(db, 'SELECT count(*) AS n FROM projects'),
    );
  });

  it('rebuilds identical tables when re-extracting unchanged documents (--force)', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const before = await dumpWarehouse(db);
    const s = await loadIntoWarehouse([dir], { db, force: true });
    expect(s).toMatchObject({ replaced: 2, written: true, generation: 2 });
    const after = await dumpWarehouse(db);
    for (const table of Object.keys(before).filter(
      (t) => t !== 'meta' && t !== 'documents' && t !== 'document_extracts',
    )) {
      expect(after[table], table).toEqual(before[table]);
    }
  });

  it('replaces a changed document at the same path and keeps documents of earlier loads', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const oldId = (await query(db, `SELECT doc_id FROM documents WHERE file_name = 'gaoyi-2021.txt'`))[0]!
      .doc_id;
    writeReport(dir, 'gaoyi-2021.txt', [sampleRecord({ overall: { budget: '1308.05', executed: '1000' } })]);
    const s = await loadIntoWarehouse([path.join(dir, 'gaoyi-2021.txt')], { db });
    expect(s).toMatchObject({ loaded: 0, replaced: 1, skipped: 0, written: true, generation: 2 });
    const docs = await query(db, 'SELECT doc_id, file_name FROM documents ORDER BY file_name');
    expect(docs.map((d) => d.file_name)).toEqual(['gaoyi-2021.txt', 'gaoyi-2022.txt']); // 2022 carried over
    expect(docs[0]!.doc_id).not.toBe(oldId);
    expect(await query(db, `SELECT count(*) AS n FROM facts WHERE doc_id = ?`, [String(oldId)])).toEqual([
      { n: '0' },
    ]);
    expect(await query(db, 'SELECT year, executed FROM unit_years ORDER BY year')).toEqual([
      { year: 2021, executed: '1000.000000' },
      { year: 2022, executed: '1300.000000' },
    ]);
  });

  it('adds a new document to the existing warehouse, merging it with what is there', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const other = tempDir();
    const extra = writeReport(other, 'gaoyi-2021-final.txt', [
      sampleRecord({
        report_kinds: ['final_accounts'],
        overall: { budget: '1310' },
        finance: { carryover_end: '98.12' },
      }),
    ]);
    const s = await loadIntoWarehouse([extra], { db });
    expect(s).toMatchObject({ loaded: 1, written: true });
    expect(s.totals.documents).toBe(3);
    expect(await query(db, 'SELECT budget, carryover_end FROM unit_years WHERE year = 2021')).toEqual([
      { budget: '1308.050000', carryover_end: '98.120000' },
    ]);
    const conflicts = await query(db, `SELECT message FROM findings WHERE code = 'value_conflict'`);
    expect(conflicts).toHaveLength(1);
    expect(String(conflicts[0]!.message)).toContain('gaoyi-2021-final.txt states 1310.000000');
    expect(
      await query(
        db,
        `SELECT value_num, chosen FROM facts WHERE key = 'overall.budget' AND year = 2021 ORDER BY value_num`,
      ),
    ).toEqual([
      { value_num: '1308.050000', chosen: true },
      { value_num: '1310.000000', chosen: false },
    ]);
  });

  it('sets every bad input aside with its reason and still loads everything else', async () => {
    const { dir, db } = corpus();
    for (const f of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
    const s = await loadIntoWarehouse([dir], { db });
    const byFile = Object.fromEntries(s.documents.map((d) => [d.file, d]));
    expect(byFile['gaoyi-2021.txt']).toMatchObject({ outcome: 'loaded', status: 'ok' });
    expect(byFile['gaoyi-2022.txt']).toMatchObject({ outcome: 'loaded', status: 'ok' });
    expect(byFile['empty.txt']).toMatchObject({ status: 'quarantined' });
    expect(byFile['empty.txt']!.message).toMatch(/^empty\.txt: .*empty/);
    expect(byFile['garbage.txt']).toMatchObject({ status: 'quarantined' });
    expect(byFile['garbage.txt']!.message).toMatch(/^garbage\.txt: .*(binary|undecodable)/);
    // No RECORDS marker in these: the stand-in recogniser finds nothing, as for any non-report.
    // Readable, so it is kept (partial, with the reason), not set aside.
    expect(byFile['not-a-report.txt']).toMatchObject({ status: 'partial' });
    expect(byFile['not-a-report.txt']!.message).toMatch(/^not-a-report\.txt: no budget figure/);
    expect(s.quarantined).toBeGreaterThanOrEqual(2);
    const docs = await query(db, 'SELECT file_name, status, reason FROM documents ORDER BY file_name');
    expect(docs.find((d) => d.file_name === 'garbage.txt')).toMatchObject({ status: 'quarantined' });
    expect(docs.filter((d) => d.status === 'ok').map((d) => d.file_name)).toEqual([
      'gaoyi-2021.txt',
      'gaoyi-2022.txt',
    ]);
    expect(await query(db, 'SELECT count(*) AS n FROM unit_years')).toEqual([{ n: '2' }]);
    // A missing input is reported, not stored, and does not stop the load.
    const s2 = await loadIntoWarehouse([path.join(dir, 'missing.txt')], { db });
    expect(s2.documents[0]).toMatchObject({ outcome: 'failed', status: 'quarantined' });
    expect(s2.documents[0]!.message).toMatch(/^missing\.txt: cannot be opened/);
  });

  it('marks a demo load and keeps it apart from real data', async () => {
    const { dir, db } = corpus();
    await loadIntoWarehouse([dir], { db });
    const demo = tempDir();
    writeReport(demo, 'demo.txt', [sampleRecord({ overall: { budget: '1' } })]);
    await loadIntoWarehouse([demo], { db, demo: true });
    expect(await query(db, 'SELECT unit_id, is_demo FROM units ORDER BY unit_id')).toEqual([
      { unit_id: '130127:人民政府办公室', is_demo: false },
      { unit_id: 'demo:130127:人民政府办公室', is_demo: true },
    ]);
    expect(await query(db, `SELECT count(*) AS n FROM documents WHERE is_demo`)).toEqual([{ n: '1' }]);
  });

  it('refuses to run while another live load holds the lock, and takes over a dead one’s lock', async () => {
    const { dir, db } = corpus();
    const release = acquireLoadLock(path.resolve(db));
    await expect(loadIntoWarehouse([dir], { db })).rejects.toBeInstanceOf(LoadBusyError);
    release();
    writeFileSync(`${db}.lock`, '999999999'); // no such process
    await expect(loadIntoWarehouse([dir], { db })).resolves.toMatchObject({ loaded: 2 });
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  it('refuses to carry over a warehouse without stored extractions unless told to start fresh', async () => {
    const { dir, db } = corpus();
    const { openDuckDB } = await import('../../../scripts/load/duckdb');
    const h = await openDuckDB(db, 'read_write');
    await h.conn.run('CREATE TABLE documents (doc_id VARCHAR)');
    h.close();
    await expect(loadIntoWarehouse([dir], { db })).rejects.toThrow(/cannot be carried over/);
    await expect(loadIntoWarehouse([dir], { db, fresh: true })).resolves.toMatchObject({ loaded: 2 });
  });

  it('creates the warehouse directory when it does not exist yet', async () => {
    const { dir } = corpus();
    const db = path.join(tempDir(), 'new', 'nested', 'w.duckdb');
    await expect(loadIntoWarehouse([dir], { db })).resolves.toMatchObject({ loaded: 2, written: true });
    expect(existsSync(db)).toBe(true);
  });

  it('reports progress through the injected callback', async () => {
    const { dir, db } = corpus();
    const phases: string[] = [];
    await loadIntoWarehouse([dir], { db, onProgress: (p) => phases.push(p.phase) });
    expect([...new Set(phases)]).toEqual(['extract', 'write', 'swap']);
  });
});
