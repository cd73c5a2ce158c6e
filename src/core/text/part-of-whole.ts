import words from './part-of-whole-words.data.json' with { type: 'json' };

const alternatives = (key: 'ofWhom' | 'thatIs'): string => words.languages.flatMap((l) => l[key]).join('|');

/** The words that take a part from a whole just counted, in every language read ("of whom", "dont", "neist"). */
export const OF_WHOM_WORDS = alternatives('ofWhom');

// A count as a sentence prints it once its decimal commas are read: thousands by commas or spaces.
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?![.,]?\d)`;
/**
 * "612 people worked for us, of whom 216 women (", "1 234 salariés, dont 456 femmes, soit ": the whole
 * a clause counts, the part the next takes from it, and no other figure, share or bracket before the share.
 */
const OF_WHOM_BEFORE = new RegExp(
  String.raw`(?<![\d.,])${COUNT}\s+\p{L}[^\d%();]{0,40}?,?\s+(?<!\p{L})(?:${OF_WHOM_WORDS})(?!\p{L})[\s:]+${COUNT}[^\d%();]{0,60}?(?:\(\s*)?$`,
  'iu',
);
// The words that restate a part as its share, ending the text before it: "…, or ", "…, soit ", "… ehk ".
const THAT_IS_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${alternatives('thatIs')})(?!\p{L})\s*(?:about\s+)?$`,
  'iu',
);

/** A part and the whole it is taken from, each as printed. */
export interface PrintedPart {
  readonly part: string;
  readonly whole: string;
}

/**
 * The part and whole a share restates when the words before it count a whole and take a part "of
 * whom" (in any language of part-of-whole-words.data.json): "612 people, of whom 216 women (35.3%)",
 * "dont 456 femmes, soit 37.0%", "… 216 were women, representing 35.3% of the workforce". The share
 * must sit in brackets, follow a word that restates the part, or say it is "of" something; `before`
 * is the text up to the share's number and `after` the text from its end (its "%" first).
 */
export function partOfWholeBefore(before: string, after: string): PrintedPart | undefined {
  const m = OF_WHOM_BEFORE.exec(before);
  if (!m?.[1] || !m[2]) return undefined;
  const bracketed = /\(\s*$/.test(before) && /^\s*%\s*\)/.test(after);
  const restated = THAT_IS_BEFORE.test(before) && /^\s*%/.test(after);
  const ofSomething = /^\s*%\s*(?:of\b|\))/i.test(after);
  return bracketed || restated || ofSomething ? { part: m[2], whole: m[1] } : undefined;
}

// "Of which seconded", "davon Inland", "у т. ч. мобілізовані": the words open the label, a colon may follow.
const PART_LEAD = new RegExp(String.raw`^\s*(?:${OF_WHOM_WORDS})(?!\p{L})\s*:?\s*`, 'iu');

/**
 * The words that open a table row taking a part from the row above ("of which", "davon", "w tym",
 * "у т. ч.", any language of part-of-whole-words.data.json) with what follows them, or undefined.
 */
export function partRowLead(label: string): string | undefined {
  return PART_LEAD.exec(label)?.[0];
}
