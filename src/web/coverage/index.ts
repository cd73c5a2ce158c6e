export { CoveragePage } from './coverage-page.js';
export { coverageCounts, COVERAGE_LABELS, type CoverageCounts } from './coverage-counts.js';
