export { orgScope, requirePermission } from './org-scope.js';
export { organisationRoutes } from './organisation.routes.js';
export { siteRoutes } from './site.routes.js';
export { memberRoutes } from './member.routes.js';
export { orgParams, organisationSchema, siteSchema, boundarySchema } from './organisation.schema.js';
