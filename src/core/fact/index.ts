export { FACT_STATUSES, FACT_BASES, type Fact, type FactStatus, type FactBasis, type Dims } from './fact.js';
export { calendarYear, type Period } from './period.js';
export {
  PROVENANCE_KINDS,
  type Provenance,
  type DocumentProvenance,
  type CalculationProvenance,
  type EntryProvenance,
  type CalculationInput,
  type FactorUse,
  type SourceLocation,
} from './provenance.js';
export { SEVERITIES, type Finding, type Severity } from './finding.js';
export {
  STATED_CHANGE_METRIC,
  STATED_CHANGE_DIMS,
  STATED_CHANGE_DIRECTIONS,
  type StatedChangeDims,
} from './stated-change.js';
export type { ActorJson, FactContentJson, FactJson } from './fact-json.js';
