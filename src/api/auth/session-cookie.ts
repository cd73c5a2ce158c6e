import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiConfig } from '../app/config.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'esg_session';

/**
 * Sets the session cookie: HttpOnly so page scripts cannot read it, SameSite=Lax so other sites'
 * forms and scripts do not send it on writes (RFC 6265bis §5.4.7), Secure when served over HTTPS.
 */
export function setSessionCookie(c: Context, secret: string, config: ApiConfig): void {
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: Math.floor(config.sessionTtlMs / 1000),
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, config: ApiConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.secureCookies });
}

/** The session secret the browser sent, if any. */
export function sessionSecretOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
