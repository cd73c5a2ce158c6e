export { toReportLines, filledCells, type ReportLine } from './report-line.js';
export { findRunningHeaders } from './running-headers.js';
export { findContentsPage } from './contents-page.js';
export { isBareFigure } from './bare-figure.js';
export { gapBetween, overlaps, placeCells, spansOf, type Place, type Span } from './spans.js';
export { isChangeHeading } from './change-heading.js';
export { isStandardHeading } from './standard-heading.js';
export { isRuleLine } from './rule-line.js';
export { statesPriorYear } from './table-markup.js';
