import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EsgError } from '../../../core/index.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdfjs-dist, loaded on first use: it is large, so nothing should pay for it until a PDF is read.
 * Its legacy (Node) build bundles core-js, which replaces `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify` for the whole process with slower spec-edge-case polyfills (measured: JSON.parse
 * 45% slower). pdfjs does not need them on Node 20, so the natives are put back after loading.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importKeepingNatives();
  return pdfjs;
}

async function importKeepingNatives(): Promise<PdfJs> {
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true });
    Object.defineProperty(JSON, 'stringify', { value: stringify, writable: true, configurable: true });
  }
}

/** Where pdfjs finds its CMaps (for CJK fonts) and standard-font metrics: local files, never the network. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** Open a PDF from bytes with every feature that could run code or fetch anything turned off. */
export async function openPdf(
  bytes: Uint8Array,
  owned = false,
): Promise<{ task: PDFDocumentLoadingTask; doc: PDFDocumentProxy }> {
  const complete = hasEndMarker(bytes);
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    data: owned ? plainView(bytes) : plainCopy(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return { task, doc: await task.promise };
  } catch (e) {
    await task.destroy();
    throw pdfOpenError(e, complete);
  }
}

/** pdfjs transfers (detaches) the buffer it is given and refuses Buffers: hand it a plain copy. */
function plainCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

/** A plain Uint8Array over owned bytes, copied only if they share their buffer with other data. */
function plainView(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : plainCopy(bytes);
}

/** Map a pdfjs failure to an error a person can act on; `complete` says the file has its end marker. */
export function pdfOpenError(e: unknown, complete: boolean): EsgError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new EsgError(
      'UNSUPPORTED',
      'the PDF is encrypted with a password; remove the password (save an unprotected copy) and try again',
      { cause: e },
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  const hint = complete ? 'corrupt' : 'truncated (it has no end-of-file marker)';
  return new EsgError('INVALID_INPUT', `the PDF cannot be read; it looks ${hint}: ${detail}`, { cause: e });
}

/** True when `%%EOF` (ISO 32000-1 §7.5.5) appears in the last kilobyte, as it does in a complete file. */
export function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024);
  return tail.includes('%%EOF');
}
