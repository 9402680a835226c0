// 单位画像: every year of one unit — key figures, 三公经费, projects with their execution bars, the
// scoring table, findings and source documents. Every number opens its source (FactValue).
import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { unitQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { useMembers } from '../api/members';
import { serializeCut } from '../api/client';
import { indexFacts, listOf, valueOf, type ProfileFact, type Row } from '../api/profile';
import { budgetExecutedOption } from '../charts/options';
import { ChartPanel } from '../components/Chart';
import { Num } from '../components/ProfileNum';
import { FinanceTable, ProjectIndicators, QuarterlyTable } from '../components/ProfileTables';
import { YearTable } from '../components/YearTable';
import { FindingsTable } from '../components/FindingsTable';
import { PeerPanel } from '../components/PeerPanel';
import { Empty, QueryState } from '../components/States';
import { useLang, useT } from '../i18n';
import { scopeCut } from '../state/cut';

/** Key figures of a unit-year and the catalog measure whose label and format they take. */
const YEAR_FIGURES: readonly [string, string][] = [
  ['budget', 'budget'],
  ['executed', 'executed'],
  ['execution_rate', 'execution_rate'],
  ['score', 'score_mean'],
];
const SANGONG_FIGURES: readonly [string, string][] = [
  ['total', 'sangong_total'],
  ['abroad', 'sangong_abroad'],
  ['vehicle_purchase', 'sangong_vehicle_purchase'],
  ['vehicle_operation', 'sangong_vehicle_operation'],
  ['reception', 'sangong_reception'],
  ['budget', 'sangong_budget'],
  ['control_rate', 'sangong_control_rate'],
];

export default function UnitProfile({ filters, update }: ViewProps) {
  const t = useT();
  const lang = useLang();
  const catalog = useCatalog();
  const pickerId = useId();
  const units = useMembers('unit', serializeCut(scopeCut(filters)));
  const unitId = filters.unit ?? units.options[0]?.value;
  const profile = useQuery({ ...unitQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const [projectYear, setProjectYear] = useState<number | null>(null);

  const body = profile.data;
  const unit = (body?.unit ?? body) as Row | undefined;
  const facts = useMemo(() => indexFacts((body?.facts ?? []) as ProfileFact[]), [body]);
  const years = listOf(body, 'years');
  const sangong = listOf(body, 'sangong');
  const projects = listOf(body, 'projects');
  const indicators = listOf(body, 'indicators');
  const findings = listOf(body, 'findings');
  const documents = listOf(body, 'documents');
  const quarterly = listOf(body, 'quarterly');
  const projectIndicators = listOf(body, 'project_indicators');
  const projectYears = [...new Set(projects.map((p) => Number(p.year)))].sort((a, b) => b - a);
  const shownYear = projectYear ?? projectYears[0];
  const shownProjects = projects.filter((p) => Number(p.year) === shownYear);

  const projectChart = useMemo(() => {
    const items = shownProjects.map((p, i) => ({
      id: String(p.project_id ?? i),
      label: String(p.name ?? ''),
      budget: valueOf(p, 'budget'),
      executed: valueOf(p, 'executed'),
    }));
    return {
      option: budgetExecutedOption(
        items,
        catalog.measure('project_budget'),
        catalog.measure('project_executed'),
        { lang },
      ),
      table: {
        columns: [
          catalog.column('project'),
          catalog.column('project_budget'),
          catalog.column('project_executed'),
          catalog.column('project_execution_rate'),
        ],
        rows: shownProjects.map((p) => ({
          project: p.name,
          project_budget: valueOf(p, 'budget'),
          project_executed: valueOf(p, 'executed'),
          project_execution_rate: valueOf(p, 'execution_rate'),
        })),
      },
    };
  }, [shownProjects, catalog, lang]);

  const name = String(unit?.name ?? unitId ?? '');
  const uid = String(unit?.unit_id ?? unitId ?? '');
  const yearSubject = (row: Row) => `${uid}|${String(row.year)}`;
  const col = (measureId: string) => catalog.measure(measureId);
  /** The figures of each project row: the catalog's label and format, the score as the table says it. */
  const projectFigures = [
    { field: 'budget', label: col('project_budget').label, format: 'amount' },
    { field: 'executed', label: col('project_executed').label, format: 'amount' },
    { field: 'execution_rate', label: col('project_execution_rate').label, format: 'percent' },
    { field: 'score', label: t('col.score'), format: 'score' },
  ];

  return (
    <div className="view">
      <div className="view-controls">
        <div className="field">
          <label htmlFor={pickerId}>{t('unit.pick')}</label>
          <select
            id={pickerId}
            name="unit"
            value={unitId ?? ''}
            onChange={(event) => update({ unit: event.target.value })}
          >
            {units.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('unit.clickHint')}</p>
      </div>
      {!unitId ? (
        <Empty>{t('unit.none')}</Empty>
      ) : (
        <QueryState query={profile}>
          {() => (
            <>
              <div className="profile-head">
                <h2 className="view-title">
                  {name}{' '}
                  {unit?.is_demo || unit?.demo ? <span className="demo-badge">{t('demo.badge')}</span> : null}
                </h2>
                <span className="profile-meta">
                  {[unit?.province, unit?.city, unit?.county, unit?.dept_type, unit?.division_code]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <YearTable
                title={t('unit.figures')}
                className="figures"
                rows={years}
                columns={YEAR_FIGURES.map(([field, measureId]) => {
                  const m = col(measureId);
                  const label = field === 'score' ? t('col.score') : m.label;
                  return {
                    field,
                    header: m.unit === '万元' ? `${label}（${m.unit}）` : label,
                    label,
                    format: m.format,
                    unit: m.unit,
                    ...(field === 'score' ? { fallback: 'score_derived' } : {}),
                  };
                })}
                subject="unit_year"
                subjectOf={yearSubject}
                facts={facts}
                yearHeader={catalog.dimensionLabel('year')}
                trailing={{
                  header: catalog.dimensionLabel('grade'),
                  cell: (row) => String(valueOf(row, 'grade') ?? '—'),
                }}
              />
              {unit?.dept_type ? (
                <PeerPanel
                  unitId={uid}
                  deptType={String(unit.dept_type)}
                  isDemo={Boolean(unit.is_demo)}
                  years={years.map((r) => Number(r.year))}
                  filters={filters}
                />
              ) : null}
              <FinanceTable years={years} facts={facts} subjectOf={yearSubject} />
              <YearTable
                title={`${t('unit.sangong')}（${col('sangong_total').unit}）`}
                rows={sangong}
                columns={SANGONG_FIGURES.map(([field, measureId]) => {
                  const m = col(measureId);
                  return { field, header: m.label, label: m.label, format: m.format, unit: m.unit };
                })}
                subject="sangong"
                subjectOf={yearSubject}
                facts={facts}
                yearHeader={catalog.dimensionLabel('year')}
              />
              <QuarterlyTable
                rows={quarterly}
                facts={facts}
                expected={catalog.model.expected_progress ?? {}}
              />
              {projects.length > 0 && (
                <>
                  {projectYears.length > 1 && (
                    <div className="view-controls">
                      {projectYears.map((y) => (
                        <button
                          key={y}
                          type="button"
                          className={`tool${y === shownYear ? ' primary' : ''}`}
                          aria-pressed={y === shownYear}
                          onClick={() => setProjectYear(y)}
                        >
                          {y}
                        </button>
                      ))}
                    </div>
                  )}
                  <ChartPanel
                    id="projects"
                    title={`${t('unit.projects')} · ${shownYear ?? ''}`}
                    option={projectChart.option}
                    table={projectChart.table}
                    exportRequest={{
                      measures: ['project_budget', 'project_executed', 'project_execution_rate'],
                      drilldown: ['project'],
                      cut: {
                        unit: [unitId],
                        year: shownYear !== undefined ? [shownYear] : undefined,
                        demo: ['false', 'true'],
                      },
                      pagesize: 1000,
                    }}
                    height={Math.max(180, 60 + shownProjects.length * 40)}
                  />
                  <section className="panel">
                    <table className="data-table">
                      <caption>
                        {t('unit.projects')} · {shownYear}（{col('project_budget').unit}）
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{catalog.dimensionLabel('project')}</th>
                          {projectFigures.map((f) => (
                            <th key={f.field} scope="col">
                              {f.label}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {shownProjects.map((p, i) => (
                          <tr key={String(p.project_id ?? i)}>
                            <td>
                              {String(p.name ?? '')}
                              <ProjectIndicators
                                project={p}
                                rows={projectIndicators.filter((r) => r.project_id === p.project_id)}
                                facts={facts}
                              />
                            </td>
                            {projectFigures.map((f) => (
                              <td key={f.field} className="num">
                                <Num
                                  facts={facts}
                                  subject="project"
                                  subjectId={String(p.project_id)}
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
              )}
              {indicators.length > 0 && (
                <section className="panel">
                  <table className="data-table">
                    <caption>{t('unit.indicators')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{catalog.dimensionLabel('year')}</th>
                        <th scope="col">{t('col.path')}</th>
                        <th scope="col">{t('col.name')}</th>
                        <th scope="col">{t('col.weight')}</th>
                        <th scope="col">{t('col.score')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {indicators.map((row, i) => (
                        <tr key={i}>
                          <td>{String(row.year ?? '')}</td>
                          <td className="sub">
                            {Array.isArray(row.path) ? (row.path as string[]).slice(0, -1).join(' › ') : ''}
                          </td>
                          <td>{String(row.name ?? '')}</td>
                          <td className="num">
                            <Num
                              facts={facts}
                              subject="indicator"
                              subjectId={String(row.seq)}
                              row={row}
                              field="weight"
                              format="score"
                              lang={lang}
                              label={`${row.name} ${t('col.weight')}`}
                            />
                          </td>
                          <td className="num">
                            {valueOf(row, 'score') !== null ? (
                              <Num
                                facts={facts}
                                subject="indicator"
                                subjectId={String(row.seq)}
                                row={row}
                                field="score"
                                format="score"
                                lang={lang}
                                label={`${row.name} ${t('col.score')}`}
                              />
                            ) : (
                              <Num
                                facts={facts}
                                subject="indicator"
                                subjectId={String(row.seq)}
                                row={row}
                                field="derived_score"
                                format="score"
                                lang={lang}
                                label={`${row.name} ${t('col.score')}`}
                              />
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              )}
              {findings.length > 0 && (
                <FindingsTable findings={findings} yearLabel={catalog.dimensionLabel('year')} />
              )}
              {documents.length > 0 && (
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
                          <td>{String(d.file_name ?? d.doc_id ?? '')}</td>
                          <td>{String(d.format ?? '')}</td>
                          <td className={`status-${d.status}`}>{String(d.status ?? '')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              )}
            </>
          )}
        </QueryState>
      )}
    </div>
  );
}
