/**
 * How a printed number is meant: exactly (to its printed digits), as a lower or upper bound ("more
 * than 330", "300+", "below 5%"), or roughly ("about", "close to", "nearly"). Narrative figures carry
 * such words often; a rule may only call two figures contradictory when both are meant exactly.
 */
export const QUALIFIERS = ['exact', 'atLeast', 'atMost', 'about'] as const;
/** One of {@link QUALIFIERS}. */
export type Qualifier = (typeof QUALIFIERS)[number];

const AT_LEAST =
  /(?:more than|over|above|exceed(?:ed|ing|s)?|at least|no less than|not less than|in excess of|upwards of|≥|>=|>)\s*$/i;
const AT_MOST =
  /(?:less than|under|below|up to|at most|no more than|not more than|within|fewer than|≤|<=|<)\s*$/i;
const ABOUT =
  /(?:about|approximately|approx\.?|around|nearly|almost|close to|some|roughly|circa|~|≈|c\.)\s*$/i;
/** Currency and unit words that may stand between the qualifier and the number ("over RMB 3 million"). */
const BETWEEN = /(?:\s*(?:RMB|HK\$|US\$|HKD|USD|\$|¥|a total of|total of))*\s*$/i;

/**
 * Reads the qualifier printed just before (or the "+" just after) `printedValue` in `quote`.
 * `printedValue` is the number as printed with thousands separators removed; the quote keeps them.
 */
export function readQualifier(quote: string, printedValue: string): Qualifier {
  const plain = quote.replace(/(\d)[,\s](?=\d{3}(?!\d))/g, '$1');
  const at = findNumber(plain, printedValue);
  if (at < 0) return 'exact';
  const after = plain.slice(at + printedValue.length, at + printedValue.length + 2);
  if (/^\s?\+/.test(after)) return 'atLeast';
  const before = plain.slice(Math.max(0, at - 48), at).replace(BETWEEN, '');
  if (AT_LEAST.test(before)) return 'atLeast';
  if (AT_MOST.test(before)) return 'atMost';
  if (ABOUT.test(before)) return 'about';
  return 'exact';
}

/** Index of `value` in `text` standing as a whole number (not inside a longer one), or −1. */
function findNumber(text: string, value: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(value, from);
    if (at < 0) return -1;
    const prev = text[at - 1] ?? '';
    const next = text[at + value.length] ?? '';
    if (
      !/[\d.]/.test(prev) &&
      !/\d/.test(next) &&
      !(next === '.' && /\d/.test(text[at + value.length + 1] ?? ''))
    ) {
      return at;
    }
    from = at + 1;
  }
}
