// Test helper: the facts of extracted records without their provenance (which differs by format:
// lines in text, pages in a PDF), as sorted "path = value" lines that can be compared and diffed.

import type { EvaluationRecord } from '../../../scripts/model/record';

export function factLines(records: EvaluationRecord[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        // Provenance and finding messages quote lines and pages; the facts are the rest.
        if (key === 'source' || key === 'message' || key === 'sources') continue;
        visit(child, path ? `${path}.${key}` : key);
      }
      return;
    }
    out.push(`${path} = ${String(value)}`);
  };
  records.forEach((record, i) => visit(record, `#${i}`));
  return out.sort();
}
