import { findItem } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/**
 * A fact's codes: its metric's codes in the report's frameworks; when the metric has none there (or
 * no metric fits), the disclosures the report's own content index points to the fact's section —
 * the report saying "this section answers B6.3". Quantitative disclosures come first.
 */
export function sectionCodesFor(c: ClassifiedMention, sectionCodes: readonly string[]): string[] {
  if (c.codes.length > 0) return [...c.codes];
  const quantitative = (code: string): boolean => findItem(code)?.item.quantitative === true;
  return [...sectionCodes.filter(quantitative), ...sectionCodes.filter((code) => !quantitative(code))];
}
