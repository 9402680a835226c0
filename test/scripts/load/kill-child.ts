// Child process for the atomic-swap test: runs a load and, once it is writing the new warehouse,
// says so on stdout and blocks, so that the test can kill it (SIGKILL) in the middle of the write.
// usage: node --import tsx kill-child.ts rebuild|update DB INPUT...
//   rebuild: re-extract everything (a full rebuild); update: a plain load (an update of a copy when
//   the inputs touch few of the warehouse's units).

import { loadIntoWarehouse } from '../../../scripts/load/index';

const [mode, db, ...inputs] = process.argv.slice(2);
let told = false;
const summary = await loadIntoWarehouse(inputs, {
  db: db!,
  force: mode === 'rebuild',
  onProgress: (p) => {
    if (p.phase === 'write' && p.done >= 3 && !told) {
      told = true;
      process.stdout.write(`WRITING ${p.file}\n`);
      if (process.env.KILL_CHILD_NO_BLOCK) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    }
  },
});
process.stdout.write(`DONE ${summary.incremental ? 'update' : 'rebuild'}\n`);
