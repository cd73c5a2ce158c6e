import type { ClaimBasis, ReportStatement } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { findCompany } from './company.js';
import { readClaims, type ClaimedFramework } from './frameworks.js';
import { findReportYear } from './report-year.js';
import { findReportStatements } from './report-statements.js';

/** What a report says about itself. */
export interface ReportMetadata {
  readonly company?: string;
  readonly reportYear?: number;
  readonly frameworks: readonly ClaimedFramework[];
  /** How the report claims a framework whose claims differ ("GRI-2021": with reference). */
  readonly claimBases: Partial<Record<ClaimedFramework, ClaimBasis>>;
  /** Where it states its board's ESG oversight, reporting principles and boundary. */
  readonly statements: readonly ReportStatement[];
}

/** Reads company, report year, claimed frameworks and the statements about the report itself. */
export function readMetadata(lines: readonly ReportLine[]): ReportMetadata {
  const company = findCompany(lines);
  const reportYear = findReportYear(lines);
  const claims = readClaims(lines, reportYear);
  return {
    ...(company === undefined ? {} : { company }),
    ...(reportYear === undefined ? {} : { reportYear }),
    frameworks: claims.frameworks,
    claimBases: claims.bases,
    statements: findReportStatements(lines),
  };
}
