import { EsgError } from '../errors/index.js';
import { dec, type Decimal } from '../quantity/index.js';
import { readDigits } from './digits.js';
import { findCurrency } from './money.js';
import { MAX_TEXT_LENGTH, normalizePrinted } from './normalize.js';
import type { NumberParseOptions, UnitParseOptions } from './options.js';
import { leadingScaleWord } from './scale.js';

/** Why a cell holds no value: a dash or "not disclosed", "N/A", or a bound such as "<1". */
export const MISSING_REASONS = ['no-data', 'not-applicable', 'bound'] as const;
/** One of {@link MISSING_REASONS}. */
export type MissingReason = (typeof MISSING_REASONS)[number];

/**
 * A printed number: its exact value as printed (separators removed, scale NOT applied) with the scale
 * word kept apart, so "1.2 million" is value 1.2, scale 1000000 and the caller decides where the scale
 * goes; or a missing marker.
 */
export type ParsedNumber =
  | {
      readonly kind: 'value';
      readonly value: Decimal;
      readonly printed: string;
      readonly scale: Decimal;
      readonly scaleWord?: string;
      /** Currency code printed before the number ("RMB600,000" → RMB). */
      readonly currency?: string;
    }
  | { readonly kind: 'missing'; readonly printed: string; readonly reason: MissingReason };

const NO_DATA = new Set([
  '',
  '-',
  '--',
  '---',
  '/',
  'nd',
  'n/d',
  'n.d.',
  'not available',
  'not disclosed',
  'not reported',
  '暂无',
]);
const NOT_APPLICABLE = new Set(['n/a', 'na', 'n.a.', 'n.a', 'not applicable', '不适用']);
/** HKEX-style reports print "Nil" for a zero figure (e.g. no work-related fatalities). */
const ZERO_WORDS = new Set(['nil']);

/** Digits with separators: a space only before exactly three digits ("5 405"), so "5 tCO2e" stays apart. */
const BODY = /^(?:\d+(?:(?:[,.']| (?=\d{3}(?!\d)))\d+)*|\.\d+)/;
const EXPONENT = /^[eE][+-]?\d{1,2}(?!\d)/;

/** The number at the start of a text and what follows it (the unit, for parseQuantity). */
export interface ScannedNumber {
  readonly value: Decimal;
  readonly currency?: string;
  /** Text after the number, scale words included ("million kWh"). */
  readonly rest: string;
}

function fail(text: string, why: string): never {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  throw new EsgError('NUMBER_INVALID', `cannot read the number "${shown}": ${why}`);
}

/** A missing marker, "Nil", or undefined when the text should hold digits. */
function missingOrZero(s: string, printed: string): ParsedNumber | undefined {
  const key = s.toLowerCase();
  if (NO_DATA.has(key)) return { kind: 'missing', printed, reason: 'no-data' };
  if (NOT_APPLICABLE.has(key)) return { kind: 'missing', printed, reason: 'not-applicable' };
  if (/^(?:[<>≤≥]|less than\b|more than\b|under\b|over\b)/i.test(key))
    return { kind: 'missing', printed, reason: 'bound' };
  if (ZERO_WORDS.has(key)) return { kind: 'value', value: dec(0), printed, scale: dec(1) };
  return undefined;
}

/**
 * Reads the number at the start of `s` (already normalised): optional "(" for a negative, a sign, a
 * currency marker ("RMB600,000", "HK$3.5m"), the digits, an exponent ("1.5E+05") and the closing ")".
 */
export function scanNumber(s: string, options: NumberParseOptions & UnitParseOptions = {}): ScannedNumber {
  let rest = s;
  let open = rest.startsWith('(');
  if (open) rest = rest.slice(1).trimStart();
  let sign = /^[+-]/.exec(rest)?.[0];
  if (sign) rest = rest.slice(1).trimStart();
  const money = findCurrency(rest, options);
  const currency = money && money.before.trim() === '' && !/^\d/.test(rest) ? money : undefined;
  if (currency) rest = currency.after.trimStart();
  if (currency && !open && rest.startsWith('(')) {
    open = true; // "RMB (12.5)"
    rest = rest.slice(1).trimStart();
  }
  if (!sign && (sign = /^[+-]/.exec(rest)?.[0])) rest = rest.slice(1).trimStart();
  const body = BODY.exec(rest)?.[0];
  if (!body) fail(s, 'no digits');
  rest = rest.slice(body.length);
  let digits = readDigits(body, options);
  const exp = EXPONENT.exec(rest)?.[0];
  if (exp) {
    if (!/^\d*\.?\d*$/.test(digits) || /[, ']/.test(body)) fail(s, 'an exponent after grouped digits');
    digits += exp;
    rest = rest.slice(exp.length);
  }
  rest = rest.trimStart();
  if (open) {
    if (!rest.startsWith(')') || sign) fail(s, 'unbalanced parentheses');
    rest = rest.slice(1).trimStart();
  }
  const magnitude = dec(digits);
  const negative = open || sign === '-';
  return {
    value: negative && !magnitude.isZero() ? magnitude.negated() : magnitude,
    rest,
    ...(currency ? { currency: currency.code } : {}),
  };
}

/**
 * Parses a printed number: "1,335", "5 405", "RMB600,000", "(12.5)" (negative), "13.000" (13 — see
 * readDigits for the separator rule), "1.2 million" / "3.5万" (scale kept apart), and the missing
 * markers "-", "–", "—", "N/A", "n/a". Throws NUMBER_INVALID for anything else.
 */
export function parseNumber(text: string, options: NumberParseOptions & UnitParseOptions = {}): ParsedNumber {
  if (text.length > MAX_TEXT_LENGTH) fail(text, `longer than ${MAX_TEXT_LENGTH} characters`);
  const printed = text.trim();
  const s = normalizePrinted(text);
  const missing = missingOrZero(s, printed);
  if (missing) return missing;
  const scanned = scanNumber(s, options);
  let scale = dec(1);
  let scaleWord: string | undefined;
  let rest = scanned.rest;
  const word = leadingScaleWord(rest, scanned.currency !== undefined);
  if (word) {
    scale = word.factor;
    scaleWord = word.word;
    rest = word.rest;
  }
  if (rest !== '') fail(text, `unexpected "${rest.slice(0, 20)}" after the number`);
  return {
    kind: 'value',
    value: scanned.value,
    printed,
    scale,
    ...(scaleWord === undefined ? {} : { scaleWord }),
    ...(scanned.currency === undefined ? {} : { currency: scanned.currency }),
  };
}
