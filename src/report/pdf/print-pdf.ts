import type { Page } from 'playwright-core';
import type { RenderedChart } from '../charts/index.js';
import { renderHtml, type PageMap, type PageRefs } from '../html/index.js';
import { escapeHtml } from '../markup/index.js';
import type { ReportModel } from '../model/index.js';
import { withBrowserPage, type BrowserOptions } from './browser.js';
import { readPdfLayout } from './page-map.js';

/** Options for {@link printReportPdf}. */
export interface PdfOptions extends BrowserOptions {
  readonly charts?: readonly RenderedChart[];
  /** Most prints before giving up on page references settling (each fill can move a page break). */
  readonly maxPasses?: number;
}

/** The PDF and what was read back from it. */
export interface PrintedPdf {
  readonly pdf: Uint8Array;
  readonly pageCount: number;
  /** Pages of the anchors the TOC and content index cite, as printed in the final pass. */
  readonly pages: PageMap;
  readonly passes: number;
  /** False when the page references still moved in the last pass (then they may be one page off). */
  readonly settled: boolean;
}

function footer(model: ReportModel): string {
  const who = escapeHtml(`${model.organisation.name} · ESG Report ${model.year}`);
  return `<div style="font:8px sans-serif;color:#5f6368;width:100%;padding:0 15mm;display:flex;justify-content:space-between"><span>${who}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

async function print(page: Page, html: string, model: ReportModel): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(model),
    outline: true,
    tagged: true,
  });
  return new Uint8Array(pdf);
}

function sameRefs(a: PageMap, b: PageMap): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/**
 * Prints the report to PDF through Chromium in two passes (more if needed): the first print fixes where
 * each section and KPI row lands; the second fills those page numbers into the table of contents and the
 * content index; a further pass runs only if filling them moved a page break.
 */
export async function printReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<PrintedPdf> {
  const maxPasses = options.maxPasses ?? 4;
  return withBrowserPage(async (page) => {
    let refs: PageRefs = { kind: 'placeholder' };
    let pdf = await print(page, renderHtml(model, { charts: options.charts ?? [], pageRefs: refs }), model);
    let layout = await readPdfLayout(pdf);
    let passes = 1;
    let settled = false;
    while (!settled && passes < maxPasses) {
      refs = { kind: 'pages', pages: layout.pages };
      pdf = await print(page, renderHtml(model, { charts: options.charts ?? [], pageRefs: refs }), model);
      passes++;
      const next = await readPdfLayout(pdf);
      settled = sameRefs(layout.pages, next.pages);
      layout = next;
    }
    return { pdf, pageCount: layout.pageCount, pages: layout.pages, passes, settled };
  }, options);
}
