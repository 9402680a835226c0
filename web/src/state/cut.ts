// Filters → the API's cut: the region cascade, department types, units, years and demo data.
import type { CutSpec, CutValue } from '../api/client';
import type { DimensionId } from '../api/types';
import type { Filters } from './filters';

export type Cut = CutSpec;

/** Demo rows are left out by the API unless asked for; "show" asks for both kinds. */
export function demoCut(filters: Filters): CutValue {
  return filters.hideDemo ? ['false'] : ['false', 'true'];
}

/** The cut every view shares: region, department type, demo. */
export function scopeCut(filters: Filters): Cut {
  return {
    province: filters.province ? [filters.province] : undefined,
    city: filters.city ? [filters.city] : undefined,
    county: filters.county ? [filters.county] : undefined,
    dept_type: filters.dept.length ? filters.dept : undefined,
    demo: demoCut(filters),
  };
}

/** The scope of one year. */
export function yearCut(filters: Filters, year: number): Cut {
  return { ...scopeCut(filters), year: [year] };
}

/** The scope over a year range; open ends stay open. */
export function rangeCut(filters: Filters): Cut {
  return {
    ...scopeCut(filters),
    year: filters.from || filters.to ? { from: filters.from, to: filters.to } : undefined,
  };
}

/** Adds the chosen units, when any. */
export function withUnits(cut: Cut, units: readonly string[]): Cut {
  return units.length ? { ...cut, unit: units } : cut;
}

/** Drilling down by unit also drills by `demo` while demo data is shown, so each unit says whether it is demo. */
export function unitDrilldown(filters: Filters, ...more: DimensionId[]): DimensionId[] {
  return filters.hideDemo ? ['unit', ...more] : ['unit', ...more, 'demo'];
}
