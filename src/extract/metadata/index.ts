export { readMetadata, type ReportMetadata } from './metadata.js';
export { findCompany } from './company.js';
export { findReportYear } from './report-year.js';
export {
  findFrameworks,
  readClaims,
  CLAIMED_FRAMEWORKS,
  type ClaimedFramework,
  type FrameworkClaims,
} from './frameworks.js';
export { findReportStatements } from './report-statements.js';
