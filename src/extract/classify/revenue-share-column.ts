import type { Mention } from '../mention/index.js';
import type { PrintedUnit } from './printed-unit.js';

// "% of Turnover", "Percentage of total revenue", "Share of net sales (of the entity)": a column of
// each activity's or segment's share of revenue (BRSR Section A Q16 prints one beside the business
// activities), its figures percentages even where the unit sits only in the heading.
const SHARE_OF_REVENUE =
  /(?:%|\bper\s?cent(?:age)?|\bshare)\s+of\s+(?:the\s+)?(?:total\s+)?(?:turnover|revenues?|net\s+sales|sales)\b[^%\d]{0,30}$/i;

/**
 * Whether a table figure printed without a unit (or as a percentage) stands under a heading naming a
 * share of revenue: the heading of its own column, or a table heading read as one line whose last
 * column it is. Such a figure is a part of revenue in per cent, never the revenue itself.
 */
export function underRevenueShare(m: Mention, printed: PrintedUnit | undefined): boolean {
  if (m.kind !== 'table' || (printed !== undefined && printed.unit.dimension !== 'fraction')) return false;
  if (m.column !== undefined) return SHARE_OF_REVENUE.test(m.column);
  return m.context.some((c) => SHARE_OF_REVENUE.test(c.trim()));
}
