import { escapeRegExp, foldArabicLetters } from '../text/index.js';
import { dec, type Decimal } from '../quantity/index.js';
import { unitRegistry } from './registry.js';

/** A scale found at the start or end of a unit text, and the text left once it is removed. */
export interface ScaleMatch {
  readonly factor: Decimal;
  readonly word: string;
  readonly rest: string;
}

interface ScaleTables {
  readonly factorOf: ReadonlyMap<string, Decimal>;
  readonly prefix: RegExp;
  readonly suffix: RegExp;
}

const tables = new Map<boolean, ScaleTables>();

// A letter of the alphabets whose scale words need a boundary: Latin, Greek, Cyrillic, Georgian.
const LETTER = '[a-z\\u0386-\\u03ce\\u0400-\\u04ff\\u10d0-\\u10ff]';
const STARTS_WITH_LETTER = new RegExp(`^${LETTER}`, 'i');
const ENDS_WITH_LETTER = new RegExp(`${LETTER}$`, 'i');

/**
 * A word must not run into the next letter ("m" is not the start of "mg", Cyrillic "тыс", Greek
 * "χιλιάδες" or Georgian "ათ." not of a longer word); CJK words need no boundary.
 */
function bounded(word: string): string {
  const before = STARTS_WITH_LETTER.test(word) ? `(?<!${LETTER})` : /^\d/.test(word) ? '(?<!\\d)' : '';
  const after = ENDS_WITH_LETTER.test(word) ? `(?!${LETTER})` : /\d$/.test(word) ? '(?!\\d)' : '';
  return `${before}${escapeRegExp(word)}${after}`;
}

// Spanish "miles" (thousands) is also the mile: it scales a unit only printed before it ("miles m³",
// "miles de litros"); after a word ("vehicle miles") it is the distance.
const PREFIX_ONLY: ReadonlySet<string> = new Set(['miles', 'miles de']);

function scaleTables(money: boolean): ScaleTables {
  const cachedTables = tables.get(money);
  if (cachedTables) return cachedTables;
  const factorOf = new Map<string, Decimal>();
  for (const s of unitRegistry().scales) {
    // Unit text reaches the tables with its Arabic-script letters folded (normalizeUnitText): the words too.
    for (const w of money ? [...s.words, ...s.moneyWords] : s.words)
      factorOf.set(foldArabicLetters(w).toLowerCase(), s.factor);
  }
  const alternatives = (words: readonly string[]): string =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(bounded)
      .join('|');
  const alts = alternatives([...factorOf.keys()]);
  const trailing = alternatives([...factorOf.keys()].filter((w) => !PREFIX_ONLY.has(w)));
  const built = {
    factorOf,
    prefix: new RegExp(`^(?:${alts})`, 'iu'),
    // "kWh'000" glues the scale to the unit as "kWh '000" spaces it.
    suffix: new RegExp(`(?:^|\\s|\\(|(?<=\\p{L})(?='))(?:in\\s+)?(?:${trailing})\\)?$`, 'iu'),
  };
  tables.set(money, built);
  return built;
}

/** A multiplier printed as digits before a unit: "10,000 pieces", "200,000 hours", "100 employees". */
const NUMERIC_PREFIX = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d{1,12})(?![\d.,'])/;

/**
 * Removes one scale from the start or the end of `text`: "'000 kWh", "thousand tonnes", "kWh in
 * '000s", "kWh ('000)", "RMB 10,000" (after the currency is taken). Short money forms (m, bn, k) are
 * read only when `money` is set, so "m" elsewhere stays the metre.
 */
export function peelScale(text: string, money: boolean): ScaleMatch | undefined {
  const s = text.trim();
  const t = scaleTables(money);
  const numeric = NUMERIC_PREFIX.exec(s);
  if (numeric?.[1]) {
    const factor = dec(numeric[1].replace(/[, ]/g, ''));
    // "Rs 000", "£000": zeros alone are no multiplier but the thousands a money word names; and money
    // is scaled only by a power of ten ("RMB 10,000"): "NAD 50" is an amount, no unit of 50 dollars.
    if (!factor.isZero() && (!money || isPowerOfTen(factor)))
      return { factor, word: numeric[1], rest: s.slice(numeric[0].length).trim() };
  }
  const pre = leadingScaleWord(s, money);
  if (pre) return pre;
  const suf = t.suffix.exec(s);
  if (suf) {
    const word = suf[0].replace(/^[\s(]*(?:in\s+)?/i, '').replace(/\)$/, '');
    const factor = t.factorOf.get(foldArabicLetters(word).toLowerCase());
    if (factor) return { factor, word, rest: s.slice(0, suf.index).trim() };
  }
  return undefined;
}

/** Whether a scale is 10, 100, 1000…: the only multipliers a currency is printed with. */
export function isPowerOfTen(factor: Decimal): boolean {
  return /^10*$/.test(factor.toFixed());
}

/** A scale word at the very start of `text` ("million kWh", "万元", "m" after a currency). */
export function leadingScaleWord(text: string, money: boolean): ScaleMatch | undefined {
  const t = scaleTables(money);
  const pre = t.prefix.exec(text);
  const factor = pre ? t.factorOf.get(foldArabicLetters(pre[0]).toLowerCase()) : undefined;
  if (!pre || !factor) return undefined;
  // "thousands of tonnes", "milliers de m³", "millones de m³": the scale counts what follows "of".
  const rest = text.slice(pre[0].length).replace(OF_AFTER_SCALE, '');
  return { factor, word: pre[0], rest: rest.trim() };
}

// "of" (English), "de" / "d'" (French, Spanish, Portuguese) between a scale word and its unit.
const OF_AFTER_SCALE = /^\s+(?:of|de)\s+(?=\S)|^\s*d['’](?=\S)/i;

const NAMED: readonly (readonly [string, string])[] = [
  ['1000', 'thousand'],
  ['1000000', 'million'],
  ['1000000000', 'billion'],
  ['1000000000000', 'trillion'],
];

/**
 * How a scale is written in a canonical symbol: "thousand", "million", "billion"; whole multiples of a
 * million or billion below 1000 as "100 million"; else digits with commas ("10,000", "200,000").
 */
export function scaleLabel(factor: Decimal): string {
  const named = NAMED.find(([f]) => factor.equals(f));
  if (named) return named[1];
  for (const [f, word] of [...NAMED].reverse().slice(0, 3)) {
    const k = factor.dividedBy(f);
    if (k.isInteger() && k.greaterThan(1) && k.lessThan(1000)) return `${k.toFixed()} ${word}`;
  }
  if (!factor.isInteger()) return factor.toFixed();
  return factor.toFixed().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
