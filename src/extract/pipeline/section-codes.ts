import { findItem } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/**
 * A fact's codes: its metric's codes (in the report's frameworks); when the metric has none there,
 * the quantitative disclosures the report's own content index points to the fact's section — the
 * report saying "this section answers KPI B6.3".
 */
export function sectionCodesFor(c: ClassifiedMention, sectionCodes: readonly string[]): string[] {
  if (c.codes.length > 0) return [...c.codes];
  return sectionCodes.filter((code) => findItem(code)?.item.quantitative === true);
}
