/** Text encodings the text reader recognises (WHATWG Encoding names). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;

/** One of {@link TEXT_ENCODINGS}. */
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * A document as the extractor sees it: numbered lines of cells, whatever the input format. A text
 * report gives one line per text line (cells split on tabs); a PDF gives the lines its text items form
 * on each page (cells split where the horizontal gap between items is wide), so one table
 * reconstruction serves both.
 */
export interface Doc {
  /** File name (or caller-given identifier) of the document. */
  readonly source: string;
  readonly kind: 'text' | 'pdf';
  /** SHA-256 of the input bytes, hex. */
  readonly sha256: string;
  /** Number of pages (PDF only). */
  readonly pages?: number;
  /** The encoding the bytes were decoded from (text only). */
  readonly encoding?: TextEncoding;
  /**
   * The document's lines in reading order. Blank lines are left out; `no` keeps the file's own
   * numbering, so a gap in `no` marks blank lines.
   */
  readonly lines: readonly DocLine[];
  /** Problems met while reading that did not stop it (a page skipped, a truncated file). */
  readonly warnings?: readonly string[];
}

/** One line of the document. */
export interface DocLine {
  /** 1-based line number in the whole document (the text file's line; for a PDF, in reading order). */
  readonly no: number;
  /** 1-based page (PDF; for text, only when page breaks are known). */
  readonly page?: number;
  /** The line's text, cells joined by a tab. */
  readonly text: string;
  readonly cells: readonly Cell[];
  /** Set when the line was longer than the reader's limit and was cut there. */
  readonly truncated?: true;
  /** Spaces before the line's text (text only): where space-aligned columns start on the line. */
  readonly indent?: number;
  /** Baseline in PDF points from the top of the page as displayed (PDF only). */
  readonly y?: number;
  /** Which side-by-side column of the page the line belongs to, 0 = leftmost (PDF only). */
  readonly column?: number;
}

/** A run of text separated from its neighbours by a tab (text) or a wide gap (PDF). */
export interface Cell {
  readonly text: string;
  /** Left and right edges in PDF points, when known. */
  readonly x?: number;
  readonly x2?: number;
  /** Font size in PDF points (PDF only). */
  readonly size?: number;
  /**
   * Footnote marks printed as superscripts after the text (PDF only), kept out of `text`: a PDF
   * printing "Scope 3" with a raised "1" gives text "Scope 3" and marks ["1"], where plain text
   * would read "Scope 31".
   */
  readonly marks?: readonly string[];
}
