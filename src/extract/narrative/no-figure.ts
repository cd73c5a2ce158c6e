import type { NumberToken } from '../numbers/index.js';
import { isScaledDenominator } from './scaled-denominator.js';

// "0.88 TOE/1,000 litres", "1.90 tCO2/1,000 Sm³": a number after a unit's slash is the size of the
// unit's denominator, not an amount of litres or cubic metres.
const UNIT_DENOMINATOR = /\p{L}[\p{L}\d²³₂)-]*\s?\/\s?$/u;

// "(RMB 10,000)", "(10,000 kWh)", "(10,000)": a power of ten alone in brackets, with at most a currency
// or a unit beside it, names the scale the figures around it are printed in, never an amount.
const SCALE_IN_BRACKETS_BEFORE = /\(\s?(?:[A-Z]{3}\s?|[$€£¥]\s?)?$/;
const SCALE_IN_BRACKETS_AFTER = /^\s?(?:\p{L}[^()\d]{0,16}?)?\)/u;
const BIG_POWER_OF_TEN = /^10{4,}$/;

// A scheme's threshold names a bar the company is measured against, not a figure of its own: "covered
// emissions exceed the 100,000 t CO2-e Safeguard threshold", "a reporting threshold of 25,000 tonnes".
const THRESHOLD_BEFORE = /\bthresholds?\s+(?:of\s+)?$/i;
const THRESHOLD_AFTER = /^[^,.;:()]{0,32}?\bthresholds?\b/i;

function isThreshold(sentence: string, t: NumberToken): boolean {
  return (
    THRESHOLD_BEFORE.test(sentence.slice(Math.max(0, t.start - 24), t.start)) ||
    THRESHOLD_AFTER.test(sentence.slice(t.end, t.end + 48))
  );
}

/** True for a power of ten alone in brackets ("(RMB 10,000)", "(10,000 kWh)"): a scale, not an amount. */
function isScaleInBrackets(sentence: string, t: NumberToken): boolean {
  return (
    BIG_POWER_OF_TEN.test(t.value) &&
    SCALE_IN_BRACKETS_BEFORE.test(sentence.slice(Math.max(0, t.start - 6), t.start)) &&
    SCALE_IN_BRACKETS_AFTER.test(sentence.slice(t.end, t.end + 20))
  );
}

// "FR = injuries x 10^6 / hours worked": a formula's power of ten, neither its base nor its exponent a figure.
function isPowerOfTen(sentence: string, t: NumberToken): boolean {
  return (
    /\^\s?$/.test(sentence.slice(Math.max(0, t.start - 2), t.start)) || /^\s?\^/.test(sentence.slice(t.end))
  );
}

/**
 * Whether a number in a sentence is no figure of its own: a unit's denominator ("0.88 TOE/1,000 litres",
 * "tep por cada 1,000 m3"), a scheme's threshold, a formula's power of ten or a scale in brackets.
 */
export function isNoFigure(sentence: string, t: NumberToken): boolean {
  const before = sentence.slice(Math.max(0, t.start - 12), t.start);
  return (
    UNIT_DENOMINATOR.test(before) ||
    isScaledDenominator(sentence.slice(Math.max(0, t.start - 40), t.start), t.value) ||
    isThreshold(sentence, t) ||
    isPowerOfTen(sentence, t) ||
    isScaleInBrackets(sentence, t)
  );
}
