import { z } from '@hono/zod-openapi';

/** The body of every error response. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'INVALID_INPUT' }),
      message: z.string().openapi({ example: 'unit: unknown unit "kwhh"' }),
      field: z
        .string()
        .optional()
        .openapi({ description: 'The input field at fault (dotted path), for 400s', example: 'unit' }),
    }),
  })
  .openapi('Error');

/** An error response body. */
export type ErrorBody = z.infer<typeof errorSchema>;

/** The error responses every authenticated route may give, for its OpenAPI `responses`. */
export const errorResponses = {
  400: { description: 'Invalid input; `error.field` names the field', content: json() },
  401: { description: 'Not signed in (no session cookie or bearer token)', content: json() },
  403: { description: "The user's role does not allow this, or the CSRF token is missing", content: json() },
  404: { description: 'No such record in an organisation of the user', content: json() },
  409: {
    description: 'The period is locked, or the change conflicts with the current state',
    content: json(),
  },
} as const;

function json() {
  return { 'application/json': { schema: errorSchema } } as const;
}
