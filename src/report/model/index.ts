export { buildReport, YEARS_SHOWN } from './build-report.js';
export {
  EXPLANATION_KINDS,
  type ExplanationKind,
  type Explanation,
  type ExternalLocation,
  type BoundarySite,
  type ReportOrganisation,
  type ReportInput,
} from './report-input.js';
export type {
  FootnoteBody,
  Footnote,
  KpiCell,
  KpiRow,
  KpiTable,
  NarrativeBlock,
  AspectSection,
  ReportLocation,
  IndexStatus,
  ContentIndexRow,
  ReportIssue,
  FactorRow,
  MethodRow,
  DocumentRow,
  MethodsAppendix,
  ReportModel,
} from './report-model.js';
export {
  CHART_KINDS,
  CHART_SHAPES,
  type ChartKind,
  type ChartShape,
  type ChartSeries,
  type ChartSpec,
} from './chart-spec.js';
export { footnoteText, footnoteBody } from './footnotes.js';
export { FIXED_ANCHORS } from './content-index.js';
export { formatFigure, displayDecimals } from './figure-format.js';
