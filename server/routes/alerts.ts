// GET /api/alerts: the alert rules with thresholds as parameters; each entry says why, with figures.

import { Router } from 'express';
import type { Text } from '../catalog';
import { typedValue, type TableRow } from '../http/formats';
import { compileAlerts, latestYearStatement, normaliseAlerts } from '../query/alerts';
import { cutString } from '../query/normalise';
import type { Column } from '../query/compile';
import { AlertsQuery } from '../query/schema';
import { respond, validate, withoutTotal, type ApiContext } from './respond';

const ALERT_COLUMNS: Column[] = [
  { name: 'rule', role: 'dimension', type: 'string' },
  { name: 'unit', role: 'dimension', type: 'string' },
  { name: 'unit.label', role: 'label', type: 'string' },
  { name: 'year', role: 'dimension', type: 'integer' },
  { name: 'subject', role: 'label', type: 'string' },
  { name: 'why_zh', role: 'label', type: 'string' },
  { name: 'why_en', role: 'label', type: 'string' },
];

export function alertsRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/alerts', async (req, res) => {
    const input = validate(AlertsQuery, req.query);
    const key = `alerts?${new URLSearchParams(
      Object.entries({ ...input, format: undefined })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString()}`;
    await respond(ctx, req, res, key, input.format, async (exec, _info, parallel) => {
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
      const rules = [];
      const table: TableRow[] = [];
      for (const [i, { rule }] of compiled.entries()) {
        const rows = entryRows[i]!;
        const total = counted.get(rule) ?? p.offset + rows.length;
        const entries = rows.map((r) => {
          const row: Record<string, unknown> = withoutTotal(r);
          row.why = rule.why(withoutTotal(r), p);
          return row as Record<string, unknown> & { why: Text };
        });
        rules.push({
          id: rule.id,
          label: rule.label,
          description: rule.description,
          total,
          offset: p.offset,
          entries,
        });
        for (const e of entries) {
          table.push({
            rule: rule.id,
            unit: e.unit_id === null ? null : String(e.unit_id),
            'unit.label': e.unit_name === null || e.unit_name === undefined ? null : String(e.unit_name),
            year: typedValue(e.year, 'integer'),
            subject: String(
              e.project_name ?? (e.quarter !== undefined ? `Q${String(e.quarter)}` : (e.code ?? '')),
            ),
            why_zh: e.why.zh,
            why_en: e.why.en,
          });
        }
      }
      const { cuts, ...thresholds } = p;
      return {
        json: { query: { ...thresholds, cut: cutString(cuts) }, rules },
        table: { columns: ALERT_COLUMNS, rows: table, name: `alerts_${p.year}${p.rule ? `_${p.rule}` : ''}` },
      };
    });
  });
  return router;
}
