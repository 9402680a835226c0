// The demo corpus `npm start` loads beside the bundled samples: about 300 units × 10 years
// (2015–2024), one document per unit-year in the default mix of layouts and formats, with a few
// PDFs only (each costs LibreOffice about a second). Generated once into data/demo (git-ignored),
// at install time (postinstall) or, failing that, at the first start; the seed makes it the same
// corpus on every machine.

import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listInputFiles } from '../../extract';
import { generateCorpus, type CorpusOptions } from './index';

export const DEFAULT_DEMO_DIR = 'data/demo';

export const DEFAULT_CORPUS: Omit<CorpusOptions, 'out'> = {
  units: 300,
  firstYear: 2015,
  lastYear: 2024,
  seed: 20240601,
  maxPdf: 12,
};

const ANSWER_KEY = 'answer-key.json';

/** Write the default demo corpus into `dir` unless it holds one already. Returns whether it generated. */
export async function ensureDefaultCorpus(dir = DEFAULT_DEMO_DIR): Promise<boolean> {
  if (existsSync(path.join(dir, ANSWER_KEY)) && readdirSync(dir).length > 1) return false;
  // Written beside and renamed into place, so that an interrupted run leaves no half corpus.
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  await generateCorpus({ ...DEFAULT_CORPUS, out: temp });
  rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  return true;
}

/** The documents of a generated corpus directory: every file but its answer key. */
export function corpusDocuments(dir = DEFAULT_DEMO_DIR): string[] {
  return listInputFiles([dir]).filter((f) => path.basename(f) !== ANSWER_KEY);
}

async function main(): Promise<void> {
  const started = Date.now();
  try {
    const generated = await ensureDefaultCorpus();
    console.log(
      generated
        ? `demo corpus written to ${DEFAULT_DEMO_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`
        : `demo corpus already in ${DEFAULT_DEMO_DIR}`,
    );
  } catch (err) {
    // Never fail an install: `npm start` generates the corpus when it is missing.
    console.warn(
      `demo corpus not generated now (${err instanceof Error ? err.message : String(err)}); npm start will retry`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  void main();
