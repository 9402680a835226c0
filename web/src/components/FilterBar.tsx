// The filter bar: year or year range, the region cascade (province → city → county), department
// types and units. Every control writes to the URL through useFilters.
import { serializeCut } from '../api/client';
import { useMembers } from '../api/members';
import { useCatalog } from '../api/catalog';
import { useT } from '../i18n';
import { Select } from './Select';
import { demoCut, scopeCut } from '../state/cut';
import type { Filters } from '../state/filters';

export type YearMode = 'year' | 'range' | 'none';

/** The region cascade: each level's select is open once the level above is chosen. */
const REGIONS = [
  { dim: 'province', parent: undefined },
  { dim: 'city', parent: 'province' },
  { dim: 'county', parent: 'city' },
] as const;

export function FilterBar({
  filters,
  update,
  years,
  yearMode,
  unitPicker,
}: {
  filters: Filters;
  update: (change: Partial<Filters>) => void;
  years: number[];
  yearMode: YearMode;
  unitPicker: boolean;
}) {
  const t = useT();
  const catalog = useCatalog();
  const demo = serializeCut({ demo: demoCut(filters) });
  const regions = {
    province: useMembers('province', demo),
    city: useMembers('city', `${demo}|province:${filters.province ?? ''}`, Boolean(filters.province)),
    county: useMembers('county', `${demo}|city:${filters.city ?? ''}`, Boolean(filters.city)),
  };
  const depts = useMembers('dept_type', serializeCut({ ...scopeCut(filters), dept_type: undefined }));
  const units = useMembers('unit', serializeCut(scopeCut(filters)), unitPicker);
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }));
  const latest = years[years.length - 1];
  const unitLabel = (id: string) => units.options.find((o) => o.value === id)?.label ?? id;

  return (
    <form className="filters" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
      {yearMode === 'year' && (
        <Select
          name="year"
          label={catalog.dimensionLabel('year')}
          value={String(filters.year ?? latest ?? '')}
          options={yearOptions}
          onChange={(v) => update({ year: Number(v) })}
        />
      )}
      {yearMode === 'range' &&
        (['from', 'to'] as const).map((end) => (
          <Select
            key={end}
            name={end}
            label={t(`filter.${end}`)}
            value={String(filters[end] ?? '')}
            options={yearOptions}
            allLabel={t('filter.all')}
            onChange={(v) => update({ [end]: v ? Number(v) : undefined })}
          />
        ))}
      {REGIONS.map(({ dim, parent }) => (
        <Select
          key={dim}
          name={dim}
          label={catalog.dimensionLabel(dim)}
          value={filters[dim] ?? ''}
          options={regions[dim].options}
          allLabel={t('filter.all')}
          disabled={parent ? !filters[parent] : undefined}
          onChange={(v) => update({ [dim]: v || undefined })}
        />
      ))}
      <Select
        name="dept"
        label={catalog.dimensionLabel('dept_type')}
        value={filters.dept[0] ?? ''}
        options={depts.options}
        allLabel={t('filter.all')}
        onChange={(v) => update({ dept: v ? [v] : [] })}
      />
      {unitPicker && (
        <div className="field units-field">
          <Select
            name="units"
            label={catalog.dimensionLabel('unit')}
            value=""
            options={units.options.filter((o) => !filters.units.includes(o.value))}
            allLabel={t('filter.addUnit')}
            onChange={(v) => v && update({ units: [...filters.units, v] })}
          />
          <ul className="chips" aria-label={catalog.dimensionLabel('unit')}>
            {filters.units.map((id) => (
              <li key={id} className="chip">
                {unitLabel(id)}
                <button
                  type="button"
                  aria-label={`${t('filter.remove')} ${unitLabel(id)}`}
                  onClick={() => update({ units: filters.units.filter((u) => u !== id) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(filters.province ||
        filters.dept.length > 0 ||
        filters.units.length > 0 ||
        filters.from ||
        filters.to) && (
        <button
          type="button"
          className="tool clear"
          onClick={() =>
            update({
              province: undefined,
              city: undefined,
              county: undefined,
              dept: [],
              units: [],
              from: undefined,
              to: undefined,
            })
          }
        >
          {t('filter.clear')}
        </button>
      )}
    </form>
  );
}
