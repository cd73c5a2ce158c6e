export { EntryPage } from './entry-page.js';
export { DEFAULT_ENTRY_METRICS, enterableForSite, siteFigure } from './entry-metrics.js';
