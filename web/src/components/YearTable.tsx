// One table of a unit's figures by year (key figures, 三公经费, finance and staff): a row per year,
// a column per figure, every number opening its source. The unit profile's year tables all use it.
import { useId, type ReactNode } from 'react';
import { valueOf, type ProfileRow } from '../api/profile';
import { useLang } from '../i18n';
import { Num } from './ProfileNum';

export interface YearColumn {
  /** The row's field. */
  field: string;
  /** Column header as shown. */
  header: string;
  /** Name of the figure in the source drawer. */
  label: string;
  format?: string | undefined;
  unit?: string | undefined;
  /** A field shown instead when `field` is empty (the score derived from the scoring table). */
  fallback?: string;
}

export function YearTable({
  title,
  rows,
  columns,
  yearHeader,
  className,
  trailing,
}: {
  title: string;
  rows: ProfileRow[];
  columns: YearColumn[];
  yearHeader: string;
  className?: string;
  /** A last column that is not a figure (the grade). */
  trailing?: { header: string; cell: (row: ProfileRow) => ReactNode };
}) {
  const lang = useLang();
  const titleId = useId();
  if (!rows.length || !columns.length) return null;
  const num = (row: ProfileRow, c: YearColumn, field: string) => (
    <Num
      row={row}
      field={field}
      format={c.format}
      unit={c.unit}
      lang={lang}
      label={`${String(row.year)} ${c.label}`}
    />
  );
  return (
    <section className="panel" aria-labelledby={titleId}>
      <header className="panel-head">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="table-scroll">
        <table className={className ? `data-table ${className}` : 'data-table'}>
          <thead>
            <tr>
              <th scope="col">{yearHeader}</th>
              {columns.map((c) => (
                <th key={c.field} scope="col">
                  {c.header}
                </th>
              ))}
              {trailing ? <th scope="col">{trailing.header}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row.year)}>
                <th scope="row">{String(row.year)}</th>
                {columns.map((c) => (
                  <td key={c.field} className="num">
                    {c.fallback && valueOf(row, c.field) === null && valueOf(row, c.fallback) !== null
                      ? num(row, c, c.fallback)
                      : num(row, c, c.field)}
                  </td>
                ))}
                {trailing ? <td>{trailing.cell(row)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
