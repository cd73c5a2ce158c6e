// The shape of a reporting framework's catalogue: what a disclosure is, how binding it is, and where
// it sits in the framework's tree. The catalogues themselves are data (`*.data.json` beside this file).

/** The frameworks esgkit ships catalogues for. */
export const FRAMEWORK_IDS = ['hkex-2020', 'hkex-c2', 'gri-2021'] as const;

/** One of {@link FRAMEWORK_IDS}. */
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** The prefixes of qualified codes: `HKEX:A1.2`, `GRI:305-1`. Both HKEX catalogues share `HKEX`. */
export const CODE_PREFIXES = ['HKEX', 'GRI'] as const;

/** One of {@link CODE_PREFIXES}. */
export type CodePrefix = (typeof CODE_PREFIXES)[number];

/**
 * How binding a disclosure is. HKEX uses all three words itself (Listing Rule 13.91); for GRI,
 * `mandatory` marks the disclosures GRI 1 (Requirement 6) allows no reason for omission for, and
 * `comply_or_explain` the rest, which may be omitted with a stated reason.
 */
export const DISCLOSURE_LEVELS = ['mandatory', 'comply_or_explain', 'recommended'] as const;

/** One of {@link DISCLOSURE_LEVELS}. */
export type DisclosureLevel = (typeof DISCLOSURE_LEVELS)[number];

/**
 * What a catalogue entry is. HKEX: `part` (Part B, Part D), `subject_area` (A, B), `aspect` (A1 … B8),
 * `general_disclosure`, `kpi`, `section` (a heading inside Part D, e.g. Strategy), `requirement` (a Part B
 * or Part D disclosure). GRI: `standard` (GRI 2, GRI 305 …) and `disclosure` (2-7, 305-1 …).
 */
export const ITEM_KINDS = [
  'part',
  'subject_area',
  'aspect',
  'general_disclosure',
  'kpi',
  'section',
  'requirement',
  'standard',
  'disclosure',
] as const;

/** One of {@link ITEM_KINDS}. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One entry of a framework: a disclosure, or a grouping (aspect, standard, part) above disclosures. */
export interface FrameworkItem {
  /** The code without prefix: `A1.2`, `A1.GD`, `D.metrics.ghg.scope1`, `305-1`, `305` (see each file's notes). */
  readonly code: string;
  /** A short title in our own words (the standards' text is copyrighted), recognisable to a reader. */
  readonly title: string;
  readonly level: DisclosureLevel;
  readonly kind: ItemKind;
  /** The code of the enclosing item, or null at the top. */
  readonly parent: string | null;
  /** True when the disclosure asks for numbers (amounts, counts, rates), not only a description. */
  readonly quantitative: boolean;
  /** Why a level or flag was chosen, phasing, or which edition a standard is. */
  readonly note?: string | undefined;
}

/** Where a catalogue's content comes from. */
export interface FrameworkSource {
  /** The official document the codes follow. */
  readonly document: string;
  readonly url: string;
  /** Other public material consulted to check the code list, with what each confirmed. */
  readonly consulted: readonly string[];
}

/** A framework's catalogue, validated. */
export interface Framework {
  readonly id: FrameworkId;
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  /** ISO date from which the framework applies (for HKEX: financial years starting on or after it). */
  readonly effective: string;
  readonly prefix: CodePrefix;
  readonly source: FrameworkSource;
  /** Decisions made when building the catalogue (code naming, flags), for a reader checking it. */
  readonly notes: readonly string[];
  readonly items: readonly FrameworkItem[];
  /** Codes of the publisher's earlier edition this one removed, and the items that now ask for the same. */
  readonly replaced?: readonly ReplacedCode[] | undefined;
}

/**
 * A disclosure an earlier edition had and this one removed (HKEX KPI A1.2 in Appendix C2), with the
 * items that took it over. Reports keep citing the old code in their content indexes, so an index row
 * for it answers its successors.
 */
export interface ReplacedCode {
  /** The removed code, without prefix (`A1.2`). */
  readonly code: string;
  /** The codes of this edition that ask for what it asked for. */
  readonly by: readonly string[];
  /** Where the standard says so. */
  readonly why: string;
}
