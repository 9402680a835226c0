// The filter bar: year or year range, the region cascade (province → city → county), department
// types and units. Every control writes to the URL through useFilters.
import { useId } from 'react';
import { serializeCut } from '../api/client';
import { useMembers, type Option } from '../api/members';
import { useCatalog } from '../api/catalog';
import { useT } from '../i18n';
import { demoCut, scopeCut } from '../state/cut';
import type { Filters } from '../state/filters';

export type YearMode = 'year' | 'range' | 'none';

function Select({
  label,
  value,
  options,
  onChange,
  allLabel,
  name,
  disabled,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  allLabel?: string;
  name: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
  const provinces = useMembers('province', demo);
  const cities = useMembers('city', `${demo}|province:${filters.province ?? ''}`, Boolean(filters.province));
  const counties = useMembers('county', `${demo}|city:${filters.city ?? ''}`, Boolean(filters.city));
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
      {yearMode === 'range' && (
        <>
          <Select
            name="from"
            label={t('filter.from')}
            value={String(filters.from ?? '')}
            options={yearOptions}
            allLabel={t('filter.all')}
            onChange={(v) => update({ from: v ? Number(v) : undefined })}
          />
          <Select
            name="to"
            label={t('filter.to')}
            value={String(filters.to ?? '')}
            options={yearOptions}
            allLabel={t('filter.all')}
            onChange={(v) => update({ to: v ? Number(v) : undefined })}
          />
        </>
      )}
      <Select
        name="province"
        label={catalog.dimensionLabel('province')}
        value={filters.province ?? ''}
        options={provinces.options}
        allLabel={t('filter.all')}
        onChange={(v) => update({ province: v || undefined })}
      />
      <Select
        name="city"
        label={catalog.dimensionLabel('city')}
        value={filters.city ?? ''}
        options={cities.options}
        allLabel={t('filter.all')}
        disabled={!filters.province}
        onChange={(v) => update({ city: v || undefined })}
      />
      <Select
        name="county"
        label={catalog.dimensionLabel('county')}
        value={filters.county ?? ''}
        options={counties.options}
        allLabel={t('filter.all')}
        disabled={!filters.city}
        onChange={(v) => update({ county: v || undefined })}
      />
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
