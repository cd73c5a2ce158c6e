import { buildProgram } from './program.js';
import { describeFailure } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';

/** Runs the CLI on `argv` (as in process.argv) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    const { exitCode, message } = describeFailure(e, argv.includes('--debug'));
    if (message) io.err(message);
    return exitCode;
  }
}
