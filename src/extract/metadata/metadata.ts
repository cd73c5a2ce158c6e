import type { ReportLine } from '../layout/index.js';
import { findCompany } from './company.js';
import { findFrameworks, type ClaimedFramework } from './frameworks.js';
import { findReportYear } from './report-year.js';

/** What a report says about itself. */
export interface ReportMetadata {
  readonly company?: string;
  readonly reportYear?: number;
  readonly frameworks: readonly ClaimedFramework[];
}

/** Reads company, report year and claimed frameworks from a report's lines. */
export function readMetadata(lines: readonly ReportLine[]): ReportMetadata {
  const company = findCompany(lines);
  const reportYear = findReportYear(lines);
  const frameworks = findFrameworks(lines, reportYear);
  return {
    ...(company === undefined ? {} : { company }),
    ...(reportYear === undefined ? {} : { reportYear }),
    frameworks,
  };
}
