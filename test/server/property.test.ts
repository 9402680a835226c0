// Random and hostile query strings thrown at /api/aggregate (and the other query endpoints) never
// get a 5xx: every answer is a 200 or a 4xx with {error: {code, message, details}}.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import { DIMENSIONS, MEASURES } from '../../server/catalog';
import { Warehouse } from '../../server/db/warehouse';
import { createApp } from '../../server/http/app';
import { buildWarehouse, fixtureRows, tempDir } from './helpers/warehouse';

let app: ReturnType<typeof createApp>;
let warehouse: Warehouse;
const logged: unknown[] = [];

beforeAll(async () => {
  const file = join(tempDir(), 'w.duckdb');
  await buildWarehouse(file, fixtureRows());
  warehouse = new Warehouse(file, 2);
  app = createApp({ warehouse, logError: (e) => logged.push(e) });
});

afterAll(() => warehouse.shutdown());

const hostile = fc.constantFrom(
  "'; DROP TABLE units; --",
  '" OR 1=1 --',
  '$1',
  '$p1',
  '{threshold}',
  '\\',
  '%',
  '_',
  '..',
  '..5',
  '2020..',
  '9'.repeat(30),
  '-0',
  '1e9',
  'NaN',
  'null',
  'true',
  '湖南省',
  '\u0000',
  '\u202e',
  '𠀀',
  ' ',
  '|',
  ';',
  ':',
  ',',
  'unit.label',
  '__total',
);
const ids = fc.constantFrom(...MEASURES.map((m) => m.id), ...DIMENSIONS.map((d) => d.id), 'asc', 'desc');
const token = fc.oneof(
  hostile,
  ids,
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000 }).map(String),
);
const listOf = (sep: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(token, sep), { maxLength: 6 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
const value = listOf(fc.constantFrom('|', ';', ':', '..', ',', ''));
const params = fc.dictionary(
  fc.oneof(
    fc.constantFrom('measures', 'drilldown', 'cut', 'order', 'page', 'pagesize', 'threshold', 'format'),
    fc.string({ maxLength: 8 }),
  ),
  fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })),
  { maxKeys: 7 },
);

function toQuery(p: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) for (const x of Array.isArray(v) ? v : [v]) search.append(k, x);
  return search.toString();
}

describe('hostile query strings', () => {
  it('never get a 5xx from /api/aggregate', async () => {
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const res = await request(app).get(`/api/aggregate?${toQuery(p)}`);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.body.error.code).toEqual(expect.any(String));
      }),
      { numRuns: 300 },
    );
  });

  it('never get a 5xx from valid measures with random cuts, orders and drilldowns', async () => {
    const measure = fc.constantFrom(...MEASURES.map((m) => m.id));
    const dimension = fc.constantFrom(...DIMENSIONS.map((d) => d.id));
    await fc.assert(
      fc.asyncProperty(
        fc.array(measure, { minLength: 1, maxLength: 4 }),
        fc.array(dimension, { maxLength: 2 }),
        fc.array(fc.tuple(dimension, value), { maxLength: 3 }),
        async (measures, drilldown, cuts) => {
          const query = {
            measures: measures.join('|'),
            drilldown: drilldown.join('|'),
            cut: cuts.map(([d, v]) => `${d}:${v}`).join('|'),
            order: measures[0] + ':desc',
          };
          const res = await request(app).get(`/api/aggregate?${toQuery(query)}`);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never get a 5xx from members, alerts and documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, fc.string({ maxLength: 10 })), params, async (dim, p) => {
        for (const url of [`/api/members/${encodeURIComponent(dim)}`, '/api/alerts', '/api/documents']) {
          const res = await request(app).get(`${url}?${toQuery(p)}`);
          expect(res.status).toBeLessThan(500);
        }
      }),
      { numRuns: 100 },
    );
    expect(logged).toEqual([]);
  });
});
