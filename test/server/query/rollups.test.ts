// The rollup SQL in scripts/sql/post/ is what the catalog generates: a measure changed in the
// catalog and not regenerated would make rollup answers differ from raw ones.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROLLUP_FACTS,
  ROLLUP_ROWS_FILE,
  rollupFile,
  rollupRowsSql,
  rollupSql,
} from '../../../server/query/rollups';

const postFile = (name: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'scripts', 'sql', 'post', name), 'utf8');

describe('rollup SQL files', () => {
  it('rollup_rows matches the catalog (regenerate: npx tsx scripts/synth/rollups.ts)', () => {
    expect(postFile(ROLLUP_ROWS_FILE)).toBe(rollupRowsSql());
  });

  it.each(ROLLUP_FACTS.map((f) => [f]))(
    '%s matches the catalog (regenerate: npx tsx scripts/synth/rollups.ts)',
    (fact) => {
      expect(postFile(rollupFile(fact))).toBe(rollupSql(fact));
    },
  );
});
