import { tryParseUnit } from '../../core/index.js';
import type { NarrativeFigure } from './read-figure.js';

// "an average monthly wage of Tk 14,286", "an average annual salary of $52,300": the words before an
// average pay whose period is printed. Bounded: a currency mark of a few characters before the number.
const AVERAGE_PAY_BEFORE =
  /\baverage\s+(?:monthly|annual|yearly)\s+(?:gross\s+)?(?:wages?|salar(?:y|ies)|pay|earnings|remuneration)\s+of\s+[^\d\s]{0,4}\.?\s?$/i;
// "… 14,286 per worker": the number, then who it is per.
const PER_HEAD_AFTER = /^\d[\d,]*(?:\.\d+)?\s+per\s+[a-z-]{3,30}\b/i;
// The total paid: the sentence names pay before it ("wages and benefits came to …").
const PAY_WORDS = /\b(?:wages?|salar(?:y|ies)|pay(?:roll)?|remuneration|compensation)\b/i;
// Work bound: how far before the average its words are looked for.
const REACH = 80;

/**
 * The payroll a sentence divides into its average pay: "salaries paid came to USD 40.2 million, an
 * average annual salary of USD 50,250 per employee" prints the year's pay of a group and its average
 * per head, so the other amount is the payroll the average is computed from (the group's pay ÷ its
 * headcount, ÷ 12 for a monthly one). Read only when the sentence prints exactly these two amounts, in
 * one currency, with pay named before the total; undefined otherwise.
 */
export function payrollBeforeAverage(
  sentence: string,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const money = figures.filter((f) => currencyOf(f) !== undefined);
  if (money.length !== 2) return undefined;
  const average = money.find(
    (f) =>
      AVERAGE_PAY_BEFORE.test(sentence.slice(Math.max(0, f.at - REACH), f.at)) &&
      PER_HEAD_AFTER.test(sentence.slice(f.at)),
  );
  const payroll = money.find((f) => f !== average);
  if (!average || !payroll || currencyOf(average) !== currencyOf(payroll)) return undefined;
  return PAY_WORDS.test(sentence.slice(0, payroll.at)) ? payroll : undefined;
}

function currencyOf(f: NarrativeFigure): string | undefined {
  const dimension = tryParseUnit(f.unit)?.dimension;
  return dimension?.startsWith('money') ? dimension : undefined;
}
