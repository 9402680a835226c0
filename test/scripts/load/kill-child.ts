// Child process for the atomic-swap test: runs a load and, once it is writing the new warehouse,
// says so on stdout and blocks, so that the test can kill it (SIGKILL) in the middle of the write.
// usage: node --import tsx kill-child.ts DB INPUT...

import { loadIntoWarehouse } from '../../../scripts/load/index';

const [db, ...inputs] = process.argv.slice(2);
let told = false;
await loadIntoWarehouse(inputs, {
  db: db!,
  force: true,
  onProgress: (p) => {
    if (p.phase === 'write' && p.done >= 3 && !told) {
      told = true;
      process.stdout.write(`WRITING ${p.file}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
    }
  },
});
process.stdout.write('DONE\n');
