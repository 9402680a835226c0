// `npm start`: build what is missing, load the bundled data when there is no warehouse yet, serve.
// 1. web/dist missing → `npm run build`.
// 2. no warehouse file → load data/samples (and data/demo, marked as demo data, when present).
// 3. serve API and dashboard on PORT (default 3000); flags as for `npm run serve` (--db, --port).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadIntoWarehouse } from './load/index';
import { parseConfig } from '../server/config';
import { serve } from '../server/main';

async function main(argv: string[]) {
  const config = parseConfig(argv, process.env);
  if (!existsSync(join(config.webDist, 'index.html'))) {
    console.log('web/dist is missing: building the dashboard (npm run build) …');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`npm run build failed with exit code ${build.status}`);
  }
  if (!existsSync(config.db)) {
    console.log(`no warehouse at ${config.db}: loading data/samples …`);
    const started = Date.now();
    await loadIntoWarehouse(['data/samples'], { db: config.db });
    if (existsSync('data/demo')) {
      console.log('loading the demo corpus in data/demo (marked 演示数据) …');
      await loadIntoWarehouse(['data/demo'], { db: config.db, demo: true });
    }
    console.log(`warehouse ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await serve(argv, process.env);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
