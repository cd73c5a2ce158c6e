import type { CoverageItem } from './coverage-types.js';

/**
 * Where a coverage row's answer comes from, for a reader: the printed line or page of the index row or
 * statement ("l.569", "p.12", "l.569, p.12"), or, for a row the preparer wrote in the app, the stored
 * narrative or explanation ("narrative HKEX:B2, version 3"). Undefined when only figures answer it.
 */
export function coverageSource(item: CoverageItem): string | undefined {
  const at = [
    item.source?.line === undefined ? undefined : `l.${item.source.line}`,
    item.source?.page === undefined ? undefined : `p.${item.source.page}`,
  ].filter((p): p is string => p !== undefined);
  if (at.length > 0) return at.join(', ');
  return item.origin;
}
