export {
  renderReport,
  formatOfFile,
  REPORT_FORMATS,
  type ReportFormat,
  type RenderedReport,
} from './render-report.js';
