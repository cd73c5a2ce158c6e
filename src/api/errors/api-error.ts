import { EsgError, type ErrorCode } from '../../core/index.js';

/** Error codes only the HTTP edge produces, beside core's {@link ErrorCode}s. */
export const HTTP_ONLY_CODES = [
  'UNAUTHENTICATED',
  'CSRF_REJECTED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'INTERNAL',
] as const;
/** One of {@link HTTP_ONLY_CODES}. */
export type HttpOnlyCode = (typeof HTTP_ONLY_CODES)[number];
/** Every `error.code` an API response can carry. */
export type ApiErrorCode = ErrorCode | HttpOnlyCode;

/** A refusal decided at the HTTP edge (no session, bad CSRF token, too many logins, body too big). */
export class HttpRefusal extends Error {
  readonly code: HttpOnlyCode;
  /** Seconds until a rate-limited client may retry. */
  readonly retryAfter: number | undefined;

  constructor(code: HttpOnlyCode, message: string, options: { retryAfter?: number } = {}) {
    super(message);
    this.name = 'HttpRefusal';
    this.code = code;
    this.retryAfter = options.retryAfter;
  }
}

/** Bad input in one named field: a 400 whose body names the field, so a form can mark it. */
export class InvalidFieldError extends EsgError {
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super('INVALID_INPUT', `${field}: ${message}`, options);
    this.name = 'InvalidFieldError';
    this.field = field;
  }
}

/**
 * Re-throws an error from parsing one field's value (a unit, a number) as an
 * {@link InvalidFieldError} on that field; other faults pass through unchanged.
 */
export function blameField<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof EsgError && e.code !== 'REFERENCE_DATA') {
      throw new InvalidFieldError(field, e.message, { cause: e });
    }
    throw e;
  }
}
