export { printReportPdf, type PdfOptions, type PrintedPdf } from './print-pdf.js';
export {
  withBrowserPage,
  chromiumAvailable,
  chromiumPath,
  DEFAULT_CHROMIUM,
  CHROMIUM_HEADLESS_SHELL,
  type BrowserOptions,
} from './browser.js';
export { readPdfLayout, type PdfLayout } from './page-map.js';
