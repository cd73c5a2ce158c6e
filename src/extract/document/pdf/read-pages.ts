import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EsgError } from '../../../core/index.js';
import type { DocLine } from '../doc.js';
import { layoutPage } from './page-layout.js';
import { pageText, type PageText } from './text-run.js';

/**
 * Pages requested ahead of the one being laid out. pdfjs inflates content streams and fonts off
 * the main thread; a page in flight lets that wait overlap parsing. (On the loaded dev machine the
 * CPU time was the same with 1 and 4; the overlap can only shorten wall time.)
 */
const PAGES_IN_FLIGHT = 2;

/** What reading the pages gave: the lines, how much text they hold, the pages that failed. */
export interface PagesRead {
  readonly lines: DocLine[];
  readonly chars: number;
  readonly failed: readonly number[];
  /** The last page failure, to explain a document where every page failed. */
  readonly lastError?: unknown;
}

/**
 * Read every page's text and lay it out into numbered lines, in page order. A page pdfjs cannot
 * read is skipped and listed in `failed`; an {@link EsgError} (the time budget) stops the read.
 */
export async function readPages(
  doc: PDFDocumentProxy,
  bounded: <T>(p: Promise<T>) => Promise<T>,
): Promise<PagesRead> {
  const lines: DocLine[] = [];
  const failed: number[] = [];
  let chars = 0;
  let lastError: unknown;
  const inFlight = new Map<number, Promise<PageText>>();
  const request = (pageNo: number): void => {
    if (pageNo > doc.numPages || inFlight.has(pageNo)) return;
    const text = doc.getPage(pageNo).then(async (page) => {
      const t = await pageText(page);
      page.cleanup();
      return t;
    });
    text.catch(() => undefined); // handled when its turn comes; silences early rejections
    inFlight.set(pageNo, text);
  };
  for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
    for (let ahead = 0; ahead < PAGES_IN_FLIGHT; ahead++) request(pageNo + ahead);
    try {
      const text = await bounded(inFlight.get(pageNo) ?? Promise.reject(new Error('page not requested')));
      for (const line of layoutPage(text.runs)) {
        chars += line.cells.reduce((n, c) => n + c.text.length, 0);
        lines.push({
          no: lines.length + 1,
          page: pageNo,
          text: line.cells.map((c) => c.text).join('\t'),
          cells: line.cells,
          y: Math.round(line.y * 10) / 10,
          column: line.column,
        });
      }
    } catch (e) {
      if (e instanceof EsgError) throw e;
      failed.push(pageNo);
      lastError = e;
    } finally {
      inFlight.delete(pageNo);
    }
  }
  return { lines, chars, failed, lastError };
}
