import type { z } from '@hono/zod-openapi';

/** OpenAPI `content` for a JSON body of `schema`. */
export function jsonContent<T extends z.ZodType>(schema: T) {
  return { 'application/json': { schema } } as const;
}
