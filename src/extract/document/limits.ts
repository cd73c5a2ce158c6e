/**
 * Bounds on the work a reader does, so hostile or accidental input (a 50 MB log, a megabyte-long line,
 * a 10,000-page scan) gets a clear error or a bounded result instead of a hang. A real ESG report is
 * a few hundred kilobytes of text or a few hundred PDF pages, far inside these.
 */
export interface ReadLimits {
  /** Largest text file accepted, in bytes. */
  readonly maxTextBytes: number;
  /** Longest line kept whole, in characters; longer lines are cut and marked `truncated`. */
  readonly maxLineChars: number;
  /** Most non-blank lines a text file may have. */
  readonly maxLines: number;
  /** Largest PDF accepted, in bytes. */
  readonly maxPdfBytes: number;
  /** Most pages read from a PDF. */
  readonly maxPages: number;
  /** Wall-clock budget for reading one PDF, in milliseconds. */
  readonly pdfTimeoutMs: number;
}

/** The limits used when the caller gives none. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxTextBytes: 32 * 1024 * 1024,
  maxLineChars: 20_000,
  maxLines: 1_000_000,
  maxPdfBytes: 200 * 1024 * 1024,
  maxPages: 2_000,
  pdfTimeoutMs: 120_000,
};

/** `n` bytes as a short human figure ("50.0 MB"). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
