// Writes the rollup SQL generated from the catalog into scripts/sql/post/ (run after every load).
// Run after changing a measure: npx tsx scripts/synth/rollups.ts

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLLUP_FACTS, rollupFile, rollupSql } from '../../server/query/rollups';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sql', 'post');
for (const fact of ROLLUP_FACTS) {
  const file = join(dir, rollupFile(fact));
  writeFileSync(file, rollupSql(fact));
  console.log(`wrote ${file}`);
}
