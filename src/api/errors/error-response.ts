import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isEsgError } from '../../core/index.js';
import { HttpRefusal, InvalidFieldError, type ApiErrorCode } from './api-error.js';
import type { ErrorBody } from './error.schema.js';
import { HTTP_STATUS } from './http-status.js';

/** Something to log about a fault the client cannot act on. */
export type FaultReporter = (error: unknown, c: Context) => void;

/** The status and body for an error thrown while handling a request. */
export function describeError(e: unknown): { status: number; body: ErrorBody; retryAfter?: number } {
  if (e instanceof HttpRefusal) {
    return {
      status: HTTP_STATUS[e.code],
      body: { error: { code: e.code, message: e.message } },
      ...(e.retryAfter === undefined ? {} : { retryAfter: e.retryAfter }),
    };
  }
  if (isEsgError(e)) {
    const field = e instanceof InvalidFieldError ? { field: e.field } : {};
    return { status: HTTP_STATUS[e.code], body: { error: { code: e.code, message: e.message, ...field } } };
  }
  if (e instanceof HTTPException) {
    const code = codeOfHttpException(e.status);
    return { status: HTTP_STATUS[code], body: { error: { code, message: e.message || code } } };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'internal error; see the server log' } },
  };
}

// Hono raises HTTPException for malformed JSON (400), bodies over the limit (413) and bodies
// without a Content-Type its validators read (415).
function codeOfHttpException(status: number): ApiErrorCode {
  if (status === 400) return 'INVALID_INPUT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  return 'INTERNAL';
}

/** The app's `onError`: one JSON error body for every fault; unexpected ones are reported. */
export function errorHandler(report: FaultReporter) {
  return (e: unknown, c: Context): Response => {
    const { status, body, retryAfter } = describeError(e);
    if (status >= 500) report(e, c);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    return new Response(JSON.stringify(body), { status, headers });
  };
}
