export { parseFactsFile } from './facts-file.js';
export { parseReportConfig, type ReportConfig } from './report-config.js';
export { loadReportData, type StoredReportData } from './from-store.js';
export {
  loadStoredDisclosures,
  materialityInputOf,
  mergeDisclosures,
  type StoredDisclosures,
} from './stored-disclosures.js';
export { narrativeSlots, requirementText } from './narrative-slots.js';
export { reportInputFromStore } from './stored-report.js';
