export { appendAudit, listAuditLog, type AuditInput } from './audit-log.js';
export { actorFromText, actorToText } from './actor-text.js';
