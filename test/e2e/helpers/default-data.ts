// The default data (the bundled samples and the default demo corpus, as `npm start` loads them) in a
// warehouse kept under artifacts/ between runs: the first run generates data/demo if missing and
// loads it (about a minute on 2 cores); later runs find every file unchanged and write nothing.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadIntoWarehouse } from '../../../scripts/load/index';
import {
  corpusDocuments,
  DEFAULT_DEMO_DIR,
  ensureDefaultCorpus,
} from '../../../scripts/synth/documents/default';
import { ROOT } from './browser';

export async function defaultWarehouse(): Promise<string> {
  const demo = join(ROOT, DEFAULT_DEMO_DIR);
  await ensureDefaultCorpus(demo);
  const db = join(ROOT, 'artifacts/test-warehouses/default.duckdb');
  mkdirSync(dirname(db), { recursive: true });
  await loadIntoWarehouse([join(ROOT, 'data/samples'), ...corpusDocuments(demo)], { db, workers: 'auto' });
  return db;
}
