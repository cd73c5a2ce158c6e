export {
  runActivityRecords,
  runActivityCsv,
  runActivityXlsx,
  type ActivityRunOptions,
  type ActivityRunResult,
} from './run-activity.js';
