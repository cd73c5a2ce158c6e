import type { Role } from '../model/index.js';

/** What a role can be allowed to do in its organisation. */
export const PERMISSIONS = ['read', 'facts.write', 'facts.review', 'org.manage'] as const;
/** One of {@link PERMISSIONS}. */
export type Permission = (typeof PERMISSIONS)[number];

// Issue 6: the owner manages the organisation and locks periods; contributors enter data (for their
// assigned sites only, checked in authorize); reviewers approve or reject; viewers read.
const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: ['read', 'facts.write', 'facts.review', 'org.manage'],
  contributor: ['read', 'facts.write'],
  reviewer: ['read', 'facts.review'],
  viewer: ['read'],
};

/** Whether `role` grants `permission` (site restrictions of contributors aside). */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
