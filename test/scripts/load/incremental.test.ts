// An update of a copy of the warehouse (only the documents sharing a unit with the changed ones
// rebuilt) gives exactly the tables a rebuild from every document gives: checked after each step
// of a series of loads (new unit, conflicting document, replacement, a name-only record joining a
// coded unit, demo data, bad input), against a rebuild from the warehouse's own stored documents.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dumpWarehouse, reportText, sampleRecord, tempDir, writeReport } from './helpers';

vi.mock('../../../scripts/recognise/index', async () => {
  const { readingsFromMarker } = await import('./helpers');
  return { recogniseReadings: readingsFromMarker };
});
vi.mock('../../../scripts/checks/index', () => ({ checkRecord: () => [] }));

const { loadIntoWarehouse } = await import('../../../scripts/load/index');
const { readPreviousWarehouse } = await import('../../../scripts/load/previous');
const { buildRows } = await import('../../../scripts/load/rows');
const { writeWarehouse } = await import('../../../scripts/load/write');
const { affectedDocuments } = await import('../../../scripts/load/incremental');

const unit = (county: string, code: string, dept = '财政局') => ({
  name: `${county}${dept}`,
  dept_type: dept,
  county,
  division_code: code,
});

/** The warehouse rebuilt from scratch from its own stored documents must equal it, table by table. */
async function expectSameAsRebuild(db: string): Promise<void> {
  const previous = (await readPreviousWarehouse(db))!;
  const rebuilt = path.join(tempDir(), 'rebuilt.duckdb');
  await writeWarehouse(rebuilt, { rows: buildRows(previous.documents), meta: {} });
  const [a, b] = [await dumpWarehouse(db), await dumpWarehouse(rebuilt)];
  for (const table of Object.keys(a).filter((t) => t !== 'meta')) expect(a[table], table).toEqual(b[table]);
}

describe('incremental load', () => {
  it('equals a rebuild after every kind of change', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.duckdb');
    const units = [
      unit('高邑县', '130127'),
      unit('大余县', '360723'),
      unit('盐边县', '510422'),
      unit('云溪区', '430603'),
    ];
    const base = units.map((u, i) =>
      writeReport(dir, `base-${i}.txt`, [sampleRecord({ unit: u, year: 2021 })]),
    );
    base.push(writeReport(dir, 'base-4.txt', [sampleRecord({ unit: units[0], year: 2022 })]));
    base.push(writeReport(dir, 'base-5.txt', [sampleRecord({ unit: units[1], year: 2022 })]));
    const first = await loadIntoWarehouse(base, { db });
    expect(first).toMatchObject({ loaded: 6, incremental: false });

    // A document about an existing unit-year with a different budget: a conflict, rebuilt incrementally.
    const conflict = writeReport(dir, 'final-0.txt', [
      sampleRecord({
        unit: units[0],
        year: 2021,
        report_kinds: ['final_accounts'],
        overall: { budget: '1400' },
      }),
    ]);
    expect(await loadIntoWarehouse([conflict], { db })).toMatchObject({ loaded: 1, incremental: true });
    await expectSameAsRebuild(db);

    // The conflicting document replaced by another conflicting version: its old finding must go.
    writeFileSync(
      conflict,
      reportText([
        sampleRecord({
          unit: units[0],
          year: 2021,
          report_kinds: ['final_accounts'],
          overall: { budget: '1500' },
        }),
      ]),
    );
    expect(await loadIntoWarehouse([conflict], { db })).toMatchObject({ replaced: 1, incremental: true });
    await expectSameAsRebuild(db);
    const findings = (await dumpWarehouse(db)).findings as { message: string }[];
    expect(findings.map((f) => f.message).filter((m) => m.includes('final-0.txt'))).toHaveLength(1);

    // A new unit, and a bad file.
    const fresh = writeReport(dir, 'new-unit.txt', [
      sampleRecord({ unit: unit('丰县', '320321'), year: 2021 }),
    ]);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const s = await loadIntoWarehouse([fresh, path.join(dir, 'empty.txt')], { db });
    expect(s).toMatchObject({ loaded: 2, quarantined: 1, incremental: true });
    expect(s.totals.documents).toBe(9);
    await expectSameAsRebuild(db);

    // A replaced document (same path, new content).
    writeFileSync(
      base[1]!,
      reportText([sampleRecord({ unit: units[1], year: 2021, overall: { budget: '5' } })]),
    );
    expect(await loadIntoWarehouse([base[1]!], { db })).toMatchObject({ replaced: 1, incremental: true });
    await expectSameAsRebuild(db);

    // A record naming its unit only by name joins the coded unit of that name.
    const named = writeReport(dir, 'named.txt', [
      sampleRecord({ unit: { name: units[2]!.name }, year: 2023 }),
    ]);
    expect(await loadIntoWarehouse([named], { db })).toMatchObject({ loaded: 1, incremental: true });
    await expectSameAsRebuild(db);

    // Demo data about a real unit stays apart.
    const demo = writeReport(dir, 'demo.txt', [
      sampleRecord({ unit: units[3], year: 2021, overall: { budget: '7' } }),
    ]);
    expect(await loadIntoWarehouse([demo], { db, demo: true })).toMatchObject({
      loaded: 1,
      incremental: true,
    });
    await expectSameAsRebuild(db);
    expect((await dumpWarehouse(db)).units).toHaveLength(6);
  });

  it('closes the affected set over shared unit ids and names', async () => {
    const { makeRecord } = await import('./helpers');
    const doc = (id: string, units: Record<string, string>[]) => ({
      docId: id,
      path: id,
      loadedAt: '2026-01-01T00:00:00.000Z',
      parserVersion: 't',
      demo: false,
      extract: {
        file: id,
        size_bytes: 1,
        status: 'ok' as const,
        records: units.map((u) => makeRecord({ unit: u })),
        errors: [],
      },
    });
    const a = doc('a', [{ name: '甲县财政局', division_code: '111111', dept_type: '财政局' }]);
    const b = doc('b', [{ name: '甲县财政局' }, { name: '乙县教育局' }]); // joins a by name, brings 乙
    const c = doc('c', [{ name: '乙县教育局' }]); // joins through b
    const d = doc('d', [{ name: '丙县卫健委' }]); // unrelated
    expect([...affectedDocuments([a, b, c, d], [a])].sort()).toEqual(['a', 'b', 'c']);
    expect([...affectedDocuments([a, b, c, d], [d])]).toEqual(['d']);
  });
});
