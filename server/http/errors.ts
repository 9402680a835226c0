// The one error type of the API: a status, a stable code, a message and details for the client.
// The lower layers' domain errors (../errors.ts) are given their status here; everything else that
// escapes a handler is answered as a 500 without its stack or SQL.

import { DomainError, ReportedError, type ErrorKind, type Reported } from '../errors';

export class ApiError extends ReportedError {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 408 | 409 | 411 | 413 | 415 | 503,
    ...reported: Reported
  ) {
    super(...reported);
  }
}

export function badRequest(code: string, message: string, details: unknown = {}): ApiError {
  return new ApiError(400, code, message, details);
}

export function notFound(code: string, message: string, details: unknown = {}): ApiError {
  return new ApiError(404, code, message, details);
}

const STATUS_OF: Record<ErrorKind, 400 | 404 | 503> = { invalid: 400, not_found: 404, unavailable: 503 };

/** A domain error as the API answers it; any other error as it is. */
export function asApiError(err: unknown): unknown {
  return err instanceof DomainError
    ? new ApiError(STATUS_OF[err.kind], err.code, err.message, err.details)
    : err;
}
