// Scores the extractor on a generated corpus: extracts every document, writes the extraction
// beside the answer key and runs ../shared/tools/check-records.py on each layout and format apart,
// returning matched/total facts per group. Used by the accuracy test and by hand:
// `tsx scripts/synth/documents/score.ts DIR`.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, PARSER_VERSION } from '../../extract';
import type { ExtractedFile } from '../../model/record';
import { SCHEMA } from '../../model/record';

export interface GroupScore {
  group: string;
  matched: number;
  total: number;
  percent: number;
  misses: string[];
}

/** The checker shipped beside the repository (../shared/tools/check-records.py). */
export function checkerPath(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  return path.resolve(root, '../shared/tools/check-records.py');
}

export async function extractCorpus(dir: string, files: string[]): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  for (const f of files) out.push(await extractFile(path.join(dir, f)));
  return out;
}

/** Score the extraction of `dir` against its answer key, grouped by the function of the file name. */
export async function scoreCorpus(
  dir: string,
  groupsOf: (file: string) => string[],
): Promise<{ groups: GroupScore[]; extracted: ExtractedFile[] }> {
  const key = JSON.parse(readFileSync(path.join(dir, 'answer-key.json'), 'utf8')) as {
    documents: { file: string; records: unknown[] }[];
  };
  const extracted = await extractCorpus(
    dir,
    key.documents.map((d) => d.file),
  );
  const groups = new Map<string, string[]>();
  for (const d of key.documents)
    for (const g of groupsOf(d.file)) groups.set(g, [...(groups.get(g) ?? []), d.file]);
  const out: GroupScore[] = [];
  for (const [group, files] of groups) {
    const keep = new Set(files);
    const goldenPath = path.join(dir, `.golden-${group}.json`);
    const outPath = path.join(dir, `.extracted-${group}.json`);
    writeFileSync(
      goldenPath,
      JSON.stringify({ ...key, documents: key.documents.filter((d) => keep.has(d.file)) }),
    );
    writeFileSync(
      outPath,
      JSON.stringify({
        schema: SCHEMA,
        parser_version: PARSER_VERSION,
        documents: extracted.filter((d) => keep.has(d.file)),
      }),
    );
    const report = execFileSync('python3', [checkerPath(), goldenPath, outPath, '--verbose'], {
      encoding: 'utf8',
    });
    const m = report.match(/facts: (\d+)\/(\d+)/);
    if (!m) throw new Error(`check-records.py printed no total for ${group}:\n${report}`);
    const matched = Number(m[1]);
    const total = Number(m[2]);
    out.push({
      group,
      matched,
      total,
      percent: total ? (100 * matched) / total : 0,
      misses: report.split('\n').filter((l) => l.trim().startsWith('miss')),
    });
  }
  return { groups: out, extracted };
}

/** Layout and format of a generated file name (demo-0001-2020-narrative-gbk.txt). */
export function corpusGroups(file: string): string[] {
  const m = file.match(/^demo-\d+-\d{4}-([a-z]+)(-gbk)?\.([a-z]+)$/);
  if (!m) return ['other'];
  const format = m[2] ? 'gbk' : m[3] === 'txt' ? 'text' : m[3]!;
  return [`layout:${m[1]}`, `format:${format}`];
}

async function main(dir: string): Promise<void> {
  if (!existsSync(path.join(dir, 'answer-key.json'))) throw new Error(`${dir} has no answer-key.json`);
  const { groups } = await scoreCorpus(dir, corpusGroups);
  for (const g of groups.sort((a, b) => a.group.localeCompare(b.group))) {
    console.log(`${g.group.padEnd(18)} ${g.matched}/${g.total} (${g.percent.toFixed(2)}%)`);
    for (const miss of g.misses.slice(0, Number(process.env.MISSES ?? 8))) console.log(`   ${miss.trim()}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv[2] ?? '.').catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
