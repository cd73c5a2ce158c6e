import { COVERAGE_STATUSES, type CoverageItemJson, type CoverageStatus } from '../client/index.js';

/** How many of a framework's disclosures are in each coverage status. */
export type CoverageCounts = Readonly<Record<CoverageStatus, number>> & { readonly total: number };

/** Counts a framework's coverage items by status; statuses the UI does not know count toward the total only. */
export function coverageCounts(items: readonly CoverageItemJson[]): CoverageCounts {
  const counts: Record<CoverageStatus, number> = { disclosed: 0, explained: 0, missing: 0 };
  for (const item of items) {
    const status = COVERAGE_STATUSES.find((s) => s === item.status);
    if (status !== undefined) counts[status] += 1;
  }
  return { ...counts, total: items.length };
}

/** Words for each coverage status (HKEX's "comply or explain": explained omissions are not gaps). */
export const COVERAGE_LABELS: Readonly<Record<CoverageStatus, string>> = {
  disclosed: 'Disclosed',
  explained: 'Omission explained',
  missing: 'Missing',
};
