export { parseFactsFile } from './facts-file.js';
export { parseReportConfig, type ReportConfig } from './report-config.js';
export { loadReportData, type StoredReportData } from './from-store.js';
