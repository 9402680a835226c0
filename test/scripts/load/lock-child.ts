// Child process for the lock test: takes the load lock of DB, makes a temporary warehouse file as a
// load writing would, says LOCKED on stdout and waits to be stopped by a signal.
// usage: node --import tsx lock-child.ts DB

import { writeFileSync } from 'node:fs';
import { acquireLoadLock, tempPathFor } from '../../../scripts/load/warehouse-file';

const db = process.argv[2]!;
acquireLoadLock(db);
writeFileSync(tempPathFor(db), 'half-written warehouse');
process.stdout.write('LOCKED\n');
setInterval(() => undefined, 1000);
