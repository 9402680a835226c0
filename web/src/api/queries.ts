// queryOptions factories: each keeps its hierarchical key next to its fetch, so pages share caches
// and invalidating ['api'] after an upload refreshes every view.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AlertsAnswer, UnitProfile } from '../../../server/answers';
import { aggregateSearch, fetchJson, type AggregateRequest } from './client';
import type {
  AggregateResponse,
  CoverageResponse,
  DimensionId,
  DocumentRow,
  FactSource,
  Health,
  MembersResponse,
  Model,
} from './types';

const STATIC = { staleTime: 5 * 60_000 } as const;

export const modelQuery = () =>
  queryOptions({
    queryKey: ['api', 'model'],
    queryFn: ({ signal }) => fetchJson<Model>('/model', signal),
    ...STATIC,
  });

export const healthQuery = () =>
  queryOptions({
    queryKey: ['api', 'health'],
    queryFn: ({ signal }) => fetchJson<Health>('/health', signal),
  });

/** Members of a dimension, optionally cut (e.g. cities of one province). */
export const membersQuery = (dimension: DimensionId, cut?: string) =>
  queryOptions({
    queryKey: ['api', 'members', dimension, cut ?? ''],
    queryFn: ({ signal }) =>
      fetchJson<MembersResponse>(
        `/members/${encodeURIComponent(dimension)}?pagesize=1000${cut ? `&cut=${encodeURIComponent(cut)}` : ''}`,
        signal,
      ),
    placeholderData: keepPreviousData,
    ...STATIC,
  });

export const aggregateQuery = (request: AggregateRequest) => {
  const search = aggregateSearch(request);
  return queryOptions({
    queryKey: ['api', 'aggregate', search],
    queryFn: ({ signal }) => fetchJson<AggregateResponse>(`/aggregate?${search}`, signal),
    placeholderData: keepPreviousData,
  });
};

export const unitQuery = (unitId: string) =>
  queryOptions({
    queryKey: ['api', 'units', unitId],
    queryFn: ({ signal }) => fetchJson<UnitProfile>(`/units/${encodeURIComponent(unitId)}`, signal),
    placeholderData: keepPreviousData,
  });

export const alertsQuery = (params: Record<string, string>) => {
  const search = new URLSearchParams(
    Object.entries(params).sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
  return queryOptions({
    queryKey: ['api', 'alerts', search],
    queryFn: ({ signal }) => fetchJson<AlertsAnswer>(`/alerts${search ? `?${search}` : ''}`, signal),
    placeholderData: keepPreviousData,
  });
};

export const factQuery = (factId: string) =>
  queryOptions({
    queryKey: ['api', 'facts', factId],
    queryFn: ({ signal }) => fetchJson<FactSource>(`/facts/${encodeURIComponent(factId)}`, signal),
    ...STATIC,
  });

export const documentsQuery = () =>
  queryOptions({
    queryKey: ['api', 'documents'],
    queryFn: ({ signal }) => fetchJson<{ documents: DocumentRow[] } | DocumentRow[]>('/documents', signal),
  });

/** 数据覆盖 of a cut (serialised): unit × year, counts per region and year, warnings. */
export const coverageQuery = (cut: string) =>
  queryOptions({
    queryKey: ['api', 'coverage', cut],
    queryFn: ({ signal }) =>
      fetchJson<CoverageResponse>(`/coverage?pagesize=1000&cut=${encodeURIComponent(cut)}`, signal),
    placeholderData: keepPreviousData,
  });
