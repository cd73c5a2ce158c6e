export {
  runActivityRecords,
  runActivityCsv,
  runActivityXlsx,
  type ActivityRunOptions,
  type ActivityRunResult,
} from './run-activity.js';
export { runRosterCsv, runRosterXlsx, type RosterRunOptions } from './run-roster.js';
export { calcCommand, calcInputSchema } from './calc.command.js';
