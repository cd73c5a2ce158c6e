import { readNumeral } from '../numbers/index.js';
import type { NumberToken } from '../numbers/index.js';
import { COMPARED_BEFORE, YEAR_AFTER } from './figure-year.js';
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

// How far back the figure a bare comparative repeats may be ("1,234 employees, compared with 1,100").
const COMPARED_REACH = 120;

/**
 * A bare number set against a figure before it and dated by the words after it: "the Group had
 * 1,234 employees, compared with 1,100 in 2021", "up from 1,100 in the previous year". It is read in
 * the unit of that figure; without a year after it, it is not read at all.
 */
export function inlineComparative(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const of = figures[figures.length - 1];
  if (!of || t.start - of.end > COMPARED_REACH || t.rightGlued !== '') return undefined;
  if (!COMPARED_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return undefined;
  if (!YEAR_AFTER.test(sentence.slice(t.end, t.end + 60))) return undefined;
  return { ...of, value: t.value, at: t.start, start: t.start, end: t.end };
}
