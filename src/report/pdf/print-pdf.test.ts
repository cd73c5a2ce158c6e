import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFramework } from '../../core/index.js';
import { renderCharts } from '../charts/index.js';
import { renderHtml, tocEntries } from '../html/index.js';
import { buildReport, type Explanation } from '../model/index.js';
import { sampleInput } from '../testing/sample-report.js';
import { CHROMIUM_HEADLESS_SHELL, chromiumAvailable, DEFAULT_CHROMIUM, withBrowserPage } from './browser.js';
import { layoutPass, loadForPrint } from './layout-pass.js';
import { readNamedDestinations } from './named-destinations.js';
import { readPdfLayout } from './page-map.js';
import { printReportPdf } from './print-pdf.js';

const HEADINGS = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);
const explanations = Object.fromEntries(
  getFramework('hkex-c2')
    .items.filter((i) => !HEADINGS.has(i.kind))
    .map((i): [string, Explanation] => [
      i.code,
      { kind: 'not_applicable', reason: `no such activity (${i.code})` },
    ]),
);

const canPrint = chromiumAvailable() && existsSync('/usr/bin/pdftotext');
const why =
  'needs Debian chromium at /usr/bin/chromium and pdftotext (apt-get install chromium poppler-utils)';

/** The text of each page, read back with poppler's pdftotext (pages are separated by form feeds). */
function pagesOf(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'esgkit-pdf-test-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

// Both Debian browsers esgkit prints with, where installed: the headless shell is preferred, chromium
// is what most machines have.
const browsers = [CHROMIUM_HEADLESS_SHELL, DEFAULT_CHROMIUM].filter((b) => existsSync(b));

describe.skipIf(!canPrint)(`printReportPdf (skipped unless it can print: ${why})`, () => {
  it.each(browsers)(
    'prints the report with page numbers, and its TOC and content-index page references match the PDF (%s)',
    { timeout: 120_000 },
    async (executablePath) => {
      const model = buildReport(sampleInput({ explanations }));
      expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const charts = await renderCharts(model.charts);
      const printed = await printReportPdf(model, { charts, executablePath });
      expect(printed.settled).toBe(true);
      expect(printed.passes).toBeGreaterThanOrEqual(2);
      // The pages were read from the PDF's own catalog, not through the slow pdfjs fallback.
      expect(readNamedDestinations(printed.pdf)?.pages).toEqual(printed.pages);
      const pages = pagesOf(printed.pdf);
      expect(pages).toHaveLength(printed.pageCount);
      expect(printed.pageCount).toBeGreaterThanOrEqual(8);
      pages.forEach((text, i) => {
        expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      expect(pages[0]).toContain('Harbourline Components Ltd.');
      expect(pages.join('\n')).not.toMatch(/Draft:/);

      // The TOC prints, after each title, the page that title's section starts on.
      const toc = pages[1] ?? '';
      for (const entry of tocEntries(model, charts)) {
        const line = toc.split('\n').find((l) => l.trim().startsWith(entry.title));
        const printedPage = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
        expect(printedPage, entry.title).toBe(printed.pages.get(entry.anchor));
        expect(pages[printedPage - 1], `${entry.title} on page ${printedPage}`).toContain(entry.title);
      }

      // The content index cites B1.1 at the B1 table's first row, on the page that row is printed on.
      const indexStart = printed.pages.get('content-index') ?? 1;
      const indexText = pages.slice(indexStart - 1).join('\n');
      const b11 = /B1\.1\s+Total workforce.*?B1 Employment, p\. (\d+)/s.exec(indexText);
      const rowPage = Number(b11?.[1]);
      expect(pages[rowPage - 1]).toContain('Number of employees (headcount)');
      expect(indexText).toContain('Not applicable: no such activity (A3.1)');
    },
  );

  it(
    'the first pass, with nothing painted, finds the pages a full print puts the anchors on',
    { timeout: 60_000 },
    async () => {
      const model = buildReport(sampleInput({ explanations }));
      const html = renderHtml(model, {
        charts: await renderCharts(model.charts),
        pageRefs: { kind: 'placeholder' },
      });
      const [measured, full, text] = await withBrowserPage(async (page) => {
        await loadForPrint(page, html);
        const layout = await layoutPass(page);
        const pdf = new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        return [layout, await readPdfLayout(pdf), pagesOf(pdf)] as const;
      });
      expect(measured.pages.size).toBeGreaterThan(10);
      expect(measured).toEqual(full);
      // The hiding style is gone again: the full print has the text.
      expect(text[(full.pages.get('content-index') ?? 1) - 1]).toContain('Content index');
    },
  );

  it('saves a screenshot of the report page as a test artefact', { timeout: 60_000 }, async () => {
    const model = buildReport(sampleInput({ explanations }));
    const html = renderHtml(model, { charts: await renderCharts(model.charts) });
    mkdirSync('test-artifacts', { recursive: true });
    const counts = await withBrowserPage(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: 'test-artifacts/report-page.png', fullPage: false });
      const d = await page.locator('#section-D').boundingBox();
      if (d)
        await page.screenshot({
          path: 'test-artifacts/report-kpi-table.png',
          fullPage: true,
          clip: { x: 0, y: d.y, width: 1280, height: 900 },
        });
      return { tables: await page.locator('table.kpi').count(), svgs: await page.locator('svg').count() };
    });
    expect(counts.tables).toBe(model.sections.filter((s) => s.table).length);
    expect(counts.svgs).toBe(model.charts.length);
    expect(existsSync('test-artifacts/report-page.png')).toBe(true);
  });
});
