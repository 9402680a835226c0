// The extraction pool gives the same documents as the main thread, whichever way it runs (worker
// threads where tsx can load them, else the main thread), and one thread means the main thread.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../../scripts/extract';
import { createExtractor } from '../../../scripts/load/pool';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'bad');

describe('createExtractor', () => {
  it('uses the main thread for one thread', async () => {
    const ex = await createExtractor(1);
    expect(ex.threads).toBe(1);
    await ex.close();
  });

  it('extracts the same documents as the main thread', async () => {
    const ex = await createExtractor(2);
    try {
      const names = ['report-utf8.txt', 'report-gb18030.txt', 'garbage.txt', 'report-truncated.txt'];
      const docs = await Promise.all(
        names.map((n) => ex.extract(n, readFileSync(path.join(FIXTURES, n)), `id-${n}`)),
      );
      for (const [i, n] of names.entries()) {
        expect(docs[i]).toEqual(await extractBuffer(n, readFileSync(path.join(FIXTURES, n)), `id-${n}`));
      }
    } finally {
      await ex.close();
    }
  });
});
