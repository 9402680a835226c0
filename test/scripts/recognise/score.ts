// Scores extracted documents against an evaluation-record/1 answer file with the scorer shipped
// beside the golden file (golden/check-records.py), and reads its closing line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HERE = path.dirname(new URL(import.meta.url).pathname);
export const CHECKER = path.join(HERE, 'golden', 'check-records.py');

export interface Score {
  /** Facts matched and stated. */
  matched: number;
  total: number;
  /** Percentages. */
  facts: number;
  projects: number;
  indicators: number;
  /** The scorer's whole report (one line a document, misses with --verbose). */
  text: string;
}

export function scoreDocuments(answers: string, documents: unknown[]): Score {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'score-')), 'out.json');
  writeFileSync(out, JSON.stringify({ schema: 'evaluation-record/1', documents }));
  const text = execFileSync('python3', [CHECKER, answers, out, '--verbose'], { encoding: 'utf8' });
  const m = text
    .trim()
    .split('\n')
    .pop()!
    .match(/facts: (\d+)\/(\d+) \(([\d.]+)%\) projects-precision: ([\d.]+)% indicators-precision: ([\d.]+)%/);
  if (!m) throw new Error(`unexpected scorer output:\n${text}`);
  return {
    matched: Number(m[1]),
    total: Number(m[2]),
    facts: Number(m[3]),
    projects: Number(m[4]),
    indicators: Number(m[5]),
    text,
  };
}
