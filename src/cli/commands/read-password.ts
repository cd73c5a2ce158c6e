import { EsgError } from '../../core/index.js';
import type { CliIo } from '../io.js';

/** The environment variable a password may be given in (never a command-line argument: `ps` shows those). */
export const PASSWORD_ENV = 'ESGKIT_PASSWORD';

/** Where a new user's password comes from, in order of preference. */
export interface PasswordSources {
  readonly env: NodeJS.ProcessEnv;
  /** Read the first line of standard input (`--password-stdin`). */
  readonly fromStdin: boolean;
  readonly stdin: NodeJS.ReadStream;
}

/**
 * The password from $ESGKIT_PASSWORD, else the first line of standard input (`--password-stdin`),
 * else typed at the terminal twice without echo. INVALID_INPUT when none can be had.
 */
export async function readPassword(sources: PasswordSources, io: CliIo): Promise<string> {
  const fromEnv = sources.env[PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (sources.fromStdin) return firstLine(sources.stdin);
  if (!sources.stdin.isTTY)
    throw new EsgError(
      'INVALID_INPUT',
      `no password: set ${PASSWORD_ENV}, pipe it with --password-stdin, or run in a terminal to type it`,
    );
  const first = await typeHidden(sources.stdin, io, 'Password: ');
  const again = await typeHidden(sources.stdin, io, 'Password again: ');
  if (first !== again) throw new EsgError('INVALID_INPUT', 'the two passwords differ');
  return first;
}

async function firstLine(stdin: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** One line typed at the terminal in raw mode, echoing nothing; Ctrl-C aborts. */
function typeHidden(stdin: NodeJS.ReadStream, io: CliIo, prompt: string): Promise<string> {
  io.err(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: EsgError) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          done();
          return;
        }
        if (ch === '\u0003') {
          done(new EsgError('INVALID_INPUT', 'cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
