import { EsgError } from '../../../core/index.js';
import type { Doc } from '../doc.js';
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from '../limits.js';
import { sha256Hex } from '../sha256.js';
import { hasEndMarker, openPdf, pdfOpenError } from './pdfjs.js';
import { readPages } from './read-pages.js';

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
  return readPdfBytes(bytes, source, limits, false);
}

/**
 * {@link readPdf}, with `owned` saying whether pdfjs may take over (detach) the bytes' buffer instead
 * of copying it: true only for bytes nobody else holds, such as a file the caller just read.
 */
export async function readPdfBytes(
  bytes: Uint8Array,
  source: string,
  limits: ReadLimits,
  owned: boolean,
): Promise<Doc> {
  if (bytes.length > limits.maxPdfBytes) {
    throw new EsgError(
      'INVALID_INPUT',
      `${source} is ${formatBytes(bytes.length)}; PDFs are read up to ${formatBytes(limits.maxPdfBytes)}`,
    );
  }
  // Everything needed from the bytes is taken now: once opened, pdfjs may have detached them.
  const sha256 = sha256Hex(bytes);
  const complete = hasEndMarker(bytes);
  const started = Date.now();
  const bounded = <T>(p: Promise<T>): Promise<T> => withDeadline(p, started, limits, source);
  const { task, doc } = await bounded(openPdf(bytes, owned));
  try {
    if (doc.numPages > limits.maxPages) {
      throw new EsgError(
        'INVALID_INPUT',
        `${source} has ${doc.numPages} pages; PDFs are read up to ${limits.maxPages} pages`,
      );
    }
    const read = await readPages(doc, bounded);
    if (read.failed.length === doc.numPages) throw pdfOpenError(read.lastError, complete);
    if (read.chars < MIN_CHARS_PER_PAGE * doc.numPages && read.lines.length < doc.numPages) {
      throw new EsgError(
        'UNSUPPORTED',
        `${source} has no text layer (its pages are images, e.g. a scan); it needs OCR first ` +
          '(for example `ocrmypdf in.pdf out.pdf`), then esgkit can read it',
      );
    }
    const warnings = [
      ...(complete ? [] : ['the file has no end-of-file marker; it may be truncated']),
      ...(read.failed.length > 0
        ? [`pages ${read.failed.join(', ')} could not be read and were skipped`]
        : []),
    ];
    const base = { source, kind: 'pdf' as const, sha256, pages: doc.numPages, lines: read.lines };
    return warnings.length > 0 ? { ...base, warnings } : base;
  } finally {
    await task.destroy();
  }
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
