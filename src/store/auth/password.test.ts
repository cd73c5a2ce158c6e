import { describe, expect, it } from 'vitest';
import { checkPassword, DEFAULT_SCRYPT_N, hashPassword } from './password.js';

describe('password hashing', () => {
  it('stores scrypt parameters, salt and hash, never the password', async () => {
    const hash = await hashPassword('Kiln-3 emissions 2023', 2 ** 12);
    expect(hash).toMatch(/^scrypt\$4096\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(hash).not.toContain('Kiln');
    expect(await hashPassword('Kiln-3 emissions 2023', 2 ** 12)).not.toBe(hash);
  });

  it('accepts the password and nothing else, including a tampered hash', async () => {
    const hash = await hashPassword('Kiln-3 emissions 2023', 2 ** 12);
    expect(await checkPassword('Kiln-3 emissions 2023', hash)).toBe(true);
    expect(await checkPassword('kiln-3 emissions 2023', hash)).toBe(false);
    expect(await checkPassword('Kiln-3 emissions 2023', hash.replace('$4096$', '$2048$'))).toBe(false);
    expect(await checkPassword('Kiln-3 emissions 2023', 'plain:Kiln-3 emissions 2023')).toBe(false);
  });

  it("hashes at OWASP's minimum cost by default and verifies it", async () => {
    expect(DEFAULT_SCRYPT_N).toBe(2 ** 17);
    const hash = await hashPassword('café au lait'.normalize('NFD'));
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(await checkPassword('café au lait'.normalize('NFC'), hash)).toBe(true);
  });
});
