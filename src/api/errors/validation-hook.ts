import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { InvalidFieldError } from './api-error.js';

/**
 * The OpenAPIHono `defaultHook`: a request failing its zod schema becomes an
 * {@link InvalidFieldError} naming the first field at fault (`value`, `dims.site`, `status`).
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  _c: Context,
): undefined {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  throw new InvalidFieldError(field, issue?.message ?? 'invalid value');
}
