// 预警: what /api/alerts returns, grouped by rule, with adjustable thresholds (kept in the URL);
// each entry says why, with its figures, and links to the unit's profile. Each rule folds, pages and
// exports on its own (components/AlertRule).
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { alertsQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { serializeCut } from '../api/client';
import type { AlertEntry, Text } from '../api/types';
import { Empty, QueryState } from '../components/States';
import { ALERT_PAGE, AlertRule } from '../components/AlertRule';
import { formatValue } from '../format';
import { useLang, useT } from '../i18n';
import { scopeCut } from '../state/cut';
import { serializeFilters } from '../state/filters';

export interface AlertGroup {
  rule: string;
  label: string;
  description?: string;
  /** Entries in all (the answer lists the first page of them). */
  total: number;
  entries: AlertEntry[];
}

function textOf(value: unknown, lang: 'zh' | 'en'): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && lang in value) return (value as Text)[lang];
  return undefined;
}

/** Groups the alerts answer by rule, whichever of the usual shapes it has. */
export function groupAlerts(body: unknown, lang: 'zh' | 'en'): AlertGroup[] {
  const data = body as Record<string, unknown> | undefined;
  const groups = (data?.rules ?? data?.groups) as unknown;
  if (Array.isArray(groups)) {
    return groups.map((g: Record<string, unknown>) => ({
      rule: String(g.rule ?? g.id ?? ''),
      label: textOf(g.label, lang) ?? String(g.rule ?? g.id ?? ''),
      description: textOf(g.description, lang),
      entries: (g.entries ?? g.alerts ?? g.items ?? []) as AlertEntry[],
      total: Number(g.total ?? ((g.entries ?? g.alerts ?? g.items ?? []) as unknown[]).length),
    }));
  }
  if (groups && typeof groups === 'object') {
    return Object.entries(groups as Record<string, unknown>).map(([rule, g]) => {
      const group = (Array.isArray(g) ? { entries: g } : g) as Record<string, unknown>;
      return {
        rule,
        label: textOf(group.label, lang) ?? rule,
        description: textOf(group.description, lang),
        entries: (group.entries ?? group.alerts ?? group.items ?? []) as AlertEntry[],
        total: Number(
          group.total ?? ((group.entries ?? group.alerts ?? group.items ?? []) as unknown[]).length,
        ),
      };
    });
  }
  const flat = (Array.isArray(body) ? body : (data?.alerts ?? data?.entries ?? [])) as AlertEntry[];
  const byRule = new Map<string, AlertGroup>();
  for (const entry of flat) {
    const rule = String(entry.rule ?? '');
    const group = byRule.get(rule) ?? {
      rule,
      label: textOf(entry.rule_label, lang) ?? rule,
      entries: [],
      total: 0,
    };
    group.entries.push(entry);
    group.total = group.entries.length;
    byRule.set(rule, group);
  }
  return [...byRule.values()];
}

/** What an entry is about besides the unit: a project, a quarter or a finding code. */
function alertSubject(entry: AlertEntry): string {
  if (entry.project_name) return String(entry.project_name);
  if (entry.quarter !== undefined && entry.quarter !== null) return `Q${String(entry.quarter)}`;
  return entry.code ? String(entry.code) : '';
}

function entryWhy(entry: AlertEntry, lang: 'zh' | 'en'): string {
  return textOf(entry.why, lang) ?? textOf(entry.message, lang) ?? textOf(entry.reason, lang) ?? '';
}

function entryFigures(entry: AlertEntry, lang: 'zh' | 'en'): string {
  const values = (entry.values ?? entry.figures) as Record<string, unknown> | undefined;
  if (!values || typeof values !== 'object') return '';
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${formatValue(v as string, undefined, undefined, lang)}`)
    .join(' · ');
}

export default function Alerts({ filters, update, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const parameters = catalog.model.parameters ?? [];
  const [draft, setDraft] = useState<Record<string, string>>(filters.thresholds);
  const formId = useId();

  const params: Record<string, string> = { cut: serializeCut(scopeCut(filters)) };
  if (year !== undefined) params.year = String(year);
  for (const p of parameters)
    if (filters.thresholds[p.id] !== undefined) params[p.id] = filters.thresholds[p.id]!;
  const query = useQuery(alertsQuery({ ...params, limit: String(ALERT_PAGE) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const thresholds = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== ''));
    update({ thresholds });
  };

  const unitHref = (unitId: string) => serializeFilters({ ...filters, view: 'unit', unit: unitId }) || '?';

  return (
    <div className="view">
      <h2 className="view-title">
        {t('alerts.title')}
        {year !== undefined ? ` · ${year}` : ''}
      </h2>
      <form className="thresholds" onSubmit={submit} aria-labelledby={`${formId}-legend`}>
        <span id={`${formId}-legend`} className="legend">
          {t('alerts.thresholds')}
        </span>
        {parameters.map((p) => (
          <div className="field" key={p.id}>
            <label htmlFor={`${formId}-${p.id}`}>
              {p.label[lang]}（{p.unit}）
            </label>
            <input
              id={`${formId}-${p.id}`}
              name={p.id}
              type="number"
              min={p.min}
              max={p.max}
              step="any"
              placeholder={String(p.default)}
              title={p.description[lang]}
              value={draft[p.id] ?? ''}
              onChange={(event) => setDraft({ ...draft, [p.id]: event.target.value })}
            />
          </div>
        ))}
        <button type="submit" className="tool primary">
          {t('alerts.apply')}
        </button>
      </form>
      <QueryState query={query}>
        {(data) => {
          const groups = groupAlerts(data, lang).filter((g) => g.entries.length > 0);
          if (!groups.length) return <Empty>{t('alerts.none')}</Empty>;
          return (
            <>
              <nav className="alert-index" aria-label={t('alerts.title')}>
                {groups.map((g) => (
                  <a key={g.rule} href={`#alert-${g.rule}`}>
                    {g.label} <span className="count">{g.total}</span>
                  </a>
                ))}
              </nav>
              {groups.map((g, gi) => (
                <AlertRule
                  key={g.rule}
                  group={g}
                  params={params}
                  open={gi < 3}
                  headers={[catalog.dimensionLabel('unit'), catalog.dimensionLabel('year'), t('alerts.why')]}
                  renderRow={(entry, index) => {
                    const unitId = (entry.unit_id ?? (entry.unit as { id?: string } | undefined)?.id) as
                      string | undefined;
                    const unitName = (entry.unit_name ??
                      (entry.unit as { name?: string } | undefined)?.name ??
                      unitId ??
                      '—') as string;
                    return (
                      <tr key={index}>
                        <td>
                          {unitId ? (
                            <a
                              href={unitHref(unitId)}
                              onClick={(event) => {
                                event.preventDefault();
                                update({ view: 'unit', unit: unitId });
                              }}
                            >
                              {unitName}
                            </a>
                          ) : (
                            unitName
                          )}
                          {alertSubject(entry) ? <div className="sub">{alertSubject(entry)}</div> : null}
                          {entry.demo || entry.is_demo ? (
                            <span className="demo-badge small">{t('demo.badge')}</span>
                          ) : null}
                        </td>
                        <td>{entry.year ?? '—'}</td>
                        <td>
                          {entryWhy(entry, lang)}
                          {entryFigures(entry, lang) && (
                            <div className="sub">{entryFigures(entry, lang)}</div>
                          )}
                        </td>
                      </tr>
                    );
                  }}
                />
              ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
