// Further sections of the unit profile: the finance, staff and asset figures of each year (the
// declared fields the catalog marks for the profile, with their labels and units), quarterly spending
// progress against 序时进度, and the indicator rows of one project. Every number opens its source.
import { useCatalog } from '../api/catalog';
import { valueOf, type ProfileDocument, type ProfileRow } from '../api/profile';
import { useLang, useT } from '../i18n';
import { Num } from './ProfileNum';
import { YearTable } from './YearTable';

const FORMAT_OF: Record<string, string> = {
  amount: 'amount',
  rate: 'percent',
  score: 'score',
  int: 'integer',
};

export function FinanceTable({ years }: { years: ProfileRow[] }) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const columns = catalog
    .profileFields('unit_years')
    .filter((f) => years.some((row) => valueOf(row, f.column!) !== null))
    .map((f) => {
      const label = f.label[lang];
      const format = FORMAT_OF[f.kind];
      return {
        field: f.column!,
        label,
        header: format === 'amount' ? `${label}（${f.unit}）` : label,
        format,
        unit: f.unit,
      };
    });
  return <YearTable title={t('unit.finance')} rows={years} columns={columns} yearHeader={t('col.year')} />;
}

export function QuarterlyTable({ rows, expected }: { rows: ProfileRow[]; expected: Record<string, number> }) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const quarters = Object.keys(expected).map(Number);
  return (
    <section className="panel">
      <table className="data-table">
        <caption>{t('unit.quarterly')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.year')}</th>
            {quarters.map((q) => (
              <th key={q} scope="col">
                Q{q}（{t('unit.expected')} {expected[q]}%）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {quarters.map((q) => {
                const row = rows.find((r) => Number(r.year) === year && Number(r.quarter) === q);
                const behind = row && Number(valueOf(row, 'progress')) < expected[q]!;
                return (
                  <td key={q} className={`num${behind ? ' behind' : ''}`}>
                    {row ? (
                      <Num row={row} field="progress" format="percent" lang={lang} label={`${year} Q${q}`} />
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ProjectIndicators({ rows }: { rows: ProfileRow[] }) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  return (
    <details className="indicators">
      <summary>
        {t('unit.projectIndicators')}（{rows.length}）
      </summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.target')}</th>
            <th scope="col">{t('col.actual')}</th>
            <th scope="col">{t('col.weight')}</th>
            <th scope="col">{t('col.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cell = (field: string, format?: string) => (
              <Num
                row={row}
                field={field}
                format={format}
                lang={lang}
                label={`${String(row.name)} ${field}`}
              />
            );
            return (
              <tr key={String(row.seq)}>
                <td>{String(row.name ?? '')}</td>
                <td>{cell('target')}</td>
                <td>{cell('actual')}</td>
                <td className="num">{cell('weight', 'score')}</td>
                <td className="num">{cell('score', 'score')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/** The department's scoring table: each row's weight and score (the derived score where none is stated). */
export function IndicatorsTable({ rows, yearHeader }: { rows: ProfileRow[]; yearHeader: string }) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  return (
    <section className="panel">
      <table className="data-table">
        <caption>{t('unit.indicators')}</caption>
        <thead>
          <tr>
            <th scope="col">{yearHeader}</th>
            <th scope="col">{t('col.path')}</th>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.weight')}</th>
            <th scope="col">{t('col.score')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{String(row.year ?? '')}</td>
              <td className="sub">{Array.isArray(row.path) ? row.path.slice(0, -1).join(' › ') : ''}</td>
              <td>{String(row.name ?? '')}</td>
              <td className="num">
                <Num
                  row={row}
                  field="weight"
                  format="score"
                  lang={lang}
                  label={`${row.name} ${t('col.weight')}`}
                />
              </td>
              <td className="num">
                <Num
                  row={row}
                  field={valueOf(row, 'score') !== null ? 'score' : 'derived_score'}
                  format="score"
                  lang={lang}
                  label={`${row.name} ${t('col.score')}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The documents a unit's figures were read from. */
export function DocumentsTable({ documents }: { documents: ProfileDocument[] }) {
  const t = useT();
  if (!documents.length) return null;
  return (
    <section className="panel">
      <table className="data-table">
        <caption>{t('unit.documents')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.file')}</th>
            <th scope="col">{t('data.format')}</th>
            <th scope="col">{t('data.status')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d, i) => (
            <tr key={i}>
              <td>{d.file_name ?? d.doc_id}</td>
              <td>{d.format ?? ''}</td>
              <td className={`status-${d.status}`}>{d.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
