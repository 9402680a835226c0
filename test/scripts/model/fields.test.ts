// The field declaration against its users: every record key the recognisers name in their source
// or emit on the samples is declared, the record's key labels and the loader's columns come from it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, findField, sourceKeys } from '../../../scripts/model/fields';
import { keyLabel } from '../../../scripts/model/record';
import { PROJECT_FIELDS, SANGONG_FIELDS, UNIT_YEAR_FIELDS } from '../../../scripts/load/columns';
import { extractFile } from '../../../scripts/extract';

const ROOT = resolve(__dirname, '../../..');
const KEY = /['"`]((?:overall|finance|sangong|staff|assets|project|quarterly|indicator)\.[a-z_]+)['"`]/g;

describe('the field declaration', () => {
  it('declares each key once', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('declares every record key the recognisers name', () => {
    const dir = join(ROOT, 'scripts/recognise');
    const named = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')))
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(KEY)) named.add(m[1]!);
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter((k) => !findField(k))).toEqual([]);
  });

  it('declares every key the extractor emits on the samples', async () => {
    const dir = join(ROOT, 'data/samples');
    const emitted = new Set<string>();
    for (const file of readdirSync(dir)) {
      const out = await extractFile(join(dir, file));
      for (const rec of out.records) {
        for (const section of ['overall', 'finance', 'sangong', 'staff', 'assets'] as const)
          for (const k of Object.keys(rec[section])) emitted.add(`${section}.${k}`);
        for (const p of rec.projects)
          for (const k of Object.keys(p))
            if (k !== 'indicators' && k !== 'source') emitted.add(`project.${k}`);
      }
    }
    expect(emitted.size).toBeGreaterThan(20);
    expect([...emitted].filter((k) => !findField(k))).toEqual([]);
  });

  it('gives the record its labels and the loader its columns', () => {
    expect(keyLabel('staff.in_service')).toBe('在职人数');
    expect(keyLabel('overall.budget')).toBe('预算数');
    expect(UNIT_YEAR_FIELDS.find((c) => c.key === 'staff.in_service')).toEqual({
      key: 'staff.in_service',
      column: 'staff_in_service',
      kind: 'int',
    });
    expect(SANGONG_FIELDS.map((c) => c.column)).toContain('control_rate');
    expect(PROJECT_FIELDS.find((c) => c.key === 'execution_rate')?.column).toBe('execution_rate_stated');
  });

  it('names the facts behind a column, most specific first', () => {
    expect(sourceKeys('unit_years', 'execution_rate')).toEqual([
      'overall.execution_rate',
      'overall.execution_rate_computed',
      'overall.execution_rate_derived',
    ]);
    expect(sourceKeys('unit_years', 'staff_in_service')).toEqual(['staff.in_service']);
    expect(sourceKeys('indicators', 'derived_score')).toEqual(['indicator.derived_score', 'indicator.score']);
  });
});
