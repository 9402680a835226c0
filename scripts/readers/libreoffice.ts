// Runs LibreOffice headless to convert a file (an .xls to .xlsx for reading, a document to PDF
// for the format round-trip tests). Calls are serialised and share one user profile per process,
// since concurrent soffice processes on one profile fail.

import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class LibreOfficeMissingError extends Error {}

let queue: Promise<unknown> = Promise.resolve();
let profileDir: string | undefined;

const SOFFICE_TIMEOUT_MS = 180_000;

/**
 * Converts `inputs` (name → bytes) with `soffice --convert-to target` and returns the converted
 * files by input name. `target` is a LibreOffice filter spec such as "xlsx" or "pdf".
 */
export function convertWithLibreOffice(
  inputs: { name: string; bytes: Uint8Array }[],
  target: string,
  extraArgs: string[] = [],
): Promise<Map<string, Buffer>> {
  const run = queue.then(() => runConversion(inputs, target, extraArgs));
  queue = run.catch(() => undefined);
  return run;
}

async function runConversion(
  inputs: { name: string; bytes: Uint8Array }[],
  target: string,
  extraArgs: string[],
): Promise<Map<string, Buffer>> {
  if (!profileDir) {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-lo-profile-'));
    profileDir = dir;
    // The profile lives as long as the process (or worker) that made it, and no longer.
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const work = await mkdtemp(join(tmpdir(), 'jixiao-lo-'));
  try {
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    await mkdir(inDir);
    await mkdir(outDir);
    const paths: string[] = [];
    for (const input of inputs) {
      const path = join(inDir, input.name);
      await writeFile(path, input.bytes);
      paths.push(path);
    }
    await new Promise<void>((resolve, reject) => {
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${profileDir}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--nodefault',
          ...extraArgs,
          '--convert-to',
          target,
          '--outdir',
          outDir,
          ...paths,
        ],
        { timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        (error) => {
          if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
            reject(new LibreOfficeMissingError('LibreOffice (soffice) is not installed'));
          } else if (error) reject(error);
          else resolve();
        },
      );
    });
    const produced = await readdir(outDir);
    const out = new Map<string, Buffer>();
    for (const input of inputs) {
      const stem = input.name.replace(/\.[^.]+$/, '');
      const match = produced.find((p) => p.replace(/\.[^.]+$/, '') === stem);
      if (match) out.set(input.name, await readFile(join(outDir, match)));
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
