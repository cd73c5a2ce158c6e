/** The fault categories esgkit raises; each maps to one CLI exit code and one HTTP status at the edges. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNIT_UNKNOWN',
  'UNIT_MISMATCH',
  'NUMBER_INVALID',
  'NOT_FOUND',
  'UNSUPPORTED',
  'REFERENCE_DATA',
  'CONFLICT',
  'FORBIDDEN',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A fault a person can act on: a stable `code`, a readable message and the underlying `cause`. */
export class EsgError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EsgError';
    this.code = code;
  }
}

/** True when `e` is an {@link EsgError}, optionally of the given code. */
export function isEsgError(e: unknown, code?: ErrorCode): e is EsgError {
  return e instanceof EsgError && (code === undefined || e.code === code);
}
