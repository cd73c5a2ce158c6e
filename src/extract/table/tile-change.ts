import type { ReportLine } from '../layout/index.js';
import { opensOnFigureFirstChange } from '../narrative/index.js';

/**
 * A value-first tile worded as a change ("11.6% reduction in Scope 1", "14.2% revenue growth",
 * "−8% water withdrawal reduction", "11.5% ירידה בפליטות"), as the one sentence the prose reader's
 * stated changes read it as.
 */

// A tile's name that opens on a change ("reduction in …", "less flaring", "lower water use per hl").
const CHANGE_FIRST =
  /^(reduction|decrease|decline|drop|fall|cut|increase|rise|growth|less|lower|fewer|more|higher)\b\s*(.*)$/i;
// A tile's name that ends on a change ("revenue growth", "water withdrawal reduction vs 2024"): the words
// before it are what changed, a year after it what it is set against.
const CHANGE_LAST =
  /^(.*?\p{L}.*?)\s+(reduction|decrease|decline|drop|fall|cut|increase|rise|growth)((?:\s+(?:vs\.?|versus|compared\s+(?:with|to)|against|on|from|since)\s+(?:FY\s?)?(?:19|20)\d{2})?)$/iu;
const RISING = /^(?:increase|rise|growth|more|higher)$/i;

/** Whether a tile's name says its percentage is a change, in English or a language printing the figure first. */
export function isChangeName(description: string): boolean {
  const words = description.replace(/[.;,]+$/, '').trim();
  return CHANGE_FIRST.test(words) || CHANGE_LAST.test(words) || opensOnFigureFirstChange(words);
}

/**
 * The sentence a percentage tile worded as a change reads as, or undefined. A sign printed before the
 * percentage says which way when the word does not: "−3% revenue growth" is a fall; the sign of
 * "−8% water use reduction" repeats its word.
 */
export function tileChangeText(value: string, description: string): string | undefined {
  const words = description.replace(/[.;,]+$/, '').trim();
  const falling = value.startsWith('-');
  const percent = value.replace(/^[-+]/, '');
  const first = CHANGE_FIRST.exec(words);
  if (first) {
    const [, word = '', rest = ''] = first;
    // "21.3% less flaring emissions" is a tile's "21.3% decrease in flaring emissions".
    const named = /^(?:less|lower|fewer)$/i.test(word)
      ? `decrease in ${rest}`
      : /^(?:more|higher)$/i.test(word)
        ? `increase in ${rest}`
        : `${falling && RISING.test(word) ? 'decrease' : word} ${rest}`;
    return `${percent}% ${named.trim()}.`;
  }
  const last = CHANGE_LAST.exec(words);
  if (last) {
    const [, subject = '', word = '', against = ''] = last;
    const down = falling || !RISING.test(word);
    return `${percent}% ${down ? 'decrease' : 'increase'} in ${subject}${against}.`;
  }
  return !falling && opensOnFigureFirstChange(words) ? `${percent}% ${words}.` : undefined;
}

/** The tile's line with the sentence it reads as, or undefined for a tile that states no change. */
export function tileChangeLine(
  line: ReportLine,
  value: string,
  unit: string,
  description: string,
): ReportLine | undefined {
  if (unit !== '%') return undefined;
  const text = tileChangeText(value, description);
  return text === undefined ? undefined : { ...line, cells: [text], text, raw: text };
}
