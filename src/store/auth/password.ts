import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are hashed with scrypt (RFC 7914) from node:crypto. N = 2^15, r = 8, p = 1 follows
// OWASP's Password Storage Cheat Sheet minimum for scrypt; the parameters are stored with each hash
// (`scrypt$N$r$p$salt$hash`, base64) so they can be raised later without breaking old hashes.

const DEFAULT = { N: 2 ** 15, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;
// scrypt needs 128·N·r bytes; allow twice that so N = 2^15 fits under Node's default 32 MiB cap.
const maxmem = (N: number, r: number): number => 256 * N * r;

function derive(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength, saltLength } = DEFAULT;
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, keyLength, { N, r, p, maxmem: maxmem(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches a hash from {@link hashPassword}; compares in constant time. */
export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const N = Number(n);
  const R = Number(r);
  const key = await derive(password, Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: R,
    p: Number(p),
    maxmem: maxmem(N, R),
  });
  return timingSafeEqual(key, expected);
}

/** A hash of no one's password, checked when an e-mail is unknown so timing does not reveal it. */
let decoy: Promise<string> | undefined;
/** The decoy hash, made on first use. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
