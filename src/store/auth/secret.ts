import { createHash, randomBytes } from 'node:crypto';

/**
 * A new bearer secret: 32 random bytes (256 bits) in base64url after a readable prefix
 * (`esg_tok_` for API tokens, `esg_ses_` for sessions) so a leaked one is recognisable in logs.
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * The stored form of a secret: its SHA-256 in hex. A fast hash suffices here (unlike passwords)
 * because the secret is 256 random bits, beyond any guessing; the database never holds it in clear.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
