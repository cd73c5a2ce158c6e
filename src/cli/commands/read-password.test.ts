import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPassword } from './read-password.js';

const io = { out: () => undefined, err: () => undefined };
const stdinOf = (text: string, tty = false) =>
  Object.assign(Readable.from([text]), { isTTY: tty }) as unknown as NodeJS.ReadStream;

describe('readPassword', () => {
  it('takes $ESGKIT_PASSWORD first, then the first line of standard input when asked', async () => {
    const stdin = stdinOf('from stdin line\nsecond line\n');
    expect(await readPassword({ env: { ESGKIT_PASSWORD: 'from the env' }, fromStdin: true, stdin }, io)).toBe(
      'from the env',
    );
    expect(
      await readPassword({ env: {}, fromStdin: true, stdin: stdinOf('piped secret\r\nnext\n') }, io),
    ).toBe('piped secret');
  });

  it('refuses when there is no password and no terminal to type it', async () => {
    await expect(readPassword({ env: {}, fromStdin: false, stdin: stdinOf('') }, io)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
