// Errors the query and warehouse layers raise, in their own terms: a request they cannot answer
// (invalid), something that is not there (not found), a warehouse they cannot reach (unavailable).
// They know no HTTP: the HTTP layer (http/errors.ts) gives each kind its status.

export type ErrorKind = 'invalid' | 'not_found' | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: unknown = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function invalid(code: string, message: string, details: unknown = {}): DomainError {
  return new DomainError('invalid', code, message, details);
}

export function unavailable(code: string, message: string, details: unknown = {}): DomainError {
  return new DomainError('unavailable', code, message, details);
}

export function missing(code: string, message: string, details: unknown = {}): DomainError {
  return new DomainError('not_found', code, message, details);
}
