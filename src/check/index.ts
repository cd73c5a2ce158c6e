// Facts → findings: coverage against a framework and arithmetic/consistency rules. Pure, no I/O.
export { checkFacts, type CheckInput, type CheckResult, type CheckedDocument } from './check-facts.js';
export {
  computeCoverage,
  coverageFindings,
  COVERAGE_STATUSES,
  type CoverageStatus,
  type CoverageItem,
  type Coverage,
} from './coverage/index.js';
export { RULES, type Rule, type RuleContext, type MetricView } from './rules/index.js';
export type { CheckFinding } from './finding/index.js';
export { figureOf, halfUnitOf, type Figure, type Interval, type Qualifier } from './precision/index.js';
export {
  renderCheck,
  renderCheckJson,
  renderCheckTable,
  renderCheckHtml,
  toCheckJson,
  escapeHtml,
  CHECK_FORMATS,
  type CheckFormat,
  type CheckJson,
} from './render/index.js';
