// 数据覆盖: what the warehouse holds for the filters' units and years — per year, how many units
// reported and how many state each key figure; a unit × year grid of the figures known (units with
// the least coverage first); counts per region; documents without a unit-year. From /api/coverage.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { API_BASE, serializeCut } from '../api/client';
import { coverageQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import type { CoverageCounts, CoverageResponse } from '../api/types';
import { coverageGridOption, type CoverageCell } from '../charts/coverage';
import { ChartPanel } from '../components/Chart';
import { CoverageWarnings } from '../components/CoverageWarnings';
import { QueryState } from '../components/States';
import { useLang, useT } from '../i18n';
import { rangeCut } from '../state/cut';

/** Units drawn in the grid: those with the least coverage (the rest are in the export). */
const GRID_ROWS = 40;

function CountsTable({
  caption,
  rows,
  figures,
  first,
}: {
  caption: string;
  rows: CoverageCounts[];
  figures: CoverageResponse['figures'];
  first: { label: string; key: (r: CoverageCounts) => string };
}) {
  const t = useT();
  const lang = useLang();
  return (
    <table className="data-table coverage-summary">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first.label}</th>
          <th scope="col">{t('coverage.reported')}</th>
          {figures.map((f) => (
            <th scope="col" key={f.id}>
              {f.label[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={first.key(r)}>
            <th scope="row">{first.key(r)}</th>
            <td className={r.reported < r.units ? 'partial' : ''}>
              {r.reported}/{r.units}
            </td>
            {figures.map((f) => (
              <td key={f.id} className={Number(r[f.id]) < r.reported ? 'partial' : ''}>
                {String(r[f.id])}/{r.reported}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Coverage({ filters }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const cut = serializeCut(rangeCut(filters));
  const query = useQuery(coverageQuery(cut));
  const data = query.data;

  const grid = useMemo(() => {
    if (!data) return null;
    const figures = data.figures.length;
    const score = (u: CoverageResponse['units'][number]) =>
      data.years.reduce((sum, y) => {
        const row = u.years.find((x) => x.year === y);
        return sum + (row ? data.figures.filter((f) => row[f.id] === true).length : -1);
      }, 0);
    const units = [...data.units].sort((a, b) => score(a) - score(b)).slice(0, GRID_ROWS);
    const rows = units.map((u) => ({ id: u.unit_id, label: u.unit_name }));
    const cells: CoverageCell[] = units.flatMap((u) =>
      data.years.map((year) => {
        const row = u.years.find((x) => x.year === year);
        return {
          rowId: u.unit_id,
          year,
          known: row ? data.figures.filter((f) => row[f.id] === true).length : null,
        };
      }),
    );
    const labels = { known: t('coverage.known'), none: t('coverage.none'), of: figures };
    return {
      option: coverageGridOption(cells, rows, data.years, labels, { lang }),
      table: {
        columns: [
          { key: 'unit', label: catalog.dimensionLabel('unit') },
          ...data.years.map((y) => ({ key: String(y), label: String(y) })),
        ],
        rows: units.map((u) => ({
          unit: u.unit_name,
          ...Object.fromEntries(
            data.years.map((y) => {
              const c = cells.find((x) => x.rowId === u.unit_id && x.year === y);
              return [
                String(y),
                c?.known === null || c === undefined ? t('coverage.none') : `${c.known}/${figures}`,
              ];
            }),
          ),
        })),
      },
      count: units.length,
    };
  }, [data, lang, t, catalog]);

  const exportUrl = (format: 'csv' | 'xlsx') =>
    `${API_BASE}/coverage?${new URLSearchParams({ cut, pagesize: '1000', format }).toString()}`;

  return (
    <div className="view">
      <h2 className="view-title">{t('nav.coverage')}</h2>
      <QueryState query={query} isEmpty={(d) => d.units.length === 0}>
        {(d) => (
          <>
            <CoverageWarnings cut={cut} />
            <section className="panel" data-testid="coverage-years">
              <header className="panel-head">
                <h2>{t('coverage.byYear')}</h2>
                <span className="panel-tools">
                  <a className="tool" href={exportUrl('csv')} download="coverage.csv">
                    {t('chart.csv')}
                  </a>
                  <a className="tool" href={exportUrl('xlsx')} download="coverage.xlsx">
                    {t('chart.xlsx')}
                  </a>
                </span>
              </header>
              <p className="panel-note">{t('coverage.note')}</p>
              <CountsTable
                caption={t('coverage.byYear')}
                rows={d.by_year}
                figures={d.figures}
                first={{ label: catalog.dimensionLabel('year'), key: (r) => String(r.year) }}
              />
              <p className="panel-note">
                {t('coverage.documents', {
                  documents: d.documents.documents,
                  partial: d.documents.partial,
                  unrecognised: d.documents.unrecognised,
                  quarantined: d.documents.quarantined,
                })}
              </p>
            </section>
            {grid && (
              <ChartPanel
                id="coverage"
                title={t('coverage.grid', { n: grid.count, total: d.total_unit_count })}
                option={grid.option}
                table={grid.table}
                height={Math.max(240, 90 + grid.count * 22)}
                stale={query.isPlaceholderData}
              />
            )}
            <section className="panel">
              <CountsTable
                caption={t('coverage.byRegion')}
                rows={d.regions.filter((r) => r.year === d.years[d.years.length - 1])}
                figures={d.figures}
                first={{ label: catalog.dimensionLabel(d.query.level), key: (r) => String(r.region ?? '—') }}
              />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
