import { Command } from 'commander';
import type { CliIo } from './io.js';
import { COMMANDS } from './commands/index.js';

/** The version printed by `esg --version`. */
export const VERSION = '0.1.0';

/** Builds the `esg` program with every command registered, writing through `io`. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('esg')
    .description('esgkit: extract, calculate, check and report ESG disclosures with provenance')
    .version(VERSION)
    .option('--debug', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.out(s);
      },
      writeErr: (s) => {
        io.err(s);
      },
    });
  for (const register of COMMANDS) register(program, io);
  return program;
}
