// A table of items, one row each, whose columns are declared as data: each column's header and how
// it draws an item's cell. The markup (caption, header row, body) is stated here once for the
// tables of the unit profile and the documents view; `TablePanel` puts one in a panel section.
import type { Key, ReactNode } from 'react';

export interface RowColumn<T> {
  header: ReactNode;
  cell: (item: T) => ReactNode;
  /** The cell's class: fixed, or by item. */
  className?: string | ((item: T) => string);
  /** The cell's tooltip, by item. */
  title?: (item: T) => string;
  /** The cell heads its row (a row header instead of a data cell). */
  rowHeader?: boolean;
  /** The column's key, where columns are made from a list (else its position). */
  key?: Key;
}

export interface RowTableProps<T> {
  items: readonly T[];
  columns: readonly RowColumn<T>[];
  /** An item's row key (else its position). */
  rowKey?: (item: T) => Key;
  /** Attributes an item's row carries (data-* for tests and styles). */
  rowAttributes?: (item: T) => Record<`data-${string}`, string>;
  caption?: ReactNode;
  /** A count shown after the caption (how many items there are in all). */
  count?: number;
  className?: string;
}

export function RowTable<T>({
  items,
  columns,
  rowKey,
  rowAttributes,
  caption,
  count,
  className = 'data-table',
}: RowTableProps<T>) {
  return (
    <table className={className}>
      {caption !== undefined && (
        <caption>
          {caption}
          {count !== undefined && (
            <>
              {' '}
              <span className="count">{count}</span>
            </>
          )}
        </caption>
      )}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.key ?? i} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={rowKey ? rowKey(item) : index} {...rowAttributes?.(item)}>
            {columns.map((c, i) => {
              const Cell = c.rowHeader ? 'th' : 'td';
              return (
                <Cell
                  key={c.key ?? i}
                  scope={c.rowHeader ? 'row' : undefined}
                  className={typeof c.className === 'function' ? c.className(item) : c.className}
                  title={c.title?.(item)}
                >
                  {c.cell(item)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A RowTable in a panel section, drawn only when there are items unless `always`; `section` names
 * the section (data-section) for tests and styles.
 */
export function TablePanel<T>({
  section,
  always = false,
  ...table
}: RowTableProps<T> & { section?: string; always?: boolean }) {
  if (!table.items.length && !always) return null;
  return (
    <section className="panel" data-section={section}>
      <RowTable {...table} />
    </section>
  );
}
