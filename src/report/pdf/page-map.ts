import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EsgError } from '../../core/index.js';
import { readNamedDestinations } from './named-destinations.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** What a printed PDF says about its layout: its page count and the page each anchor landed on. */
export interface PdfLayout {
  readonly pageCount: number;
  /** HTML id → 1-based page. Chromium writes a named destination for every id an internal link targets. */
  readonly pages: ReadonlyMap<string, number>;
}

/** Reads page count and named destinations from a PDF esgkit printed (nothing is executed or fetched). */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  return readNamedDestinations(bytes) ?? readPdfLayoutWithPdfJs(bytes);
}

/** {@link readPdfLayout} through pdfjs, for PDFs laid out in ways the direct reader does not handle. */
export async function readPdfLayoutWithPdfJs(bytes: Uint8Array): Promise<PdfLayout> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdfjs transfers the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages = new Map<string, number>();
    const dests = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, dest] of Object.entries(dests)) {
      const ref = dest?.[0];
      if (ref === undefined || ref === null) continue;
      const index =
        typeof ref === 'number' ? ref : await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0]);
      pages.set(name, index + 1);
    }
    return { pageCount: doc.numPages, pages };
  } catch (e) {
    throw new EsgError(
      'INVALID_INPUT',
      `the printed PDF could not be read back: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  } finally {
    await task.destroy();
  }
}
