// 单位画像: every year of one unit — key figures, peers, finance and staff, 三公经费, quarterly
// progress, projects with their execution bars, the scoring table, findings and source documents.
// Every number opens its source (the fact the API names beside it).
import { useQuery } from '@tanstack/react-query';
import { SANGONG_PARTS } from '../../../scripts/model/fields';
import type { ViewProps } from '../App';
import { unitQuery } from '../api/queries';
import { useCatalog } from '../api/catalog';
import { useMembers } from '../api/members';
import { serializeCut } from '../api/client';
import { valueOf } from '../api/profile';
import type { MeasureId } from '../api/types';
import { DocumentsTable, FinanceTable, IndicatorsTable, QuarterlyTable } from '../components/ProfileTables';
import { ProfileProjects } from '../components/ProfileProjects';
import { Select } from '../components/Select';
import { YearTable } from '../components/YearTable';
import { FindingsTable } from '../components/FindingsTable';
import { PeerPanel } from '../components/PeerPanel';
import { Empty, QueryState } from '../components/States';
import { useT } from '../i18n';
import { scopeCut } from '../state/cut';

/** Key figures of a unit-year (column) and the catalog measure whose label and format they take. */
const YEAR_FIGURES: readonly [string, MeasureId][] = [
  ['budget', 'budget'],
  ['executed', 'executed'],
  ['execution_rate', 'execution_rate'],
  ['score', 'score_mean'],
];
const SANGONG_FIGURES: readonly [string, MeasureId][] = [
  ['total', 'sangong_total'],
  ...SANGONG_PARTS.map((p): [string, MeasureId] => [p, `sangong_${p}`]),
  ['budget', 'sangong_budget'],
  ['control_rate', 'sangong_control_rate'],
];

export default function UnitProfile({ filters, update }: ViewProps) {
  const t = useT();
  const catalog = useCatalog();
  const units = useMembers('unit', serializeCut(scopeCut(filters)));
  const unitId = filters.unit ?? units.options[0]?.value;
  const profile = useQuery({ ...unitQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const col = (id: MeasureId) => catalog.measure(id);

  return (
    <div className="view">
      <div className="view-controls">
        <Select
          name="unit"
          label={t('unit.pick')}
          value={unitId ?? ''}
          options={units.options}
          onChange={(unit) => update({ unit })}
        />
        <p className="hint">{t('unit.clickHint')}</p>
      </div>
      {!unitId ? (
        <Empty>{t('unit.none')}</Empty>
      ) : (
        <QueryState query={profile}>
          {({
            unit,
            years,
            sangong,
            quarterly,
            projects,
            project_indicators,
            indicators,
            findings,
            documents,
          }) => (
            <>
              <div className="profile-head">
                <h2 className="view-title">
                  {unit.name} {unit.is_demo ? <span className="demo-badge">{t('demo.badge')}</span> : null}
                </h2>
                <span className="profile-meta">
                  {[unit.province, unit.city, unit.county, unit.dept_type, unit.division_code]
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
                yearHeader={catalog.dimensionLabel('year')}
                trailing={{
                  header: catalog.dimensionLabel('grade'),
                  cell: (row) => String(valueOf(row, 'grade') ?? '—'),
                }}
              />
              {unit.dept_type ? (
                <PeerPanel
                  unitId={unit.unit_id}
                  deptType={unit.dept_type}
                  isDemo={unit.is_demo}
                  years={years.map((r) => Number(r.year))}
                  filters={filters}
                />
              ) : null}
              <FinanceTable years={years} />
              <YearTable
                title={`${t('unit.sangong')}（${col('sangong_total').unit}）`}
                rows={sangong}
                columns={SANGONG_FIGURES.map(([field, measureId]) => {
                  const m = col(measureId);
                  return { field, header: m.label, label: m.label, format: m.format, unit: m.unit };
                })}
                yearHeader={catalog.dimensionLabel('year')}
              />
              <QuarterlyTable rows={quarterly} expected={catalog.model.expected_progress} />
              <ProfileProjects unitId={unit.unit_id} projects={projects} indicators={project_indicators} />
              <IndicatorsTable rows={indicators} yearHeader={catalog.dimensionLabel('year')} />
              <FindingsTable findings={findings} yearLabel={catalog.dimensionLabel('year')} />
              <DocumentsTable documents={documents} />
            </>
          )}
        </QueryState>
      )}
    </div>
  );
}
