// Further sections of the unit profile: the finance, staff and asset figures of each year (the
// declared fields the catalog marks for the profile, with their labels and units), quarterly spending
// progress against 序时进度, and the indicator rows of one project. Every number opens its source.
import { useCatalog } from '../api/catalog';
import { valueOf, type ProfileDocument, type ProfileRow } from '../api/profile';
import { useLang, useT } from '../i18n';
import { Num } from './ProfileNum';
import { RowTable, TablePanel, type RowColumn } from './RowTable';
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
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const quarters = Object.keys(expected).map(Number);
  const find = (year: number, q: number) =>
    rows.find((r) => Number(r.year) === year && Number(r.quarter) === q);
  return (
    <TablePanel
      caption={t('unit.quarterly')}
      items={years}
      rowKey={(year) => year}
      columns={[
        { header: t('col.year'), rowHeader: true, cell: (year) => year },
        ...quarters.map((q): RowColumn<number> => ({
          key: q,
          header: `Q${q}（${t('unit.expected')} ${expected[q]}%）`,
          className: (year) => {
            const row = find(year, q);
            return `num${row && Number(valueOf(row, 'progress')) < expected[q]! ? ' behind' : ''}`;
          },
          cell: (year) => {
            const row = find(year, q);
            if (!row) return '—';
            return <Num row={row} field="progress" format="percent" lang={lang} label={`${year} Q${q}`} />;
          },
        })),
      ]}
    />
  );
}

export function ProjectIndicators({ rows }: { rows: ProfileRow[] }) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  const cell = (field: string, format?: string) => (row: ProfileRow) => (
    <Num row={row} field={field} format={format} lang={lang} label={`${String(row.name)} ${field}`} />
  );
  return (
    <details className="indicators">
      <summary>
        {t('unit.projectIndicators')}（{rows.length}）
      </summary>
      <RowTable
        items={rows}
        rowKey={(row) => String(row.seq)}
        columns={[
          { header: t('col.name'), cell: (row) => String(row.name ?? '') },
          { header: t('col.target'), cell: cell('target') },
          { header: t('col.actual'), cell: cell('actual') },
          { header: t('col.weight'), className: 'num', cell: cell('weight', 'score') },
          { header: t('col.score'), className: 'num', cell: cell('score', 'score') },
        ]}
      />
    </details>
  );
}

/** The department's scoring table: each row's weight and score (the derived score where none is stated). */
export function IndicatorsTable({ rows, yearHeader }: { rows: ProfileRow[]; yearHeader: string }) {
  const t = useT();
  const lang = useLang();
  const columns: RowColumn<ProfileRow>[] = [
    { header: yearHeader, cell: (row) => String(row.year ?? '') },
    {
      header: t('col.path'),
      className: 'sub',
      cell: (row) => (Array.isArray(row.path) ? row.path.slice(0, -1).join(' › ') : ''),
    },
    { header: t('col.name'), cell: (row) => String(row.name ?? '') },
    {
      header: t('col.weight'),
      className: 'num',
      cell: (row) => (
        <Num row={row} field="weight" format="score" lang={lang} label={`${row.name} ${t('col.weight')}`} />
      ),
    },
    {
      header: t('col.score'),
      className: 'num',
      cell: (row) => (
        <Num
          row={row}
          field={valueOf(row, 'score') !== null ? 'score' : 'derived_score'}
          format="score"
          lang={lang}
          label={`${row.name} ${t('col.score')}`}
        />
      ),
    },
  ];
  return <TablePanel caption={t('unit.indicators')} items={rows} columns={columns} />;
}

/** The documents a unit's figures were read from. */
export function DocumentsTable({ documents }: { documents: ProfileDocument[] }) {
  const t = useT();
  const columns: RowColumn<ProfileDocument>[] = [
    { header: t('data.file'), cell: (d) => d.file_name ?? d.doc_id },
    { header: t('data.format'), cell: (d) => d.format ?? '' },
    { header: t('data.status'), className: (d) => `status-${d.status}`, cell: (d) => d.status },
  ];
  return <TablePanel caption={t('unit.documents')} items={documents} columns={columns} />;
}
