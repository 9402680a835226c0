// HTTP client of the dashboard: JSON fetches against /api, the babbage-style aggregate query string,
// export links (format=csv|xlsx) and the multi-file upload with progress.

import type { DimensionId, MeasureId } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const API_BASE = '/api';

/** Fetches JSON from the API; an error answer `{error:{code,message,details}}` becomes an ApiError. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return body as T;
}

/** A cut on one dimension: a list of values, or an inclusive range (years). */
export type CutValue = readonly (string | number)[] | { from?: number | string; to?: number | string };

/** Cuts by dimension: naming a dimension the catalog does not declare fails to compile. */
export type CutSpec = Partial<Record<DimensionId, CutValue>>;

export interface AggregateRequest {
  measures: readonly MeasureId[];
  drilldown?: readonly DimensionId[];
  cut?: CutSpec;
  order?: readonly `${MeasureId}:${'asc' | 'desc'}`[];
  page?: number;
  pagesize?: number;
  /** The execution threshold (%) of threshold measures. */
  threshold?: number;
}

/** Serialises a cut: `year:2020..2021|province:湖南省;江西省`. Empty cuts are dropped. */
export function serializeCut(cut: AggregateRequest['cut']): string {
  const parts: string[] = [];
  for (const [dimension, value] of Object.entries(cut ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) parts.push(`${dimension}:${value.join(';')}`);
    } else {
      const range = value as { from?: number | string; to?: number | string };
      if (range.from === undefined && range.to === undefined) continue;
      if (range.from !== undefined && range.from === range.to) parts.push(`${dimension}:${range.from}`);
      else parts.push(`${dimension}:${range.from ?? ''}..${range.to ?? ''}`);
    }
  }
  return parts.join('|');
}

/** The query string of /api/aggregate for a request, in a stable order (it is also a cache key). */
export function aggregateSearch(request: AggregateRequest, format?: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams();
  params.set('measures', request.measures.join(','));
  if (request.drilldown?.length) params.set('drilldown', request.drilldown.join('|'));
  const cut = serializeCut(request.cut);
  if (cut) params.set('cut', cut);
  if (request.order?.length) params.set('order', request.order.join(','));
  if (request.page !== undefined) params.set('page', String(request.page));
  if (request.pagesize !== undefined) params.set('pagesize', String(request.pagesize));
  if (request.threshold !== undefined) params.set('threshold', String(request.threshold));
  if (format) params.set('format', format);
  return params.toString();
}

/** A link that downloads the data of an aggregate request as CSV or XLSX. */
export function aggregateExportUrl(request: AggregateRequest, format: 'csv' | 'xlsx'): string {
  return `${API_BASE}/aggregate?${aggregateSearch(request, format)}`;
}

const TOKEN_KEY = 'jx.uploadToken';

/** The upload token this browser was given (asked once, kept in localStorage). */
export function storedUploadToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeUploadToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable (private mode): the token is asked again next time
  }
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends files to the upload endpoint as multipart form data. XMLHttpRequest rather than fetch,
 * because only it reports upload progress.
 */
export function uploadFiles<T>(
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
  path = '/uploads',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', `${API_BASE}${path}`);
    request.setRequestHeader('Accept', 'application/json');
    const token = storedUploadToken();
    if (token) request.setRequestHeader('X-Upload-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'upload failed'));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else {
        const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
          ?.error;
        reject(
          new ApiError(
            request.status,
            error?.code ?? `http_${request.status}`,
            error?.message ?? request.statusText,
            error?.details,
          ),
        );
      }
    };
    request.send(form);
  });
}
