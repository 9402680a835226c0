// Finding codes and severities in words: a finding's label and its one-line explanation with its
// own figures, from the words table (finding-words.ts). Pure TypeScript: the API serves the words in
// /api/model and words every finding with them.

import { FINDING_CODES, SEVERITIES } from './finding-words';
import type { Text } from './types';

export { FINDING_CODES, SEVERITIES, type FindingCodeInfo } from './finding-words';

/** A code the catalog does not know yet still reads as words, naming the code. */
export function findingLabel(code: string): Text {
  return FINDING_CODES[code]?.label ?? { zh: `其他问题（${code}）`, en: `Other finding (${code})` };
}

export function severityLabel(severity: string): Text {
  return SEVERITIES[severity] ?? { zh: severity, en: severity };
}

function fill(template: string, values: Record<string, unknown>): string | null {
  let missing = false;
  const text = template.replace(/\{([a-z0-9_]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === null || typeof v === 'object') missing = true;
    return String(v);
  });
  return missing ? null : text;
}

/**
 * The finding in one line, with its figures: the first explanation whose figures the finding has,
 * else the message the check wrote (the checks name their figures in Chinese), else the label.
 */
export function explainFinding(
  code: string,
  values: Record<string, unknown> | null | undefined,
  message?: string,
): Text {
  const v = values ?? {};
  for (const t of FINDING_CODES[code]?.explain ?? []) {
    const zh = fill(t.zh, v);
    const en = fill(t.en, v);
    if (zh !== null && en !== null) return { zh, en };
  }
  return message ? { zh: message, en: message } : findingLabel(code);
}

/** The `values` of a finding's stored details (a JSON string or object), if any. */
export function findingValues(details: unknown): Record<string, unknown> | null {
  let d = details;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return null;
    }
  }
  const values = (d as { values?: unknown } | null)?.values;
  return values && typeof values === 'object' ? (values as Record<string, unknown>) : null;
}

/** A finding row (code, severity, message, details) with its words beside it. */
export function withWords<R extends Record<string, unknown>>(row: R) {
  const code = String(row.code ?? '');
  return {
    ...row,
    label: findingLabel(code),
    severity_label: severityLabel(String(row.severity ?? '')),
    explanation: explainFinding(
      code,
      findingValues(row.details),
      row.message ? String(row.message) : undefined,
    ),
  };
}
