// The dashboard's filters and view live in the URL query string, so any view is a permalink and a
// reload restores it. parseFilters/serializeFilters are pure; useFilters binds them to history.
import { useCallback, useSyncExternalStore } from 'react';

export const VIEWS = [
  'overview',
  'trends',
  'compare',
  'sangong',
  'alerts',
  'unit',
  'coverage',
  'data',
] as const;
export type View = (typeof VIEWS)[number];

export interface Filters {
  view: View;
  lang: 'zh' | 'en';
  /** The year of single-year views. */
  year?: number;
  /** The year range of multi-year views (inclusive). */
  from?: number;
  to?: number;
  province?: string;
  city?: string;
  county?: string;
  /** Department types. */
  dept: string[];
  /** Unit ids chosen for trends and comparison. */
  units: string[];
  /** The unit shown in 单位画像. */
  unit?: string;
  /** The measure drawn in 趋势. */
  measure?: string;
  /** Hide 演示数据 (demo units). */
  hideDemo: boolean;
  /** Alert thresholds, by parameter name. */
  thresholds: Record<string, string>;
}

export const DEFAULT_FILTERS: Filters = {
  view: 'overview',
  lang: 'zh',
  dept: [],
  units: [],
  hideDemo: false,
  thresholds: {},
};

const LIST_SEPARATOR = ',';
const THRESHOLD_PREFIX = 't.';

function toYear(text: string | null): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  return Number(text);
}

function toList(text: string | null): string[] {
  return text ? text.split(LIST_SEPARATOR).filter(Boolean) : [];
}

/** Reads filters from a query string ("?view=trends&from=2019&to=2021&units=a,b"). */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const thresholds: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(THRESHOLD_PREFIX) && value !== '')
      thresholds[key.slice(THRESHOLD_PREFIX.length)] = value;
  }
  const filters: Filters = {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'overview',
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    dept: toList(params.get('dept')),
    units: toList(params.get('units')),
    hideDemo: params.get('demo') === 'hide',
    thresholds,
  };
  const year = toYear(params.get('year'));
  const from = toYear(params.get('from'));
  const to = toYear(params.get('to'));
  if (year !== undefined) filters.year = year;
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  for (const key of ['province', 'city', 'county', 'unit', 'measure'] as const) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** Writes filters as a query string, leaving defaults out so permalinks stay short. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.view !== 'overview') params.set('view', filters.view);
  if (filters.lang !== 'zh') params.set('lang', filters.lang);
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.from !== undefined) params.set('from', String(filters.from));
  if (filters.to !== undefined) params.set('to', String(filters.to));
  for (const key of ['province', 'city', 'county'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.dept.length) params.set('dept', filters.dept.join(LIST_SEPARATOR));
  if (filters.units.length) params.set('units', filters.units.join(LIST_SEPARATOR));
  if (filters.unit) params.set('unit', filters.unit);
  if (filters.measure) params.set('measure', filters.measure);
  if (filters.hideDemo) params.set('demo', 'hide');
  for (const [key, value] of Object.entries(filters.thresholds)) params.set(THRESHOLD_PREFIX + key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Applies a change; choosing a province clears the city and county below it, and so on. */
export function applyFilterChange(current: Filters, change: Partial<Filters>): Filters {
  const next: Filters = { ...current, ...change };
  if ('province' in change && change.province !== current.province) {
    delete next.city;
    delete next.county;
  }
  if ('city' in change && change.city !== current.city) delete next.county;
  for (const key of Object.keys(next) as (keyof Filters)[]) {
    if (next[key] === undefined || next[key] === '') delete next[key];
  }
  return next;
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const getSearch = (): string => window.location.search;

/** The current filters, and a setter that pushes the new state onto the browser history. */
export function useFilters(): [Filters, (change: Partial<Filters>, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const filters = parseFilters(search);
  const update = useCallback((change: Partial<Filters>, options: { replace?: boolean } = {}) => {
    const next = applyFilterChange(parseFilters(window.location.search), change);
    const url = `${window.location.pathname}${serializeFilters(next)}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    for (const listener of listeners) listener();
  }, []);
  return [filters, update];
}
