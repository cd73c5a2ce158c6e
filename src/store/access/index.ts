export { PERMISSIONS, can, type Permission } from './policy.js';
export { authorize, roleOf, organisationNotFound } from './authorize.js';
