import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Session } from '../../store/index.js';
import type { ApiConfig } from '../app/config.js';
import { HttpRefusal } from '../errors/index.js';

/** The header the web UI echoes the session's CSRF token in on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request may change state (RFC 9110 §9.2.1: everything but the safe methods). */
export function isUnsafe(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * OWASP CSRF Prevention Cheat Sheet, "verifying origin with standard headers": a write whose
 * `Origin` is another site, or whose `Sec-Fetch-Site` says cross-site, is refused.
 */
export function checkOrigin(c: Context, config: ApiConfig): void {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') {
    const own = new URL(c.req.url).origin;
    if (origin !== own && !config.allowedOrigins.includes(origin)) {
      throw new HttpRefusal('CSRF_REJECTED', `requests from ${origin} may not change data here`);
    }
    return;
  }
  if (origin === 'null' || c.req.header('sec-fetch-site') === 'cross-site') {
    throw new HttpRefusal('CSRF_REJECTED', 'cross-site requests may not change data here');
  }
}

/**
 * For a cookie-authenticated write: the origin check, then the synchroniser token — the
 * `X-CSRF-Token` header must equal the token stored with the session (OWASP, "synchronizer token
 * pattern"), which another site can neither read nor guess.
 */
export function checkCsrf(c: Context, session: Session, config: ApiConfig): void {
  if (!isUnsafe(c.req.method)) return;
  checkOrigin(c, config);
  const sent = c.req.header(CSRF_HEADER);
  if (sent === undefined || !sameSecret(sent, session.csrfToken)) {
    throw new HttpRefusal(
      'CSRF_REJECTED',
      `a signed-in browser must send the session's CSRF token in the ${CSRF_HEADER} header`,
    );
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
