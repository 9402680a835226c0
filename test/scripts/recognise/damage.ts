// How the layout suite holds when its text is damaged the ways conversions damage real reports: each
// damage below is applied to every text fixture of the suite's families (not the blind rounds'), and
// the facts found are scored against the same expected.json as the undamaged text. A drop points at
// a reading that leans on one spelling of a figure rather than on what it says.
// Run: `npx tsx test/scripts/recognise/damage.ts [DAMAGE…]` (all damages when none is named; slow:
// every fixture is extracted twice per damage).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractBuffer } from '../../../scripts/extract';
import { families, LAYOUTS } from './layouts';
import { scoreDocuments } from './score';

/** Each damage, as a text-to-text change that leaves every stated fact stated. */
export const DAMAGES: Record<string, (text: string) => string> = {
  // Full-width punctuation and digits written half-width, as NFKC leaves them.
  halfwidth: (t) => t.normalize('NFKC'),
  // A space between a figure and its unit: "320.00 万元", "97.7 %".
  'unit-space': (t) => t.replace(/(\d)(万元|元|%|分)/g, '$1 $2'),
  // Thousands separators on amounts with decimals: "2261.22" → "2,261.22" (codes and years untouched).
  thousands: (t) =>
    t.replace(/(?<![\d.,])(\d{4,7})(\.\d+)(?![\d])/g, (_, a: string, b: string) =>
      a.replace(/\B(?=(\d{3})+$)/g, ',').concat(b),
    ),
  // Windows line ends.
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  // Blank lines holding a no-break space, as web pages leave them.
  'nbsp-blank': (t) => t.replace(/\n\n/g, '\n\u00a0\n'),
};

async function extractAll(dir: string, files: string[], damage: (t: string) => string) {
  const out = [];
  for (const f of files)
    out.push(await extractBuffer(f, Buffer.from(damage(readFileSync(path.join(dir, f), 'utf8')))));
  return out;
}

async function main(wanted: string[]): Promise<void> {
  const names = wanted.length ? wanted : Object.keys(DAMAGES);
  for (const name of names) {
    const damage = DAMAGES[name];
    if (!damage) throw new Error(`unknown damage "${name}" (known: ${Object.keys(DAMAGES).join(', ')})`);
    let [before, after, total] = [0, 0, 0];
    for (const family of families()) {
      const dir = path.join(LAYOUTS, family);
      const answers = path.join(dir, 'expected.json');
      const expected = JSON.parse(readFileSync(answers, 'utf8')) as {
        documents: { file: string }[];
        blind_round?: number;
      };
      const files = expected.documents.map((d) => d.file);
      if (expected.blind_round || !files.every((f) => f.endsWith('.txt'))) continue;
      const clean = scoreDocuments(answers, await extractAll(dir, files, (t) => t));
      const damaged = scoreDocuments(answers, await extractAll(dir, files, damage));
      [before, after, total] = [before + clean.matched, after + damaged.matched, total + clean.total];
      if (damaged.matched < clean.matched)
        console.log(`  ${family.slice(0, 70)}: ${clean.matched} → ${damaged.matched} of ${clean.total}`);
    }
    console.log(`${name}: ${before} → ${after} of ${total} facts`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])))
  void main(process.argv.slice(2));
