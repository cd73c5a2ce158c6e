import { z } from '@hono/zod-openapi';
import { ROLES } from '../../store/index.js';

/** A person who signs in. */
export const userSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ example: 'owner@harbourline.example' }),
    name: z.string(),
  })
  .openapi('User');

/** Sign-in input. */
export const loginSchema = z
  .object({
    email: z.email().max(254).openapi({ example: 'owner@harbourline.example' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('Login');

/** What sign-in returns: the user and the CSRF token to echo in `X-CSRF-Token` on writes. */
export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string(),
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Session');

/** An organisation with the caller's role in it. */
export const membershipSummarySchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), role: z.enum(ROLES) })
  .openapi('OrganisationWithRole');

/** The signed-in caller, how they signed in, and their organisations. */
export const meSchema = z
  .object({
    user: userSchema,
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable().openapi({ description: 'Null for bearer-token callers' }),
    expiresAt: z.string().nullable(),
    organisations: z.array(membershipSummarySchema),
  })
  .openapi('Me');

/** An API token's public record. */
export const apiTokenSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('ApiToken');

/** A new token and its secret, shown only once. */
export const newApiTokenSchema = z
  .object({
    token: apiTokenSchema,
    secret: z.string().openapi({ description: 'Send as `Authorization: Bearer <secret>`; shown once' }),
  })
  .openapi('NewApiToken');
