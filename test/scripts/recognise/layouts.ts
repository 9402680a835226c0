// The layout-family fixtures (layouts/<family>/): reports of our own written in the layouts real
// reports use, each family with an expected.json in the evaluation-record/1 shape. Extracts every
// fixture through the whole pipeline (reader → recognisers → checks) and scores each family.
// Run directly to see the misses: `npx tsx test/scripts/recognise/layouts.ts [--verbose] [FAMILY…]`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile } from '../../../scripts/extract';
import { scoreDocuments, type Score } from './score';

export const LAYOUTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'layouts');

export interface FamilyScore extends Score {
  family: string;
  fixtures: number;
  /** The blind survey round that wrote the family, while that round is held apart from the suite. */
  blindRound?: number;
}

export function families(): string[] {
  return readdirSync(LAYOUTS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function scoreFamily(family: string): Promise<FamilyScore> {
  const dir = path.join(LAYOUTS, family);
  const answers = path.join(dir, 'expected.json');
  const expected = JSON.parse(readFileSync(answers, 'utf8')) as {
    documents: { file: string }[];
    blind_round?: number;
  };
  const documents = [];
  for (const d of expected.documents) documents.push(await extractFile(path.join(dir, d.file)));
  const score = { family, fixtures: expected.documents.length, ...scoreDocuments(answers, documents) };
  return expected.blind_round ? { ...score, blindRound: expected.blind_round } : score;
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const wanted = argv.filter((a) => !a.startsWith('--'));
  let matched = 0;
  let total = 0;
  for (const family of families().filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))) {
    const s = await scoreFamily(family);
    matched += s.matched;
    total += s.total;
    console.log(
      `${family.padEnd(44)} ${String(s.fixtures).padStart(2)} fixtures  ${s.matched}/${s.total} (${s.facts}%)`,
    );
    if (verbose) console.log(s.text.replace(/^/gm, '    '));
  }
  console.log(`all: ${matched}/${total} (${((100 * matched) / Math.max(1, total)).toFixed(1)}%)`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])))
  void main(process.argv.slice(2));
