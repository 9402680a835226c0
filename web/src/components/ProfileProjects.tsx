// The projects of one year of a unit profile: year buttons, budget against executed bars, and a
// table whose every number opens its source, each project with its indicator rows.
import { useMemo, useState } from 'react';
import { useCatalog } from '../api/catalog';
import { valueOf, type ProfileRow } from '../api/profile';
import { budgetExecutedOption } from '../charts/budget-executed';
import { useLang, useT } from '../i18n';
import { ChartPanel } from './Chart';
import { Num } from './ProfileNum';
import { ProjectIndicators } from './ProfileTables';

const MEASURES = ['project_budget', 'project_executed', 'project_execution_rate'] as const;

export function ProfileProjects({
  unitId,
  projects,
  indicators,
}: {
  unitId: string;
  projects: ProfileRow[];
  indicators: ProfileRow[];
}) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const [chosenYear, setYear] = useState<number | null>(null);
  const years = [...new Set(projects.map((p) => Number(p.year)))].sort((a, b) => b - a);
  const year = chosenYear ?? years[0];
  const shown = projects.filter((p) => Number(p.year) === year);
  const [budget, executed, rate] = MEASURES.map((id) => catalog.measure(id)) as [
    ReturnType<typeof catalog.measure>,
    ReturnType<typeof catalog.measure>,
    ReturnType<typeof catalog.measure>,
  ];
  /** The figures of each project row: the catalog's label and format, the score as the table says it. */
  const figures = [
    { field: 'budget', label: budget.label, format: 'amount' },
    { field: 'executed', label: executed.label, format: 'amount' },
    { field: 'execution_rate', label: rate.label, format: 'percent' },
    { field: 'score', label: t('col.score'), format: 'score' },
  ];

  const chart = useMemo(
    () => ({
      option: budgetExecutedOption(
        shown.map((p, i) => ({
          id: String(p.project_id ?? i),
          label: String(p.name ?? ''),
          budget: valueOf(p, 'budget'),
          executed: valueOf(p, 'executed'),
        })),
        budget,
        executed,
        { lang },
      ),
      table: {
        columns: [catalog.column('project'), ...MEASURES.map((id) => catalog.column(id))],
        rows: shown.map((p) => ({
          project: p.name,
          project_budget: valueOf(p, 'budget'),
          project_executed: valueOf(p, 'executed'),
          project_execution_rate: valueOf(p, 'execution_rate'),
        })),
      },
    }),
    [shown, budget, executed, catalog, lang],
  );

  if (!projects.length) return null;
  return (
    <>
      {years.length > 1 && (
        <div className="view-controls">
          {years.map((y) => (
            <button
              key={y}
              type="button"
              className={`tool${y === year ? ' primary' : ''}`}
              aria-pressed={y === year}
              onClick={() => setYear(y)}
            >
              {y}
            </button>
          ))}
        </div>
      )}
      <ChartPanel
        id="projects"
        title={`${t('unit.projects')} · ${year ?? ''}`}
        option={chart.option}
        table={chart.table}
        exportRequest={{
          measures: MEASURES,
          drilldown: ['project'],
          cut: { unit: [unitId], year: year !== undefined ? [year] : undefined, demo: ['false', 'true'] },
          pagesize: 1000,
        }}
        height={Math.max(180, 60 + shown.length * 40)}
      />
      <section className="panel">
        <table className="data-table">
          <caption>
            {t('unit.projects')} · {year}（{budget.unit}）
          </caption>
          <thead>
            <tr>
              <th scope="col">{catalog.dimensionLabel('project')}</th>
              {figures.map((f) => (
                <th key={f.field} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={String(p.project_id ?? i)}>
                <td>
                  {String(p.name ?? '')}
                  <ProjectIndicators rows={indicators.filter((r) => r.project_id === p.project_id)} />
                </td>
                {figures.map((f) => (
                  <td key={f.field} className="num">
                    <Num
                      row={p}
                      field={f.field}
                      format={f.format}
                      lang={lang}
                      label={`${String(p.name)} ${f.label}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
