// The answer of /api/alerts: every rule's entries (cut, thresholds bound) with why each is listed,
// the totals of the rules that filled a page, and the same entries as one table for CSV/XLSX. The
// route only validates and hands over; the statements run here, through the warehouse's runners.

import type { AlertEntry, AlertRuleAnswer, AlertsAnswer } from '../answers';
import type { Exec, Parallel, Row } from '../db/warehouse';
import { column, typedValue, UNIT_COLUMNS, type Column, type Table, type TableRow } from '../table';
import { compileAlerts, latestYearStatement, normaliseAlerts } from './alerts';
import { cutString } from './normalise';
import type { AlertsParams } from './schema';

const ALERT_COLUMNS: Column[] = [
  column('rule'),
  ...UNIT_COLUMNS,
  column('year', 'dimension', 'integer'),
  ...['subject', 'why_zh', 'why_en'].map((name) => column(name, 'label')),
];

const withoutTotal = ({ __total: _t, ...rest }: Row): Row => rest;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The entry as a table row: its rule, unit, year, what it is about (project, quarter, code) and why. */
function tableRow(rule: string, e: AlertEntry): TableRow {
  return {
    rule,
    unit: text(e.unit_id),
    'unit.label': text(e.unit_name),
    year: typedValue(e.year, 'integer'),
    subject: String(e.project_name ?? (e.quarter !== undefined ? `Q${String(e.quarter)}` : (e.code ?? ''))),
    why_zh: e.why.zh,
    why_en: e.why.en,
  };
}

export async function answerAlerts(
  input: AlertsParams,
  exec: Exec,
  parallel: Parallel,
): Promise<{ json: AlertsAnswer; table: Table }> {
  const [latest] = await exec(latestYearStatement(input.cut));
  const p = normaliseAlerts(
    input,
    latest?.year === null || latest?.year === undefined ? null : Number(latest.year),
  );
  const compiled = compileAlerts(p);
  // Entries of every rule at once; then the counts of the rules that filled their limit.
  const entryRows = await parallel(compiled.map((a) => a.entries));
  const full = compiled.filter((_a, i) => entryRows[i]!.length >= p.limit || p.offset > 0);
  const fullCounts = await parallel(full.map((a) => a.count));
  const counted = new Map(full.map((a, f) => [a.rule, Number(fullCounts[f]![0]!.n)]));
  const rules = compiled.map(({ rule }, i): AlertRuleAnswer => {
    const rows = entryRows[i]!;
    return {
      id: rule.id,
      label: rule.label,
      description: rule.description,
      total: counted.get(rule) ?? p.offset + rows.length,
      offset: p.offset,
      entries: rows.map((r) => ({ ...withoutTotal(r), why: rule.why(withoutTotal(r), p) })),
    };
  });
  const { cuts, ...thresholds } = p;
  return {
    json: { query: { ...thresholds, cut: cutString(cuts) }, rules },
    table: {
      columns: ALERT_COLUMNS,
      rows: rules.flatMap((r) => r.entries.map((e) => tableRow(r.id, e))),
      name: `alerts_${p.year}${p.rule ? `_${p.rule}` : ''}`,
    },
  };
}
