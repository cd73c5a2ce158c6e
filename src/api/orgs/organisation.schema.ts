import { z } from '@hono/zod-openapi';
import { ROLES } from '../../store/index.js';

/** Path parameter of every organisation route. */
export const orgParams = z.object({
  orgId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'orgId', in: 'path' } }),
});

/** An organisation with the caller's role in it. */
export const organisationSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), role: z.enum(ROLES) })
  .openapi('Organisation');

/** A reporting boundary decision: in scope, or out with the reason (HKEX ESG Guide, reporting boundary). */
export const boundarySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('in'), reason: z.string().trim().min(1).max(1000).optional() }),
    z.object({ kind: z.literal('out'), reason: z.string().trim().min(1).max(1000) }),
  ])
  .openapi('Boundary');

/** A legal entity of the organisation. */
export const entitySchema = z
  .object({ id: z.string(), orgId: z.string(), name: z.string(), boundary: boundarySchema })
  .openapi('Entity');

/** A site whose activity data is reported. */
export const siteSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    entityId: z.string().nullable(),
    name: z.string(),
    boundary: boundarySchema,
  })
  .openapi('Site');

/** Input for a new entity. */
export const newEntitySchema = z.object({
  name: z.string().trim().min(1).max(200),
  boundary: boundarySchema.default({ kind: 'in' }),
});

/** Input for a new site. */
export const newSiteSchema = newEntitySchema.extend({ entityId: z.string().min(1).optional() });

/** A member of the organisation. */
export const memberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    siteIds: z.array(z.string()),
  })
  .openapi('Member');

/** Gives a user (by e-mail) a role; a user not yet registered is created when name and password are given. */
export const setMemberSchema = z.object({
  email: z.email().max(254),
  role: z.enum(ROLES),
  siteIds: z.array(z.string().min(1)).max(1000).default([]),
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(8).max(1024).optional(),
});
