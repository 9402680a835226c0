// `npm run bench:etl [-- --docs N] [--dir DIR]... [--demo-dir DIR] [--no-load]`
//  1. Extraction throughput on ONE core (everything in the main thread, no workers) over the bundled
//     samples (or the files of DIR) repeated to at least N documents (default 1,000): wall clock and
//     per CPU second (the figure to trust when other processes share the cores), per format.
//  2. The time of a load of those documents into a fresh warehouse, extracting in the main thread
//     and in the worker pool (one thread per core); then of adding one document to it (an upload).
//  3. When a demo corpus exists (data/demo, or --demo-dir): extraction throughput per format over it,
//     and the time to load the default corpus (samples + demo, as `npm start` does) into a fresh warehouse.
// Prints small tables with the machine it ran on.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractBuffer, listInputFiles, PARSER_VERSION } from '../extract';
import { loadIntoWarehouse } from '../load/index';
import { corpusDocuments } from '../synth/documents/default';
import type { LoadOptions } from '../load/index';

interface Options {
  docs: number;
  dirs: string[];
  demoDir?: string;
  load: boolean;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { docs: 1000, dirs: [], load: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--docs') opts.docs = Math.max(1, Number(argv[++i]) || 1000);
    else if (argv[i] === '--dir') opts.dirs.push(argv[++i]!);
    else if (argv[i] === '--demo-dir') opts.demoDir = argv[++i]!;
    else if (argv[i] === '--no-load') opts.load = false;
    else throw new Error(`unknown option ${argv[i]} (use --docs N, --dir DIR, --demo-dir DIR, --no-load)`);
  }
  if (!opts.dirs.length) opts.dirs.push('data/samples');
  if (!opts.demoDir && existsSync('data/demo')) opts.demoDir = 'data/demo';
  return opts;
}

interface Input {
  name: string;
  bytes: Buffer;
}

interface Throughput {
  docs: number;
  wallMs: number;
  cpuS: number;
  bytes: number;
  perFormat: Map<string, { docs: number; ms: number }>;
}

/** Extract every input `repeat` times in the main thread, after one untimed warm-up pass. */
async function measureExtraction(inputs: Input[], repeat: number): Promise<Throughput> {
  const formats = new Map<string, string>();
  for (const input of inputs)
    formats.set(input.name, (await extractBuffer(input.name, input.bytes)).format ?? '?');
  const perFormat = new Map<string, { docs: number; ms: number }>();
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const t0 = process.hrtime.bigint();
      await extractBuffer(input.name, input.bytes);
      const f = formats.get(input.name)!;
      const acc = perFormat.get(f) ?? { docs: 0, ms: 0 };
      acc.docs++;
      acc.ms += Number(process.hrtime.bigint() - t0) / 1e6;
      perFormat.set(f, acc);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    docs: repeat * inputs.length,
    wallMs: Number(process.hrtime.bigint() - started) / 1e6,
    cpuS: (cpu.user + cpu.system) / 1e6,
    bytes: inputs.reduce((n, i) => n + i.bytes.length, 0) * repeat,
    perFormat,
  };
}

interface LoadTiming {
  label: string;
  ms: number;
  writeMs: number;
  sizeMb: number;
  facts: number;
  docs: number;
}

/** Run loads one after the other into a fresh warehouse; the time of all, and of building + writing. */
async function measureLoad(
  label: string,
  db: string,
  steps: [string[], Partial<LoadOptions>][],
): Promise<LoadTiming> {
  let writeMs = 0;
  let facts = 0;
  let docs = 0;
  const t0 = process.hrtime.bigint();
  for (const [inputs, options] of steps) {
    let writeStart = 0n;
    const summary = await loadIntoWarehouse(inputs, {
      db,
      ...options,
      onProgress: (p) => {
        if (p.phase === 'write' && !writeStart) writeStart = process.hrtime.bigint();
      },
    });
    if (writeStart) writeMs += Number(process.hrtime.bigint() - writeStart) / 1e6;
    facts = summary.totals.facts;
    docs = summary.totals.documents;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { label, ms, writeMs, sizeMb: statSync(db).size / 1024 / 1024, facts, docs };
}

/** The i-th copy of a text document: copies must differ in their bytes, or the loader takes them for one. */
function textCopy(bytes: Buffer, i: number): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\n\n（副本 ${i}）\n`)]);
}

const WIDTHS = [40, 10, 10, 10];
function row(cells: (string | number)[]): string {
  return cells
    .map((c, i) => (i === 0 ? String(c).padEnd(WIDTHS[i]!) : String(c).padStart(WIDTHS[i]!)))
    .join('  ');
}
const rate = (docs: number, ms: number) => (docs / (ms / 1000)).toFixed(1);

function extractionRows(t: Throughput, perFormat: boolean): string[] {
  const lines = [row(['extraction (one core, main thread)', 'documents', 'seconds', 'docs/s'])];
  if (perFormat) {
    for (const [format, acc] of [...t.perFormat].sort()) {
      lines.push(row([`  format ${format}`, acc.docs, (acc.ms / 1000).toFixed(2), rate(acc.docs, acc.ms)]));
    }
  }
  lines.push(
    row(['  all, wall clock', t.docs, (t.wallMs / 1000).toFixed(2), rate(t.docs, t.wallMs)]),
    row(['  all, per CPU second', t.docs, t.cpuS.toFixed(2), rate(t.docs, t.cpuS * 1000)]),
    `  ${(t.bytes / 1024 / 1024 / (t.wallMs / 1000)).toFixed(2)} MB/s; target ≥ 50 docs/s`,
  );
  return lines;
}

function loadRows(title: string, loads: LoadTiming[]): string[] {
  const lines = ['', row([title, 'documents', 'seconds', 'docs/s'])];
  for (const l of loads) {
    lines.push(
      row([`  ${l.label}`, l.docs, (l.ms / 1000).toFixed(2), rate(l.docs, l.ms)]),
      row(['    of which building + writing', '', (l.writeMs / 1000).toFixed(2), '']),
      `    ${l.facts} facts, warehouse file ${l.sizeMb.toFixed(1)} MB`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const files = listInputFiles(opts.dirs);
  if (!files.length) throw new Error(`no input files in ${opts.dirs.join(', ')}`);
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) }));
  const repeat = Math.ceil(opts.docs / inputs.length);
  const cpus = os.cpus();
  const threads = os.availableParallelism();
  const out = [
    `bench:etl — parser ${PARSER_VERSION}`,
    `machine: ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${cpus.length} cores, node ${process.version}, ` +
      `${os.platform()} ${os.arch()}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    '',
    `input: ${inputs.length} files from ${opts.dirs.join(', ')} × ${repeat} = ${repeat * inputs.length} documents`,
    ...extractionRows(await measureExtraction(inputs, repeat), true),
  ];

  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-etl-'));
  try {
    if (opts.load) {
      // Distinct copies of the text inputs (other formats cannot be altered without re-rendering them).
      const corpus = path.join(dir, 'corpus');
      mkdirSync(corpus);
      for (let r = 0; r < repeat; r++) {
        for (const input of inputs) {
          if (!/\.(txt|text|csv)$/i.test(input.name) && r > 0) continue;
          writeFileSync(
            path.join(corpus, `${String(r).padStart(4, '0')}-${input.name}`),
            textCopy(input.bytes, r),
          );
        }
      }
      out.push(
        ...loadRows('load into a fresh warehouse', [
          await measureLoad('extracting in the main thread', path.join(dir, 'w1.duckdb'), [
            [[corpus], { workers: 1 }],
          ]),
          await measureLoad(`extracting in ${threads} worker threads`, path.join(dir, 'w2.duckdb'), [
            [[corpus], { workers: threads }],
          ]),
        ]),
      );
      // One more document into that warehouse, as an upload does: an update of a copy.
      const upload = path.join(dir, 'upload');
      mkdirSync(upload);
      writeFileSync(path.join(upload, inputs[0]!.name), textCopy(inputs[0]!.bytes, repeat));
      out.push(
        ...loadRows('one more document into that warehouse', [
          await measureLoad('an upload (update of a copy)', path.join(dir, 'w1.duckdb'), [[[upload], {}]]),
        ]),
      );
    }
    if (opts.demoDir) {
      const demoFiles = corpusDocuments(opts.demoDir); // not its answer key
      const demo = demoFiles.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) }));
      out.push(
        '',
        `demo corpus: ${demo.length} files from ${opts.demoDir}`,
        ...extractionRows(await measureExtraction(demo, 1), true),
      );
      if (opts.load) {
        out.push(
          ...loadRows('default corpus (samples + demo, as npm start)', [
            await measureLoad(
              'into a fresh warehouse, one load on every core',
              path.join(dir, 'default.duckdb'),
              [[[...opts.dirs, ...demoFiles], { workers: 'auto' }]],
            ),
          ]),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench:etl: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
