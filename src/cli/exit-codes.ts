import { CommanderError } from 'commander';
import { isEsgError, type ErrorCode } from '../core/index.js';

/** The one place that maps faults to exit codes: 2 for bad input, 3 for missing things, 1 otherwise. */
const EXIT_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 2,
  UNIT_UNKNOWN: 2,
  UNIT_MISMATCH: 2,
  NUMBER_INVALID: 2,
  NOT_FOUND: 3,
  UNSUPPORTED: 2,
  REFERENCE_DATA: 1,
  CONFLICT: 1,
  FORBIDDEN: 1,
};

/** The exit code and message for an error thrown while running a command. */
export function describeFailure(e: unknown, debug: boolean): { exitCode: number; message: string } {
  if (e instanceof CommanderError) return { exitCode: e.exitCode === 0 ? 0 : 2, message: '' };
  if (isEsgError(e)) {
    return { exitCode: EXIT_BY_CODE[e.code], message: debug && e.stack ? e.stack : `esg: ${e.message}` };
  }
  const message = e instanceof Error ? e.message : String(e);
  return {
    exitCode: 1,
    message:
      debug && e instanceof Error && e.stack
        ? e.stack
        : `esg: internal error: ${message} (run with --debug for details)`,
  };
}
