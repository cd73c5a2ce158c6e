import type { DisclosureLevel, IndexStatus, SourceLocation } from '../../core/index.js';

/** What coverage concludes for a disclosure. */
export const COVERAGE_STATUSES = ['disclosed', 'explained', 'missing'] as const;
/** One of {@link COVERAGE_STATUSES}. */
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** One disclosure of the framework and what the report does about it. */
export interface CoverageItem {
  /** Qualified code, e.g. `HKEX:A1.2`. */
  readonly code: string;
  readonly title: string;
  readonly level: DisclosureLevel;
  readonly status: CoverageStatus;
  /** The index's location for a disclosed item, or its reason for an explained one. */
  readonly location?: string;
  /** How many facts answer this disclosure. */
  readonly facts: number;
  readonly quantitative: boolean;
  /** How the report's own index marks it, when the index lists it. */
  readonly indexStatus?: IndexStatus;
  /** Where the index row is printed. */
  readonly source?: SourceLocation;
  /** What answers it when no printed row does: a stored narrative or explanation (the entry's `origin`). */
  readonly origin?: string;
}

/** Coverage of a report against one framework, items in level order then catalogue order. */
export interface Coverage {
  readonly framework: string;
  readonly items: readonly CoverageItem[];
}
