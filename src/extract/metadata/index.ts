export { readMetadata, type ReportMetadata } from './metadata.js';
export { findCompany } from './company.js';
export { findReportYear } from './report-year.js';
export { findFrameworks, CLAIMED_FRAMEWORKS, type ClaimedFramework } from './frameworks.js';
