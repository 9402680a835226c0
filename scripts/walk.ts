// The input walker of the ETL: files and directories, recursive, sorted, hidden names skipped.
// Directories are known by their real path (fs.realpath), so a link back up the tree (`loop -> .`,
// two links to the same folder) is walked once rather than forever, and a file reached through
// several links is listed once. An input given by name on the command line is always listed as
// given (a missing one too, so that its extraction reports it).

import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export function listInputFiles(inputs: string[]): string[] {
  const out: string[] = [];
  const dirsSeen = new Set<string>();
  const filesSeen = new Set<string>();
  const real = (p: string): string | null => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  const visit = (p: string, top: boolean): void => {
    if (!top && path.basename(p).startsWith('.')) return;
    let st;
    try {
      st = statSync(p);
    } catch {
      if (top) out.push(p);
      return;
    }
    if (st.isDirectory()) {
      const where = real(p);
      if (where === null || dirsSeen.has(where)) return;
      dirsSeen.add(where);
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch {
        return; // an unreadable folder holds nothing we can read
      }
      for (const name of names) visit(path.join(p, name), false);
    } else if (top) {
      out.push(p);
    } else if (st.isFile()) {
      const where = real(p) ?? p;
      if (filesSeen.has(where)) return;
      filesSeen.add(where);
      out.push(p);
    }
  };
  for (const input of inputs) visit(input, true);
  return out;
}
