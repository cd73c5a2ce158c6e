import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client's network address, for rate limiting: the first `X-Forwarded-For` entry when a
 * trusted proxy sets it, else the socket's peer address. Requests made in process (tests, no
 * socket) share the address `local`.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    // No Node socket behind this request: it was made in process with app.request().
    return 'local';
  }
}
