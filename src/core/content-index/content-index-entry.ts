import type { SourceLocation } from '../fact/index.js';

/** How a report's content index (or an omission statement) marks a disclosure (spec/extract-output.md `index[].status`). */
export const INDEX_STATUSES = ['reported', 'omitted', 'not_applicable'] as const;
/** One of {@link INDEX_STATUSES}. */
export type IndexStatus = (typeof INDEX_STATUSES)[number];

/**
 * One disclosure of a report's content index: where the report answers it, or why it does not.
 * Extraction produces it, coverage checks read it (spec/extract-output.md `index[]`).
 */
export interface ContentIndexEntry {
  /** Qualified code, `HKEX:A1.2` or `GRI:305-1` (other printed forms are normalised). */
  readonly code: string;
  readonly status: IndexStatus;
  /** The location as printed (section, page), '' when none. */
  readonly location: string;
  /** The reason printed for an omission or a "not applicable". */
  readonly reason?: string;
  /** Where the index row is printed. */
  readonly source: SourceLocation;
  /**
   * What the row comes from when it is no printed row (its `source` then empty): the preparer's stored
   * narrative or omission explanation, e.g. `narrative HKEX:B2, version 3`.
   */
  readonly origin?: string;
}
