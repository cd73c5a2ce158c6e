import type { SourceLocation } from '../../core/index.js';

/** What a content index (or an omission statement) says about a disclosure. */
export const INDEX_STATUSES = ['reported', 'omitted', 'not_applicable'] as const;
/** One of {@link INDEX_STATUSES}. */
export type IndexStatus = (typeof INDEX_STATUSES)[number];

/** One disclosure of a report's content index: where the report answers it, or why it does not. */
export interface IndexEntry {
  /** Qualified code, `HKEX:A1.2` or `GRI:305-1`. */
  readonly code: string;
  readonly status: IndexStatus;
  /** The location as printed (section, page), '' when none. */
  readonly location: string;
  /** The reason printed for an omission or a "not applicable". */
  readonly reason?: string;
  readonly source: SourceLocation;
}
