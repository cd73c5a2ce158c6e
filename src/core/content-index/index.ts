export { INDEX_STATUSES, type IndexStatus, type ContentIndexEntry } from './content-index-entry.js';
export {
  CLAIM_BASES,
  REPORT_STATEMENT_KINDS,
  type ClaimBasis,
  type ReportStatementKind,
  type ReportStatement,
} from './report-claims.js';
