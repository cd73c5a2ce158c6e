import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from './api-error.js';

/**
 * The one place that maps error codes to HTTP statuses (RFC 9110 §15). Bad input of any kind is
 * 400; a missing record — or one of another organisation, which must look missing — is 404; a
 * locked period or a duplicate is 409; data we cannot compute with (a missing emission factor) is
 * 422; a file format we do not read is 415.
 */
export const HTTP_STATUS: Readonly<Record<ApiErrorCode, ContentfulStatusCode>> = {
  INVALID_INPUT: 400,
  UNIT_UNKNOWN: 400,
  UNIT_MISMATCH: 400,
  NUMBER_INVALID: 400,
  NOT_FOUND: 404,
  UNSUPPORTED: 415,
  REFERENCE_DATA: 422,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CSRF_REJECTED: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  INTERNAL: 500,
};
