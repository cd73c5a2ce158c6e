import type { z } from 'zod';
import { EsgError } from '../errors/index.js';

/**
 * A use case: a name, an input schema and `run`. The CLI, the HTTP API and the web UI call the same
 * commands, so each feature exists once; `deps` carries whatever I/O the command needs.
 */
export interface Command<S extends z.ZodType, Out, Deps = void> {
  readonly name: string;
  readonly input: S;
  run(input: z.output<S>, deps: Deps): Out;
}

/** Declares a command (an identity function that fixes its types). */
export function defineCommand<S extends z.ZodType, Out, Deps = void>(
  c: Command<S, Out, Deps>,
): Command<S, Out, Deps> {
  return c;
}

/** Validates raw input against the command's schema and runs it; bad input throws INVALID_INPUT naming the field. */
export function runCommand<S extends z.ZodType, Out, Deps>(
  c: Command<S, Out, Deps>,
  raw: unknown,
  deps: Deps,
): Out {
  const parsed = c.input.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'input';
    throw new EsgError('INVALID_INPUT', `${c.name}: ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return c.run(parsed.data, deps);
}
