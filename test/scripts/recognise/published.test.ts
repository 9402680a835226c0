// The five samples as sites publish them: an HTML page whose tables lost their merged cells (rows
// ragged, no rowspan or colspan), and DOCX and PDF that LibreOffice headless makes from that page.
// Each format is extracted through the whole pipeline and scored against the samples' golden facts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPublished } from '../../../scripts/convert/formats';
import { extractBuffer } from '../../../scripts/extract';
import { readText } from '../../../scripts/readers/text';
import { scoreDocuments } from './score';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const SAMPLES = path.join(HERE, '..', '..', '..', 'data', 'samples');
const GOLDEN = path.join(HERE, 'golden', 'seeds.expected.json');

describe('the samples published as ragged HTML, and DOCX and PDF made from it', () => {
  it('states at least 97% of the golden facts in each format', async () => {
    const models = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        stem: f.replace(/\.txt$/, ''),
        model: readText(f, readFileSync(path.join(SAMPLES, f))),
      }));
    const rendered = await renderPublished(models);
    const lines: string[] = [];
    for (const format of ['html', 'docx', 'pdf'] as const) {
      const files = rendered.filter((r) => r.format === format);
      expect(files).toHaveLength(models.length);
      const documents = [];
      for (const f of files) {
        const doc = await extractBuffer(f.file, f.bytes);
        // Scored under the name of the text it was made from.
        documents.push({ ...doc, file: f.file.replace(/\.[^.]+$/, '.txt') });
      }
      const s = scoreDocuments(GOLDEN, documents);
      lines.push(`${format}: ${s.matched}/${s.total} (${s.facts}%)`);
      expect(s.facts, `${format}\n${s.text}`).toBeGreaterThanOrEqual(97);
    }
    console.log(lines.join('\n'));
  }, 180_000);
});
