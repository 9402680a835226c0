// The ETL command line: `extract` prints evaluation-record/1 JSON, `load` writes the DuckDB warehouse.
// Output for programs goes to stdout (or --out), everything for people to stderr.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractedFile } from './model/record';
import { formatSummary, terminalProgress } from './load/report';

export const DEFAULT_DB = 'data/warehouse.duckdb';

const HELP = `usage:
  npm run etl -- extract <file|dir>... [--out FILE]
      Extract every file (directories recursively, hidden files skipped) and print
      {"schema":"evaluation-record/1","parser_version":…,"documents":[…]} to stdout or FILE.
  npm run etl -- load <file|dir>... [--db FILE] [--demo] [--force] [--fresh] [--workers N]
      Load the files into the DuckDB warehouse (default ${DEFAULT_DB}). The new warehouse is built
      beside the old one and swapped in atomically; documents of earlier loads are kept, unchanged
      files are skipped and a changed file replaces its earlier version (same path).
        --demo   mark the documents as demo data (演示数据)
        --force  re-extract documents even when unchanged
        --fresh  start a new warehouse instead of carrying over the existing one's documents
        --workers N  extract in N worker threads (default: one per core for 500 files or more)

exit status: 0 when every document was read (partial ones included), 2 when any input was
quarantined (its reason is printed on stderr; everything else is still extracted or loaded),
1 on a usage error or when the warehouse could not be written (the old one is then untouched).`;

interface Args {
  command?: string;
  inputs: string[];
  out?: string;
  db: string;
  demo: boolean;
  force: boolean;
  fresh: boolean;
  workers: number | 'auto';
  help: boolean;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    inputs: [],
    db: DEFAULT_DB,
    demo: false,
    force: false,
    fresh: false,
    workers: 'auto',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--out' || a === '-o') args.out = value();
    else if (a === '--db') args.db = value();
    else if (a === '--demo') args.demo = true;
    else if (a === '--force') args.force = true;
    else if (a === '--fresh') args.fresh = true;
    else if (a === '--workers') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--workers needs a whole number ≥ 1');
      args.workers = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.inputs.push(a);
  }
  return args;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`etl: ${(err as Error).message}\n\n${HELP}\n`);
    return 1;
  }
  if (args.help || !args.command) {
    (args.help ? process.stdout : process.stderr).write(`${HELP}\n`);
    return args.help ? 0 : 1;
  }
  if (args.command !== 'extract' && args.command !== 'load') {
    process.stderr.write(`etl: unknown command "${args.command}"\n\n${HELP}\n`);
    return 1;
  }
  if (!args.inputs.length) {
    process.stderr.write(`etl: ${args.command} needs at least one file or directory\n`);
    return 1;
  }
  return args.command === 'extract' ? extract(args) : load(args);
}

// The extractor and loader are imported when a command runs, so that --help and usage errors are quick.
async function extract(args: Args): Promise<number> {
  const { extractAll } = await import('./extract');
  const progress = terminalProgress();
  const output = await extractAll(args.inputs, (doc, i, total) =>
    progress.onProgress({ phase: 'extract', done: i + 1, total, file: doc.file }),
  );
  progress.stop();
  const documents = output.documents.map(({ path: _path, ...doc }: ExtractedFile) => doc);
  const json = JSON.stringify({ ...output, documents }, null, 1) + '\n';
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  let quarantined = 0;
  for (const d of output.documents) {
    if (d.status === 'ok') continue;
    if (d.status === 'quarantined') quarantined++;
    for (const e of d.errors) process.stderr.write(`${d.status}: ${e.message}\n`);
  }
  return quarantined ? 2 : 0;
}

async function load(args: Args): Promise<number> {
  const { loadIntoWarehouse } = await import('./load/index');
  const progress = terminalProgress();
  try {
    const summary = await loadIntoWarehouse(args.inputs, {
      db: args.db,
      demo: args.demo,
      force: args.force,
      fresh: args.fresh,
      workers: args.workers,
      onProgress: progress.onProgress,
    });
    progress.stop();
    process.stderr.write(`${formatSummary(summary)}\n`);
    return summary.quarantined ? 2 : 0;
  } catch (err) {
    progress.stop();
    process.stderr.write(`etl: load failed, the warehouse is unchanged: ${(err as Error).message}\n`);
    return 1;
  }
}

// Run only as the entry script, so that other modules may import DEFAULT_DB and parseArgs.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`etl: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
