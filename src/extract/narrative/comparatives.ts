import { readNumeral } from '../numbers/index.js';
import type { NarrativeFigure } from './read-figure.js';

/** A prior-year figure printed in brackets after the current one: "1,234 employees (2021: 1,100)". */
export interface Comparative {
  readonly figure: NarrativeFigure;
  readonly year: number;
  /** The current-year figure it compares with. */
  readonly of: NarrativeFigure;
}

const COMPARATIVE =
  /\(\s*(?:FY\s?)?((?:19|20)\d{2})\s*[:：]\s*(?:RMB|HK\$|US\$|\$)?\s*(\d[\d,.]*)\s*(%|million|billion|thousand)?[^()]{0,30}\)/gi;

/**
 * Comparatives in a sentence. HKEX reports print the prior year in brackets right after a figure;
 * the bracketed value has the unit of the figure before it unless it prints its own "%".
 */
export function findComparatives(
  sentence: string,
  figures: readonly NarrativeFigure[],
  reportYear: number,
): Comparative[] {
  const out: Comparative[] = [];
  for (const m of sentence.matchAll(COMPARATIVE)) {
    const year = Number(m[1]);
    const value = readNumeral(m[2] ?? '');
    const of = [...figures].reverse().find((f) => f.end <= m.index);
    if (!of || value === undefined || year > reportYear || m.index - of.end > 40) continue;
    const unit = m[3] === '%' ? '%' : of.unit;
    const at = m.index + m[0].indexOf(m[2] ?? '', m[0].indexOf(m[1] ?? '') + 4);
    out.push({ figure: { ...of, value, unit, at, start: m.index, end: m.index + m[0].length }, year, of });
    if (out.length >= 10) break;
  }
  return out;
}
