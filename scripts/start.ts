// `npm start`: build what is missing, load the bundled data when there is no warehouse yet, serve.
// 1. web/dist missing → `npm run build`.
// 2. no warehouse file → generate the demo corpus into data/demo if missing, then load data/samples
//    and data/demo (demo documents are marked 演示数据) in one load on every core. A warehouse
//    written with other SQL (an earlier version) is rebuilt from the documents it holds.
// 3. serve API and dashboard on PORT (default 3000); flags as for `npm run serve` (--db, --port).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadIntoWarehouse } from './load/index';
import { warehouseOutdated } from './load/previous';
import { DEFAULT_DEMO_DIR, corpusDocuments, ensureDefaultCorpus } from './synth/documents/default';
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
    const started = Date.now();
    if (await ensureDefaultCorpus()) {
      console.log(
        `demo corpus generated in ${DEFAULT_DEMO_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    // One load on every core: the samples as real data, the demo documents marked 演示数据 by their marker.
    const inputs = ['data/samples', ...corpusDocuments()];
    console.log(
      `no warehouse at ${config.db}: loading data/samples and the demo corpus (${inputs.length - 1} documents) …`,
    );
    let shown = 0;
    await loadIntoWarehouse(inputs, {
      db: config.db,
      workers: 'auto',
      onProgress: (p) => {
        if (p.phase === 'extract' && p.done - shown >= 500) {
          shown = p.done;
          console.log(`  extracted ${p.done}/${p.total}`);
        }
      },
    });
    console.log(`warehouse ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if (await warehouseOutdated(config.db)) {
    // Written by an earlier version: the same documents, rebuilt with this version's tables.
    const started = Date.now();
    console.log(
      `${config.db} was written with other SQL than this version's: rebuilding it from its documents …`,
    );
    await loadIntoWarehouse([], { db: config.db, workers: 'auto' });
    console.log(`warehouse rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await serve(argv, process.env);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
