// A plain, accessible table of rows with formatted values: the data-table alternative of every
// chart and the tables of the unit profile and documents views.
import type { ReactNode } from 'react';
import { formatValue } from '../format';
import { useLang } from '../i18n';
import type { TableData } from '../charts/types';

export function DataTable({
  table,
  caption,
  className,
  renderCell,
}: {
  table: TableData;
  caption: string;
  className?: string;
  renderCell?: (column: string, row: Record<string, unknown>, text: string) => ReactNode;
}) {
  const lang = useLang();
  return (
    <table className={className ?? 'data-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
              {c.unit && c.unit !== '%' ? `（${c.unit}）` : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index}>
            {table.columns.map((c) => {
              const raw = row[c.key];
              const text =
                c.format || c.unit
                  ? formatValue(
                      raw as string | number | null,
                      c.format === 'amount' ? 'amount_bare' : c.format,
                      c.unit === '万元' ? undefined : c.unit,
                      lang,
                    )
                  : raw === null || raw === undefined
                    ? '—'
                    : String(raw);
              return (
                <td
                  key={c.key}
                  className={
                    typeof raw === 'number' || (typeof raw === 'string' && /^-?\d/.test(raw))
                      ? 'num'
                      : undefined
                  }
                >
                  {renderCell ? renderCell(c.key, row, text) : text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
