import type { Page } from 'playwright-core';
import { readPdfLayout, type PdfLayout } from './page-map.js';

/**
 * The viewport of A4's text column at 96 CSS px per inch: 210 mm less the report's 15 mm side margins
 * (report-css.ts `@page`), so the first layout already has the printed line breaks.
 */
const PRINT_VIEWPORT = { width: Math.round(((210 - 2 * 15) / 25.4) * 96), height: 1123 } as const;

/** Loads the report laid out for print (print media, the text column's width); nothing is fetched. */
export async function loadForPrint(page: Page, html: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(PRINT_VIEWPORT);
  await page.setContent(html, { waitUntil: 'load' });
}

// Hidden boxes keep their size and place, so page breaks do not move, and Chromium still writes a
// named destination for every link target; only painting the text and rules is skipped.
const HIDE_EVERYTHING = 'body * { visibility: hidden !important; }';

/**
 * Where each anchor lands, from a print with nothing painted and no footer (the footer sits in the
 * `@page` margin, outside the layout): the cheap first pass of {@link printReportPdf}.
 */
export async function layoutPass(page: Page): Promise<PdfLayout> {
  const style = await page.addStyleTag({ content: HIDE_EVERYTHING });
  try {
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return await readPdfLayout(new Uint8Array(pdf));
  } finally {
    // Runs in the page; a structural type stands in for the DOM types this Node project does not load.
    await style.evaluate((node) => {
      (node as unknown as { remove(): void }).remove();
    });
  }
}
