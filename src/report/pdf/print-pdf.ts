import type { Page } from 'playwright-core';
import type { RenderedChart } from '../charts/index.js';
import { PAGE_PLACEHOLDER, renderHtml, type PageMap } from '../html/index.js';
import { escapeHtml } from '../markup/index.js';
import type { ReportModel } from '../model/index.js';
import { withBrowserPage, type BrowserOptions } from './browser.js';
import { layoutPass, loadForPrint } from './layout-pass.js';
import { readPdfLayout } from './page-map.js';

/** Options for {@link printReportPdf}. */
export interface PdfOptions extends BrowserOptions {
  /** The charts drawn, or their promise: then Chromium starts while echarts draws them. */
  readonly charts?: readonly RenderedChart[] | Promise<readonly RenderedChart[]>;
  /** Most passes (at least 2) before giving up on page references settling (a fill can move a break). */
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

async function print(page: Page, model: ReportModel): Promise<Uint8Array> {
  // No tagged PDF: Chromium's structure tree doubles the print time and quadruples the file size of a
  // 60-page report, which would miss issue 7's 10-second target.
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(model),
  });
  return new Uint8Array(pdf);
}

/**
 * Writes page numbers into the loaded page's references, exactly as {@link renderHtml} does with
 * `pageRefs: { kind: 'pages' }`, without parsing and laying out the whole document again.
 */
async function fillPageRefs(page: Page, pages: PageMap): Promise<void> {
  await page.evaluate(
    ([entries, placeholder]) => {
      // Runs in the page: a structural type stands in for the DOM types this Node project does not load.
      interface PageRefSpan {
        readonly dataset: Readonly<Record<string, string | undefined>>;
        textContent: string | null;
      }
      const doc = (
        globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<PageRefSpan> } }
      ).document;
      const byAnchor = new Map(entries);
      for (const span of doc.querySelectorAll('span.pageref')) {
        const n = byAnchor.get(span.dataset.anchor ?? '');
        span.textContent = `${span.dataset.prefix ?? ''}${n === undefined ? placeholder : String(n)}`;
      }
    },
    [[...pages], PAGE_PLACEHOLDER] as const,
  );
}

async function htmlOf(model: ReportModel, charts: Promise<readonly RenderedChart[]>): Promise<string> {
  return renderHtml(model, { charts: await charts, pageRefs: { kind: 'placeholder' } });
}

function sameRefs(a: PageMap, b: PageMap): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/**
 * Prints the report to PDF through Chromium in two passes (more if needed): the first, with nothing
 * painted, fixes where each section and KPI row lands; the second fills those page numbers into the
 * table of contents and the content index and prints; a further pass runs only if filling them moved a
 * page break. One browser and one loaded page serve every pass: a later pass only re-flows the changed
 * numbers, and each print's anchors are read from its catalog in milliseconds (named-destinations.ts).
 */
export async function printReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<PrintedPdf> {
  const maxPasses = options.maxPasses ?? 4;
  const charts = Promise.resolve(options.charts ?? []);
  // Handled here so a failure while Chromium starts is not an unhandled rejection; awaiting the
  // charts below still throws it.
  charts.catch(() => undefined);
  return withBrowserPage(async (page) => {
    await loadForPrint(page, await htmlOf(model, charts));
    let layout = await layoutPass(page);
    let passes = 1;
    let settled = false;
    let pdf: Uint8Array;
    do {
      await fillPageRefs(page, layout.pages);
      pdf = await print(page, model);
      passes++;
      const next = await readPdfLayout(pdf);
      settled = sameRefs(layout.pages, next.pages);
      layout = next;
    } while (!settled && passes < maxPasses);
    return { pdf, pageCount: layout.pageCount, pages: layout.pages, passes, settled };
  }, options);
}
