import { findItem } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';

/**
 * A fact's codes: its metric's codes in the report's frameworks, plus the codes its section heading
 * prints ("Water withdrawal (303-3)"). When neither gives any, the disclosures the report's content
 * index points to the fact's section — the report saying "this section answers B6.3" —
 * quantitative disclosures first. Failing that, the metric's codes in other frameworks: an HKEX
 * report's Scope 3 figure still answers GRI 305-3 though the 2020 Guide has no Scope 3 KPI.
 */
export function sectionCodesFor(
  c: ClassifiedMention,
  headingCodes: readonly string[],
  indexCodes: readonly string[],
): string[] {
  const own = [...new Set([...c.codes, ...headingCodes])];
  if (own.length > 0) return own;
  const quantitative = (code: string): boolean => findItem(code)?.item.quantitative === true;
  const indexed = [...indexCodes.filter(quantitative), ...indexCodes.filter((code) => !quantitative(code))];
  return indexed.length > 0 ? indexed : [...c.otherCodes];
}
