import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are hashed with scrypt (RFC 7914) from node:crypto. N = 2^17, r = 8, p = 1 is the
// minimum OWASP's Password Storage Cheat Sheet gives for scrypt; the parameters are stored with each
// hash (`scrypt$N$r$p$salt$hash`, base64) so they can be raised later without breaking old hashes.

/** OWASP's minimum scrypt cost N (2^17); tests may pass a lower power of two to openStore. */
export const DEFAULT_SCRYPT_N = 2 ** 17;
const PARAMS = { r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;
// scrypt needs 128·N·r bytes (128 MiB at N = 2^17), above Node's default 32 MiB cap; allow twice that.
const maxmem = (N: number, r: number): number => 256 * N * r;

function derive(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** Hashes a password with a fresh random salt and cost N. */
export async function hashPassword(password: string, N: number = DEFAULT_SCRYPT_N): Promise<string> {
  const { r, p, keyLength, saltLength } = PARAMS;
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

// Hashes of no one's password, per cost, checked when an e-mail is unknown so that the response
// time does not tell which e-mails have accounts.
const decoys = new Map<number, Promise<string>>();

/** The decoy hash for cost N, made on first use. */
export function decoyHash(N: number): Promise<string> {
  let decoy = decoys.get(N);
  if (!decoy) {
    decoy = hashPassword(randomBytes(16).toString('hex'), N);
    decoys.set(N, decoy);
  }
  return decoy;
}
