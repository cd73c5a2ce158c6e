/**
 * Finds the numbers printed in a run of text and reads them the way a report prints them:
 * comma thousands separators ("166,541,868.00"), a dot used as a thousands separator
 * ("315.000" tonnes), South Asian lakh grouping ("1,84,62,350"), and numbers glued to words ("RMB600,000", "32billion").
 * Only ASCII digits count: an Arabic-Indic "٩" in OCR debris is not a 9.
 */

/** One number found in a text. */
export interface NumberToken {
  /** Offsets of the number in the scanned text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The digits as printed, separators included. */
  readonly printed: string;
  /** Plain decimal string: separators removed, printed scale kept ("1,335" → "1335"). */
  readonly value: string;
  /** Letters glued to the left ("RMB" in "RMB600,000"). */
  readonly leftGlued: string;
  /** Letters glued to the right ("billion" in "32billion", "th" in "15th"). */
  readonly rightGlued: string;
}

// Digits grouped by a space, no-break or thin space ("36 916.68", ISO 80000-1 §7.3.1), unless the
// first group is a label's number ("Scope 1 100 tonnes", "Category 4 312"). A word starts where no letter
// of any script precedes it, so the last letter of "wyniosły" is no one-letter label ("A 100"). A label
// letter is a capital: lower-case "z", "o", "v", "w" are Czech, Slovak and Polish prepositions ("klesly z
// 25 418 t na …", "o 1 250 t"), whose number is whole. The label words are matched in any case.
const LABEL_WORDS = [
  'scope',
  'category',
  'tier',
  'class',
  'page',
  'table',
  'note',
  'phase',
  'level',
  'grade',
  'stage',
  'part',
  'step',
].map((w) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`));
const TOKEN = new RegExp(
  String.raw`(?<!(?<![\p{L}\p{N}_])(?:${LABEL_WORDS.join('|')}|[nN][oO]\.?|[A-Z]\d?)\s)\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?![\d,.]\d)|\d+(?:[,.]\d+)*`,
  'gu',
);

const THOUSANDS_MARK = /^000$/;

/** Reads a printed numeral to a plain decimal string, or undefined when it is not one number. */
export function readNumeral(printed: string): string | undefined {
  if (/^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?$/.test(printed))
    return printed.replace(/[ \u00a0\u2009\u202f]/g, '');
  if (/^\d+$/.test(printed)) return stripLeadingZeros(printed);
  if (/^\d+\.\d+$/.test(printed)) {
    // "315.000 tons": three zeros after a dot is a thousands separator, not a precision.
    if (/^[1-9]\d{0,2}\.000$/.test(printed)) return printed.replace('.', '');
    return stripLeadingZeros(printed);
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(printed)) return printed.replace(/,/g, '');
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(printed)) return printed.replace(/\./g, '');
  // South Asian grouping: lakh and crore ("1,84,62,350" is 18,462,350), as Indian, Bangladeshi and
  // Sri Lankan reports print it.
  if (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(printed)) return printed.replace(/,/g, '');
  return undefined;
}

function stripLeadingZeros(s: string): string {
  const out = s.replace(/^0+(?=\d)/, '');
  return out;
}

function gluedLetters(text: string, from: number, step: 1 | -1): string {
  let i = from;
  let out = '';
  while (i >= 0 && i < text.length && out.length < 12) {
    const ch = text.charAt(i);
    if (!/[A-Za-z$¥€£]/.test(ch)) break;
    out = step === 1 ? out + ch : ch + out;
    i += step;
  }
  return out;
}

/** Every number in `text`, left to right. Numerals that read as no single number are skipped. */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const printed = m[0];
    const start = m.index;
    const value = readNumeral(printed);
    // "(000 RSD)", "'000 EUR": three zeros alone are the thousands a unit counts in, never a figure (a
    // report prints zero as "0").
    if (value === undefined || THOUSANDS_MARK.test(printed)) continue;
    out.push({
      start,
      end: start + printed.length,
      printed,
      value,
      leftGlued: gluedLetters(text, start - 1, -1),
      rightGlued: gluedLetters(text, start + printed.length, 1),
    });
  }
  return out;
}
