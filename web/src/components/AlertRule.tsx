// One rule of the 预警 page: a section that folds (<details>), shows the rule's first entries as the
// alerts answer gave them, then pages through the rest (/api/alerts?rule=…&offset=…) and exports the
// whole rule as CSV or XLSX.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { alertsQuery } from '../api/queries';
import { API_BASE } from '../api/client';
import type { AlertEntry } from '../api/types';
import { useT } from '../i18n';

/** Entries per page of a rule. */
export const ALERT_PAGE = 10;

export interface RuleView {
  rule: string;
  label: string;
  description?: string;
  total: number;
  entries: AlertEntry[];
}

export function AlertRule({
  group,
  params,
  open,
  renderRow,
  headers,
}: {
  group: RuleView;
  /** The alerts query of the page (year, cut, thresholds), without paging. */
  params: Record<string, string>;
  open: boolean;
  renderRow: (entry: AlertEntry, index: number) => React.ReactNode;
  headers: string[];
}) {
  const t = useT();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(group.total / ALERT_PAGE));
  const paged = useQuery({
    ...alertsQuery({
      ...params,
      rule: group.rule,
      offset: String(page * ALERT_PAGE),
      limit: String(ALERT_PAGE),
    }),
    enabled: page > 0,
  });
  const pagedEntries = (paged.data?.rules[0]?.entries ?? []).slice(0, ALERT_PAGE);
  const entries = page === 0 ? group.entries.slice(0, ALERT_PAGE) : pagedEntries;
  const exportUrl = (format: 'csv' | 'xlsx') =>
    `${API_BASE}/alerts?${new URLSearchParams({ ...params, rule: group.rule, limit: '1000', format }).toString()}`;

  return (
    <details className="panel alert-group" id={`alert-${group.rule}`} data-rule={group.rule} open={open}>
      <summary className="panel-head">
        <h2>
          {group.label} <span className="count">{group.total}</span>
        </h2>
        <span className="panel-tools">
          <a className="tool" href={exportUrl('csv')} download={`${group.rule}.csv`}>
            {t('chart.csv')}
          </a>
          <a className="tool" href={exportUrl('xlsx')} download={`${group.rule}.xlsx`}>
            {t('chart.xlsx')}
          </a>
        </span>
      </summary>
      {group.description && <p className="panel-note">{group.description}</p>}
      <table className="data-table">
        <caption className="sr-only">{group.label}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody aria-busy={page > 0 && paged.isFetching}>
          {entries.map((entry, i) => renderRow(entry, page * ALERT_PAGE + i))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label={t('alerts.pages', { label: group.label })}>
          <button type="button" className="tool" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('alerts.prev')}
          </button>
          <span className="pager-status">{t('alerts.page', { page: page + 1, pages })}</span>
          <button
            type="button"
            className="tool"
            disabled={page + 1 >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('alerts.next')}
          </button>
        </nav>
      )}
    </details>
  );
}
