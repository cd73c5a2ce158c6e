export { AuditPage } from './audit-page.js';
export { actorText, actionText, detailPairs } from './audit-text.js';
