import { main } from '../../src/cli/index.js';

/** What one `esg …` run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `esg <args>` in process (the CLI's `main`, from src) and collects what it writes, each
 * write ending in one newline as the process streams end it (src/cli/io.ts).
 */
export async function esg(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const code = await main(['node', 'esg', ...args], {
    out: (text) => void (out += line(text)),
    err: (text) => void (err += line(text)),
  });
  return { code, out, err };
}
