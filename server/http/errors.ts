// The one error type of the API: a status, a stable code, a message and details for the client.
// Everything else that escapes a handler is answered as a 500 without its stack or SQL.

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 408 | 409 | 411 | 413 | 415 | 503,
    readonly code: string,
    message: string,
    readonly details: unknown = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function badRequest(code: string, message: string, details: unknown = {}): ApiError {
  return new ApiError(400, code, message, details);
}

export function notFound(code: string, message: string, details: unknown = {}): ApiError {
  return new ApiError(404, code, message, details);
}
