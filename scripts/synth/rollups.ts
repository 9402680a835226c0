// Writes the rollup SQL generated from the catalog into scripts/sql/post/ (run after every load):
// the rollup_rows macro the rollups share, then each fact's rollup.
// Run after changing a measure: npx tsx scripts/synth/rollups.ts

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ROLLUP_FACTS,
  ROLLUP_ROWS_FILE,
  rollupFile,
  rollupRowsSql,
  rollupSql,
} from '../../server/query/rollups';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sql', 'post');
const files: [string, string][] = [
  [ROLLUP_ROWS_FILE, rollupRowsSql()],
  ...ROLLUP_FACTS.map((fact): [string, string] => [rollupFile(fact), rollupSql(fact)]),
];
for (const [name, sql] of files) {
  const file = join(dir, name);
  writeFileSync(file, sql);
  console.log(`wrote ${file}`);
}
