// Further sections of the unit profile: the finance, staff and asset figures of each year, quarterly
// spending progress against 序时进度, and the indicator rows of one project. Every number opens its source.
import type { FactIndex, Row } from '../api/profile';
import { valueOf } from '../api/profile';
import { useLang, useT, type MessageKey } from '../i18n';
import { Num } from './ProfileNum';
import { YearTable } from './YearTable';

/** Unit-year columns shown in the finance table, with the format of each. */
const FINANCE_FIELDS: readonly [string, string][] = [
  ['budget_initial', 'amount'],
  ['income_total', 'amount'],
  ['fiscal_appropriation', 'amount'],
  ['expenditure_total', 'amount'],
  ['basic', 'amount'],
  ['personnel', 'amount'],
  ['public', 'amount'],
  ['project', 'amount'],
  ['carryover_begin', 'amount'],
  ['carryover_end', 'amount'],
  ['procurement', 'amount'],
  ['staff_quota', 'integer'],
  ['staff_in_service', 'integer'],
  ['staff_retired', 'integer'],
  ['assets_total', 'amount'],
];

export function FinanceTable({
  years,
  facts,
  subjectOf,
}: {
  years: Row[];
  facts: FactIndex;
  subjectOf: (row: Row) => string;
}) {
  const t = useT();
  const columns = FINANCE_FIELDS.filter(([field]) => years.some((row) => valueOf(row, field) !== null)).map(
    ([field, format]) => {
      const label = t(`field.${field}` as MessageKey);
      return { field, label, header: format === 'amount' ? `${label}（万元）` : label, format };
    },
  );
  return (
    <YearTable
      title={t('unit.finance')}
      rows={years}
      columns={columns}
      subject="unit_year"
      subjectOf={subjectOf}
      facts={facts}
      yearHeader={t('col.year')}
    />
  );
}

export function QuarterlyTable({
  rows,
  facts,
  expected,
}: {
  rows: Row[];
  facts: FactIndex;
  expected: Record<string, number>;
}) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  return (
    <section className="panel">
      <table className="data-table">
        <caption>{t('unit.quarterly')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.year')}</th>
            {[1, 2, 3, 4].map((q) => (
              <th key={q} scope="col">
                Q{q}（{t('unit.expected')} {expected[String(q)] ?? q * 25}%）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {[1, 2, 3, 4].map((q) => {
                const row = rows.find((r) => Number(r.year) === year && Number(r.quarter) === q);
                const behind = row && Number(valueOf(row, 'progress')) < (expected[String(q)] ?? q * 25);
                return (
                  <td key={q} className={`num${behind ? ' behind' : ''}`}>
                    {row ? (
                      <Num
                        facts={facts}
                        subject="quarterly"
                        subjectId={`Q${q}`}
                        row={row}
                        field="progress"
                        format="percent"
                        lang={lang}
                        label={`${year} Q${q}`}
                      />
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

export function ProjectIndicators({ project, rows, facts }: { project: Row; rows: Row[]; facts: FactIndex }) {
  const t = useT();
  const lang = useLang();
  if (!rows.length) return null;
  const withYear = (row: Row): Row => ({ ...row, year: project.year });
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
            const subjectId = `${String(project.project_id)}#${String(row.seq)}`;
            const cell = (field: string, format?: string) => (
              <Num
                facts={facts}
                subject="project_indicator"
                subjectId={subjectId}
                row={withYear(row)}
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
