import { statedYears } from '../period/index.js';

/** The year and basis of a figure in a sentence. */
export interface FigureTime {
  readonly year: number;
  readonly basis: 'actual' | 'target';
}

// Words that make a clause forward-looking: a target, a plan or an expectation.
const TARGET_CUE =
  /\b(?:targets?|goals?|aims?\s+to|aiming\s+to|plans?\s+to|planned|planning\s+to|will|shall|strives?\s+to|expects?\s+to|expected\s+to|intends?\s+to|commit(?:s|ted)?\s+to)\b/i;
const FUTURE_YEAR =
  /\b(?:by|in|before|until|to)\s+(?:the\s+end\s+of\s+|the\s+year\s+)?(20\d\d)\b|\b(20\d\d)\b/g;

const YEAR_TAG = /^\s*\((?:FY|CY)\s?'?(\d{2}|\d{4})\)|^\s*\(((?:19|20)\d{2})\)/i;

/**
 * Dates a figure: a target clause takes the future year it names ("reach 50% by the end of 2026";
 * "600,000 tons and 900,000 tons by 2025 and 2030 respectively" pairs in order); an actual takes the
 * last year stated before it ("In February 2020, we donated …"), else `inherited`, else the report year.
 */
export function figureTime(
  sentence: string,
  at: number,
  reportYear: number,
  inherited: number | undefined,
  order: { index: number; count: number },
  end = at,
): FigureTime {
  // "2,207,000 mtCO2e (FY22)": a year in brackets right after a figure dates that figure.
  const tagged = YEAR_TAG.exec(sentence.slice(end, end + 16));
  if (tagged) {
    const printed = tagged[1] ?? tagged[2] ?? '';
    const y = printed.length === 2 ? 2000 + Number(printed) : Number(printed);
    if (y <= reportYear) return { year: y, basis: 'actual' };
  }
  const cue = TARGET_CUE.test(sentence);
  const future = [...sentence.matchAll(FUTURE_YEAR)]
    .map((m) => Number(m[1] ?? m[2]))
    .filter((y) => y > reportYear && y <= reportYear + 60);
  if (
    future.length > 0 &&
    (TARGET_CUE.test(sentence) || /\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b/i.test(sentence))
  ) {
    const paired = /\brespectively\b/i.test(sentence) && future.length === order.count;
    const year = paired ? (future[order.index] ?? future[0]) : future[0];
    return { year: year ?? reportYear, basis: 'target' };
  }
  const stated = statedYears(sentence.slice(0, at)).filter((y) => y.year <= reportYear);
  const last = stated[stated.length - 1]?.year;
  const basis = cue ? 'target' : 'actual';
  if (last !== undefined) return { year: last, basis };
  return { year: inherited ?? reportYear, basis };
}

/** The year a sentence sets for the sentences after it in its paragraph, if it sets one. */
export function paragraphYear(
  sentence: string,
  reportYear: number,
  current: number | undefined,
): number | undefined {
  if (/\b(?:reporting period|this year|the year|current year)\b/i.test(sentence)) return undefined;
  const years = statedYears(sentence).filter((y) => y.year <= reportYear);
  return years[years.length - 1]?.year ?? current;
}
