export { ActivityAggregator, type ActivityRecord } from './aggregator.js';
export { ActivityGroup, MAX_ROWS_LISTED } from './activity-group.js';
export { ExactSum, readPlainAmount, type ScaledAmount, type AmountReading } from './amount.js';
export { InvalidRowsError, type RowProblem } from './row-problem.js';
