export {
  makeFinding,
  sourcesOf,
  severityFor,
  type CheckFinding,
  type FindingDraft,
} from './check-finding.js';
export {
  placesOf,
  decimalString,
  showNumber,
  showFigure,
  printedDigits,
  withUnit,
  showRange,
  whereOf,
  nameOf,
} from './format.js';
