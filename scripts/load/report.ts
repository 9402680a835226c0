// What a person running a load sees: a progress bar on a terminal (stderr, so stdout stays clean)
// and, at the end, a summary table and one line per document that was not simply loaded.

import cliProgress from 'cli-progress';
import type { LoadProgress, LoadSummary } from './types';

/** A progress callback drawing a bar on stderr when it is a terminal; a no-op otherwise. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (p: LoadProgress) => void;
  stop: () => void;
} {
  if (!stream.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: '{phase} [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  return {
    onProgress: (p) => {
      const label = { read: 'reading ', extract: 'extract ', write: 'writing ', swap: 'swapping' }[p.phase];
      if (phase !== p.phase) {
        if (phase) bar.stop();
        bar.start(p.total, p.done, { phase: label, file: p.file ?? '' });
        phase = p.phase;
      } else {
        bar.update(p.done, { file: p.file ?? '' });
      }
    },
    stop: () => {
      if (phase) bar.stop();
    },
  };
}

/** The summary table and the per-document lines worth reading (quarantined, partial, replaced, duplicates). */
export function formatSummary(s: LoadSummary): string {
  const rows: [string, string | number][] = [
    ['documents loaded', s.loaded],
    ['replaced (changed)', s.replaced],
    ['skipped (unchanged)', s.skipped],
    ['quarantined', s.quarantined],
    ['partial', s.partial],
    ['findings (this load)', s.findings],
  ];
  const totals: [string, string | number][] = [
    ['warehouse documents', s.totals.documents],
    ['units', s.totals.units],
    ['unit-years', s.totals.unitYears],
    ['facts', s.totals.facts],
    ['findings', s.totals.findings],
  ];
  const width = Math.max(...[...rows, ...totals].map(([k]) => k.length));
  const valueWidth = Math.max(...[...rows, ...totals].map(([, v]) => String(v).length));
  const line = (k: string, v: string | number) => `  ${k.padEnd(width)}  ${String(v).padStart(valueWidth)}`;
  const out = [
    ...rows.map(([k, v]) => line(k, v)),
    `  ${'-'.repeat(width + valueWidth + 2)}`,
    ...totals.map(([k, v]) => line(k, v)),
    s.written
      ? `  warehouse ${s.db} written (generation ${s.generation}) in ${(s.millis / 1000).toFixed(1)} s`
      : `  warehouse ${s.db} unchanged (generation ${s.generation})`,
  ];
  // Every document that needs a look: set aside, partial, replaced or a duplicate of another file.
  // Unchanged documents are only counted (a reload of a large corpus would list thousands).
  const notes = s.documents.filter(
    (d) =>
      d.status !== 'ok' || d.outcome === 'replaced' || (d.outcome === 'skipped' && d.message !== 'unchanged'),
  );
  if (notes.length) {
    out.push('', '  documents:');
    for (const d of notes) {
      const status = d.status && d.status !== 'ok' ? ` ${d.status}` : '';
      out.push(`  ${d.outcome.padEnd(9)}${status.padEnd(12)} ${d.path}${d.message ? ` — ${d.message}` : ''}`);
    }
  }
  return out.join('\n');
}
