import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EsgError } from '../../../core/index.js';
import type { Doc, DocLine } from '../doc.js';
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from '../limits.js';
import { sha256Hex } from '../sha256.js';
import { layoutPage } from './page-layout.js';
import { hasEndMarker, openPdf, pdfOpenError } from './pdfjs.js';
import { pageText } from './text-run.js';

/** Fewer visible characters than this per page on average means the PDF has no text layer. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * Read a PDF's text layer into a {@link Doc}: per page, text runs → lines by baseline → cells at wide
 * gaps, side-by-side columns read one after the other, page numbers kept. Faults throw
 * {@link EsgError}: encrypted, corrupt or truncated files, no text layer (needs OCR), over the limits.
 */
export async function readPdf(
  bytes: Uint8Array,
  source: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<Doc> {
  if (bytes.length > limits.maxPdfBytes) {
    throw new EsgError(
      'INVALID_INPUT',
      `${source} is ${formatBytes(bytes.length)}; PDFs are read up to ${formatBytes(limits.maxPdfBytes)}`,
    );
  }
  const started = Date.now();
  const { task, doc } = await withDeadline(openPdf(bytes), started, limits, source);
  try {
    if (doc.numPages > limits.maxPages) {
      throw new EsgError(
        'INVALID_INPUT',
        `${source} has ${doc.numPages} pages; PDFs are read up to ${limits.maxPages} pages`,
      );
    }
    const read = await readPages(doc, bytes, (p) => withDeadline(p, started, limits, source));
    const warnings = [...read.warnings];
    if (!hasEndMarker(bytes)) warnings.unshift('the file has no end-of-file marker; it may be truncated');
    if (read.chars < MIN_CHARS_PER_PAGE * doc.numPages && read.lines.length < doc.numPages) {
      throw new EsgError(
        'UNSUPPORTED',
        `${source} has no text layer (its pages are images, e.g. a scan); it needs OCR first ` +
          '(for example `ocrmypdf in.pdf out.pdf`), then esgkit can read it',
      );
    }
    const base = {
      source,
      kind: 'pdf' as const,
      sha256: sha256Hex(bytes),
      pages: doc.numPages,
      lines: read.lines,
    };
    return warnings.length > 0 ? { ...base, warnings } : base;
  } finally {
    await task.destroy();
  }
}

interface PagesRead {
  lines: DocLine[];
  chars: number;
  warnings: string[];
}

async function readPages(
  doc: PDFDocumentProxy,
  bytes: Uint8Array,
  bounded: <T>(p: Promise<T>) => Promise<T>,
): Promise<PagesRead> {
  const out: PagesRead = { lines: [], chars: 0, warnings: [] };
  const failed: number[] = [];
  let lastError: unknown;
  for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
    try {
      const page = await bounded(doc.getPage(pageNo));
      const text = await bounded(pageText(page));
      page.cleanup();
      for (const line of layoutPage(text.runs)) {
        const cells = line.cells;
        out.chars += cells.reduce((n, c) => n + c.text.length, 0);
        const no = out.lines.length + 1;
        const y = Math.round(line.y * 10) / 10;
        out.lines.push({
          no,
          page: pageNo,
          text: cells.map((c) => c.text).join('\t'),
          cells,
          y,
          column: line.column,
        });
      }
    } catch (e) {
      if (e instanceof EsgError) throw e;
      failed.push(pageNo);
      lastError = e;
    }
  }
  if (failed.length === doc.numPages) throw pdfOpenError(lastError, bytes);
  if (failed.length > 0) out.warnings.push(`pages ${failed.join(', ')} could not be read and were skipped`);
  return out;
}

/** Race `p` against what is left of the time budget for this PDF. */
function withDeadline<T>(p: Promise<T>, started: number, limits: ReadLimits, source: string): Promise<T> {
  const left = limits.pdfTimeoutMs - (Date.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        reject(
          new EsgError(
            'INVALID_INPUT',
            `reading ${source} took longer than ${Math.round(limits.pdfTimeoutMs / 1000)} s; the PDF may be ` +
              'malformed or far larger than a report',
          ),
        );
      },
      Math.max(0, left),
    );
  });
  return Promise.race([p, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
