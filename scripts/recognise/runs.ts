// Rewriting a sequence run by run: where a run is found at a position, what the finder gives takes
// its place and the scan goes on after it; elsewhere each item stays as it was. The passes that put a
// flattened form back in reading order (label-runs.ts, wrapped-rows.ts) share it.

/** A run found at a position: what stands in its place, and where the sequence goes on. */
export interface Run<T> {
  items: T[];
  end: number;
}

export function rewriteRuns<T>(items: T[], runAt: (items: T[], at: number) => Run<T> | undefined): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length;) {
    const run = runAt(items, i);
    if (!run) {
      out.push(items[i]!);
      i++;
      continue;
    }
    out.push(...run.items);
    i = run.end;
  }
  return out;
}
