import type { Dims, FactBasis } from '../../core/index.js';

/** How a figure was found: in a table cell or in a sentence. */
export const MENTION_KINDS = ['table', 'text'] as const;
/** One of {@link MENTION_KINDS}. */
export type MentionKind = (typeof MENTION_KINDS)[number];

/**
 * A figure found in a report before it is classified: the number as printed, the words around it
 * that say what it measures, its unit as printed, its year and where it is. Tables and sentences
 * both produce mentions; classification turns them into facts.
 */
export interface Mention {
  readonly kind: MentionKind;
  /** 1-based line of the value. */
  readonly line: number;
  readonly page?: number;
  /** What is measured: the row label, or the phrase a sentence attaches to the number. */
  readonly label: string;
  /** Wider context, general to specific: table caption, group label, column header. */
  readonly context: readonly string[];
  /**
   * How many leading `context` entries are background (a caption, a group label carried down from
   * rows above): they name the figure only when nothing more specific does.
   */
  readonly background?: number;
  /** The header of the value's column when it names a measure or a breakdown ("Female", "Asia"). */
  readonly column?: string;
  /** The headers of every figure column of the table (a table's row may be split across them by region). */
  readonly columns?: readonly string[];
  /** The number as printed, separators removed and printed scale kept ("51431.25"). */
  readonly value: string;
  /** The unit as printed, '' when none is printed. */
  readonly unit: string;
  /** The year the value is for; a target's year is its target year. */
  readonly year: number;
  readonly basis: FactBasis;
  /** The source snippet the value was read from. */
  readonly quote: string;
  /** Dimensions the layout itself gives (a group label "By region" over a row "Beijing"). */
  readonly dims: Dims;
  /** Read from a key-figures list ("Total water use | 18,402 m³"): it restates figures printed elsewhere. */
  readonly listed?: true;
  /** The table's columns name the company's sites beside the whole (`site-columns.ts`): its rows are measures, not sites. */
  readonly siteColumns?: true;
  /** The quantity of the total row printed below this row, when the rows above that total split it ("purchased electricity"). */
  readonly partOf?: string;
  /** The row is printed further in than a heading row over it ("Energy use in GJ" over "  natural gas"): one of its parts. */
  readonly headed?: true;
}
