import { EsgError } from '../../core/index.js';
import type { StoreContext } from '../context.js';
import type { Session } from '../model/index.js';
import { hashSecret, newSecret } from './secret.js';

/** Starts a session for a user lasting `ttlMs`; returns the cookie secret (stored only hashed). */
export async function createSession(
  ctx: StoreContext,
  userId: string,
  ttlMs: number,
): Promise<{ readonly secret: string; readonly session: Session }> {
  if (!Number.isInteger(ttlMs) || ttlMs <= 0)
    throw new EsgError('INVALID_INPUT', 'session lifetime must be a positive number of milliseconds');
  const secret = newSecret('esg_ses_');
  const now = ctx.now();
  const session: Session = {
    userId,
    csrfToken: newSecret('esg_csrf_'),
    expiresAt: new Date(Date.parse(now) + ttlMs).toISOString(),
  };
  // Expired sessions are swept whenever a new one starts, so the table does not grow without bound.
  await ctx.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await ctx.db
    .insertInto('sessions')
    .values({
      id: hashSecret(secret),
      user_id: userId,
      csrf_token: session.csrfToken,
      created_at: now,
      expires_at: session.expiresAt,
    })
    .execute();
  return { secret, session };
}

/** The live session for a cookie secret, or undefined when unknown or expired. */
export async function getSession(ctx: StoreContext, secret: string): Promise<Session | undefined> {
  const row = await ctx.db
    .selectFrom('sessions')
    .select(['user_id', 'csrf_token', 'expires_at'])
    .where('id', '=', hashSecret(secret))
    .where('expires_at', '>', ctx.now())
    .executeTakeFirst();
  return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
}

/** Ends a session (sign-out). Ending an unknown session is not an error. */
export async function deleteSession(ctx: StoreContext, secret: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id', '=', hashSecret(secret)).execute();
}
