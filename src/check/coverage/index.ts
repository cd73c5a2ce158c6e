export {
  COVERAGE_STATUSES,
  type CoverageStatus,
  type CoverageItem,
  type Coverage,
} from './coverage-types.js';
export { computeCoverage, type CoverageInput } from './coverage.js';
export { coverageFindings } from './coverage-findings.js';
export { coverageSource } from './coverage-source.js';
