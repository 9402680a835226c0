// The rollup SQL in scripts/sql/post/ is what the catalog generates: a measure changed in the
// catalog and not regenerated would make rollup answers differ from raw ones.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLLUP_FACTS, rollupFile, rollupSql } from '../../../server/query/rollups';

describe('rollup SQL files', () => {
  it.each(ROLLUP_FACTS.map((f) => [f]))(
    '%s matches the catalog (regenerate: npx tsx scripts/synth/rollups.ts)',
    (fact) => {
      const file = join(__dirname, '..', '..', '..', 'scripts', 'sql', 'post', rollupFile(fact));
      expect(readFileSync(file, 'utf8')).toBe(rollupSql(fact));
    },
  );
});
