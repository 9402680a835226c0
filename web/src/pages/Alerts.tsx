// 预警: what /api/alerts returns, grouped by rule, with adjustable thresholds (kept in the URL);
// each entry says why, with its figures, and links to the unit's profile. Each rule folds, pages and
// exports on its own (components/AlertRule).
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { alertsQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { serializeCut } from '../api/client';
import type { AlertsAnswer } from '../../../server/answers';
import type { AlertEntry } from '../api/types';
import { Empty, QueryState } from '../components/States';
import { ALERT_PAGE, AlertRule } from '../components/AlertRule';
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

/** The alerts answer by rule, in the reader's language. */
export function groupAlerts(body: AlertsAnswer, lang: 'zh' | 'en'): AlertGroup[] {
  return body.rules.map((r) => ({
    rule: r.id,
    label: r.label[lang],
    description: r.description[lang],
    entries: r.entries,
    total: r.total,
  }));
}

/** What an entry is about besides the unit: a project, a quarter or a finding code. */
function alertSubject(entry: AlertEntry): string {
  if (entry.project_name) return String(entry.project_name);
  if (entry.quarter !== undefined && entry.quarter !== null) return `Q${String(entry.quarter)}`;
  return entry.code ? String(entry.code) : '';
}

export default function Alerts({ filters, update, year }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const parameters = catalog.model.parameters;
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
                        <td>{entry.why[lang]}</td>
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
