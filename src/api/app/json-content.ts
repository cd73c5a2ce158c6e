import type { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';

/** OpenAPI `content` for a JSON body of `schema`. */
export function jsonContent<T extends z.ZodType>(schema: T) {
  return { 'application/json': { schema } } as const;
}

/**
 * A 200 answer whose JSON body was written as text elsewhere (the facts list, built by the
 * database), typed as the route's JSON answer `T`. The text must be JSON of that shape: the tests
 * of such a route compare it with the answer built from objects.
 */
export function jsonText<T>(c: Context, text: string): TypedResponse<T, 200, 'json'> {
  const response: Response = c.body(text, 200, { 'content-type': 'application/json' });
  return response as unknown as TypedResponse<T, 200, 'json'>;
}
