import { EsgError } from '../../core/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { ApiToken, User } from '../model/index.js';
import { hashSecret, newSecret } from './secret.js';
import { cachedTokenUser, forgetToken, rememberToken } from './token-cache.js';

/** Creates an API token for a user; the secret is returned here once and stored only hashed. */
export async function createApiToken(
  ctx: StoreContext,
  userId: string,
  name: string,
): Promise<{ readonly token: ApiToken; readonly secret: string }> {
  if (name.trim() === '') throw new EsgError('INVALID_INPUT', 'an API token needs a name');
  const secret = newSecret('esg_tok_');
  return inTransaction(ctx, async (tx) => {
    const user = await tx.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) throw new EsgError('NOT_FOUND', `user ${userId} not found`);
    const token: ApiToken = { id: tx.newId(), userId, name: name.trim(), createdAt: tx.now() };
    await tx.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        user_id: userId,
        name: token.name,
        token_hash: hashSecret(secret),
        created_at: token.createdAt,
        revoked_at: null,
      })
      .execute();
    await appendAudit(tx, {
      orgId: null,
      actor: { kind: 'user', userId },
      action: 'token.create',
      target: token.id,
    });
    return { token, secret };
  });
}

/**
 * The user a bearer secret belongs to, unless it is unknown or revoked. Verified tokens are
 * remembered for a few seconds (see token-cache.ts for how revocation still takes effect).
 */
export async function verifyApiToken(ctx: StoreContext, secret: string): Promise<User | undefined> {
  const hash = hashSecret(secret);
  const nowMs = Date.parse(ctx.now());
  const cached = cachedTokenUser(ctx, hash, nowMs);
  if (cached) return cached;
  const row = await ctx.db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 'u.id', 'u.email', 'u.name'])
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const user: User = { id: row.id, email: row.email, name: row.name };
  rememberToken(ctx, hash, row.token_id, user, nowMs);
  return user;
}

/** A user's live tokens (never their secrets). */
export async function listApiTokens(ctx: StoreContext, userId: string): Promise<ApiToken[]> {
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at }));
}

/** Revokes one of a user's tokens; NOT_FOUND when it is not theirs or already revoked. */
export async function revokeApiToken(ctx: StoreContext, userId: string, tokenId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const result = await tx.db
      .updateTable('api_tokens')
      .set({ revoked_at: tx.now() })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new EsgError('NOT_FOUND', `API token ${tokenId} not found`);
    // Forgotten before commit too: a request racing the revocation looks the token up again.
    forgetToken(ctx, tokenId);
    await appendAudit(tx, {
      orgId: null,
      actor: { kind: 'user', userId },
      action: 'token.revoke',
      target: tokenId,
    });
  });
  forgetToken(ctx, tokenId);
}
