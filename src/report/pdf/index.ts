export { printReportPdf, type PdfOptions, type PrintedPdf } from './print-pdf.js';
export { withBrowserPage, chromiumAvailable, DEFAULT_CHROMIUM, type BrowserOptions } from './browser.js';
export { readPdfLayout, type PdfLayout } from './page-map.js';
