// Errors the query and warehouse layers raise, in their own terms: a request they cannot answer
// (invalid), something that is not there (not found), a warehouse they cannot reach (unavailable).
// They know no HTTP: the HTTP layer (http/errors.ts) gives each kind its status. ReportedError, what
// every error the API reports carries, is here too, so that the HTTP layer's own error shares it.

export type ErrorKind = 'invalid' | 'not_found' | 'unavailable';

/** An error a client is told of: a stable code, a message and details. Named after its class. */
export abstract class ReportedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: unknown = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What a ReportedError is made of, after what sets it apart (its kind, its status). */
export type Reported = ConstructorParameters<typeof ReportedError>;

export class DomainError extends ReportedError {
  constructor(
    readonly kind: ErrorKind,
    ...reported: Reported
  ) {
    super(...reported);
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
