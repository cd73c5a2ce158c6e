/** The error body every API error response carries (see `Error` in /api/openapi.json). */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

/**
 * A request the API refused or could not answer: the HTTP status, the API's error code, its
 * message (written for people) and, for a 400, the input field at fault so a form can mark it.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** Whether a parsed JSON body is the API's error body. */
export function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** The ApiError for a failed response's status and (maybe) JSON body. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    return new ApiError(status, body.error.code, body.error.message, body.error.field);
  }
  return new ApiError(
    status,
    status >= 500 ? 'INTERNAL' : 'HTTP_' + String(status),
    `request failed (HTTP ${status})`,
  );
}
