import { z } from 'zod';
import { EsgError } from '../../core/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, User } from '../model/index.js';
import { checkPassword, decoyHash, hashPassword } from './password.js';

/** What it takes to create a user. */
export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

// NIST SP 800-63B §5.1.1.2: memorised secrets of at least 8 characters; long passphrases allowed.
const newUserSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(8).max(1024),
});

/** Creates a user with a scrypt-hashed password; CONFLICT when the e-mail is taken. */
export async function createUser(ctx: StoreContext, input: NewUser, actor: Actor): Promise<User> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'user';
    throw new EsgError(
      'INVALID_INPUT',
      `invalid ${field}: ${parsed.error.issues[0]?.message ?? 'bad value'}`,
    );
  }
  const email = parsed.data.email.toLowerCase();
  const passwordHash = await hashPassword(parsed.data.password, ctx.scryptN);
  return inTransaction(ctx, async (tx) => {
    const taken = await tx.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new EsgError('CONFLICT', `a user with e-mail ${email} already exists`);
    const user: User = { id: tx.newId(), email, name: parsed.data.name };
    await tx.db
      .insertInto('users')
      .values({ id: user.id, email, name: user.name, password_hash: passwordHash, created_at: tx.now() })
      .execute();
    await appendAudit(tx, { orgId: null, actor, action: 'user.create', target: user.id, detail: { email } });
    return user;
  });
}

/** The user with this id, or undefined. */
export async function getUser(ctx: StoreContext, userId: string): Promise<User | undefined> {
  return ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The user with this e-mail (any case), or undefined. */
export async function findUserByEmail(ctx: StoreContext, email: string): Promise<User | undefined> {
  return ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/**
 * The user when the e-mail and password match, else undefined. An unknown e-mail still costs one
 * scrypt so response time does not tell which e-mails have accounts.
 */
export async function verifyPassword(
  ctx: StoreContext,
  email: string,
  password: string,
): Promise<User | undefined> {
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) {
    await checkPassword(password, await decoyHash(ctx.scryptN));
    return undefined;
  }
  return (await checkPassword(password, row.password_hash))
    ? { id: row.id, email: row.email, name: row.name }
    : undefined;
}
