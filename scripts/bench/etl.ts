// `npm run bench:etl [-- --docs N] [--dir DIR]...`: extraction throughput on ONE core (everything in
// the main thread, no workers) over the bundled samples (or the files of DIR) repeated to at least N
// documents (default 1,000), per detected format, then the time of a load of those documents into a
// fresh warehouse in a temp dir. Prints a small table with the machine it ran on.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractBuffer, listInputFiles, PARSER_VERSION } from '../extract';
import { loadIntoWarehouse } from '../load/index';

interface Options {
  docs: number;
  dirs: string[];
  load: boolean;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { docs: 1000, dirs: [], load: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--docs') opts.docs = Math.max(1, Number(argv[++i]) || 1000);
    else if (argv[i] === '--dir') opts.dirs.push(argv[++i]!);
    else if (argv[i] === '--no-load') opts.load = false;
    else throw new Error(`unknown option ${argv[i]} (use --docs N, --dir DIR, --no-load)`);
  }
  if (!opts.dirs.length) opts.dirs.push('data/samples');
  return opts;
}

/**
 * The i-th copy of a document. Copies must differ in their bytes, or the loader would take them for
 * one document; text copies get a trailing line, other formats are only extracted, not loaded, as copies.
 */
function copyOf(bytes: Buffer, i: number, isText: boolean): Buffer {
  return isText ? Buffer.concat([bytes, Buffer.from(`\n\n（副本 ${i}）\n`)]) : bytes;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!)))
    .join('  ');
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const files = listInputFiles(opts.dirs);
  if (!files.length) throw new Error(`no input files in ${opts.dirs.join(', ')}`);
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: readFileSync(f) }));
  const repeat = Math.ceil(opts.docs / inputs.length);
  const total = repeat * inputs.length;

  // Warm-up: every input once (module loading, JIT), not timed.
  const formats = new Map<string, string>();
  for (const input of inputs)
    formats.set(input.name, (await extractBuffer(input.name, input.bytes)).format ?? '?');

  const perFormat = new Map<string, { docs: number; ms: number; bytes: number }>();
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const t0 = process.hrtime.bigint();
      await extractBuffer(input.name, input.bytes);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const f = formats.get(input.name)!;
      const acc = perFormat.get(f) ?? { docs: 0, ms: 0, bytes: 0 };
      acc.docs++;
      acc.ms += ms;
      acc.bytes += input.bytes.length;
      perFormat.set(f, acc);
    }
  }
  const extractMs = Number(process.hrtime.bigint() - started) / 1e6;
  // CPU seconds of this process: the figure to trust when other processes share the cores.
  const cpu = process.cpuUsage(cpuStart);
  const extractCpuS = (cpu.user + cpu.system) / 1e6;
  const totalBytes = inputs.reduce((n, i) => n + i.bytes.length, 0) * repeat;

  // Loads of the same documents into a fresh warehouse: extraction in the main thread, then in the
  // worker pool (one thread per core), as `npm run etl -- load` does for large inputs.
  const loads: { label: string; ms: number; writeMs: number; sizeMb: number; facts: number; docs: number }[] =
    [];
  if (opts.load) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-etl-'));
    try {
      const corpus = path.join(dir, 'corpus');
      mkdirSync(corpus);
      for (let r = 0; r < repeat; r++) {
        for (const input of inputs) {
          const ext = path.extname(input.name);
          const name = `${String(r).padStart(4, '0')}-${path.basename(input.name, ext)}${ext}`;
          writeFileSync(path.join(corpus, name), copyOf(input.bytes, r, formats.get(input.name) === 'text'));
        }
      }
      for (const [label, workers] of [
        ['main thread', 1],
        [`${os.availableParallelism()} worker threads`, os.availableParallelism()],
      ] as const) {
        const db = path.join(dir, `warehouse-${workers}.duckdb`);
        let writeStart = 0n;
        const t0 = process.hrtime.bigint();
        const summary = await loadIntoWarehouse([corpus], {
          db,
          workers,
          onProgress: (p) => {
            if (p.phase === 'write' && !writeStart) writeStart = process.hrtime.bigint();
          },
        });
        const end = process.hrtime.bigint();
        loads.push({
          label,
          ms: Number(end - t0) / 1e6,
          writeMs: writeStart ? Number(end - writeStart) / 1e6 : 0,
          sizeMb: statSync(db).size / 1024 / 1024,
          facts: summary.totals.facts,
          docs: summary.totals.documents,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const cpus = os.cpus();
  const lines = [
    `bench:etl — parser ${PARSER_VERSION}`,
    `machine: ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `input: ${inputs.length} files from ${opts.dirs.join(', ')} × ${repeat} = ${total} documents, ${(totalBytes / 1024 / 1024).toFixed(1)} MB`,
    '',
  ];
  const widths = [34, 10, 12, 10];
  lines.push(row(['extraction (one core, main thread)', 'documents', 'seconds', 'docs/s'], widths));
  for (const [format, acc] of [...perFormat].sort()) {
    lines.push(
      row(
        [`  format ${format}`, acc.docs, (acc.ms / 1000).toFixed(2), (acc.docs / (acc.ms / 1000)).toFixed(1)],
        widths,
      ),
    );
  }
  lines.push(
    row(['  all', total, (extractMs / 1000).toFixed(2), (total / (extractMs / 1000)).toFixed(1)], widths),
    row(['  all, per CPU second', total, extractCpuS.toFixed(2), (total / extractCpuS).toFixed(1)], widths),
  );
  lines.push(
    `  throughput ${(totalBytes / 1024 / 1024 / (extractMs / 1000)).toFixed(2)} MB/s; target ≥ 50 docs/s`,
  );
  if (loads.length) {
    lines.push('', row(['load into a fresh warehouse', 'documents', 'seconds', 'docs/s'], widths));
    for (const l of loads) {
      lines.push(
        row(
          [
            `  extracting in ${l.label}`,
            l.docs,
            (l.ms / 1000).toFixed(2),
            (l.docs / (l.ms / 1000)).toFixed(1),
          ],
          widths,
        ),
        row(['    of which building + writing', '', (l.writeMs / 1000).toFixed(2), ''], widths),
      );
    }
    lines.push(`  ${loads[0]!.facts} facts, warehouse file ${loads[0]!.sizeMb.toFixed(1)} MB`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench:etl: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
