import type { NumberToken } from '../numbers/index.js';
import { CURRENCY_MARK } from './currency-mark.js';
import { nounAfter } from './figure-noun.js';
import type { NarrativeFigure } from './narrative-figure.js';

// "S$0.42 million", "KRW 1,286 billion", "KShs 48.6 million": a currency mark before the amount.
const CURRENCY_BEFORE = new RegExp(`${CURRENCY_MARK}\\s?$`);
// "R9,864.2 million": a marker glued to the figure that names a currency only before a scale (the
// South African rand's "R"; alone it also marks restated figures and starts "R&D").
const GLUED_SCALED_MARKER = /(?<![\p{L}\p{N}&'’.,])R$/u;
/**
 * A scale word after a number, of an amount or of a count ("million", "10,000", "crore"). Indian reports
 * print amounts in crore (10 million) and lakh (100,000); Indonesian and Malay ones in ribu, juta, miliar
 * (milyar) and triliun (KBBI: 10^3, 10^6, 10^9, 10^12).
 */
export const SCALE =
  /^\s?(hundred million|million|billion|thousand|trillion|mn|bn|10,000|ten thousand|crore|lakh|ribu|juta|miliar|milyar|triliun)\b/i;
// "£842.6m", "£1.2bn": the scale glued to the amount; the unit reads it as the word.
const GLUED_SCALE = /^(m|bn)\b/;
// "US$ 84.6 millones", "US$ 8,460 miles", "R$ 318,4 milhões": a Spanish, Portuguese or French scale word
// after an amount; read only after a currency mark, as English "miles" is a distance.
const ROMANCE_MONEY_SCALE =
  /^\s?(mil\s+millones|millones|miles|milhões|milhares|bilhões|millions|milliers|milliards|mil)(?![\p{L}\p{N}])/iu;
// "€ 1.618,4 mln", "zł 8,6 mld", "EUR 2,1 Mrd.": the short million and milliard of Dutch, Polish,
// German and Czech reports after an amount, read only after a currency mark; "NOK 12 millioner", "DKK 2,4
// mia.", "SEK 3 miljarder": the Danish, Norwegian and Swedish ones.
const SHORT_MONEY_SCALE =
  /^\s?(mln|mld|mrd|mio|mia|mill|millioner|milliarder|miljoner|miljarder)\.?(?![\p{L}\p{N}])/iu;
// The Nordic short scales as the unit reads them after the currency ("NOK mia." is "NOK billion").
const NORDIC_SCALE_WORD: Readonly<Record<string, string>> = { mia: 'billion', mill: 'million' };
// Mainland reports print amounts in RMB 10,000 with the scale in brackets: "RMB 486,512.38 (10,000)".
const BRACKETED_SCALE = /^\s?\((10,000|thousand|million|'000)\)/i;
// "NOK 7 215.3 m", "EUR 48 bn": after a currency mark, a short scale set apart by a space is still
// the amount's scale, not metres.
const SPACED_MONEY_SCALE = /^\s(m|bn|mn)(?![\p{L}\p{N}²³])/u;
// "US$1,342k", "KD 158,917k": thousands glued to an amount as "k", read only after a currency mark.
const GLUED_THOUSANDS = /^(k)\b/;

/**
 * A number read as an amount of money: a currency mark before it ("S$0.42 million", "KD 158,917k", "€ 1.618,4
 * mln"), or the rand's "R" glued to it before a scale ("R9,864.2 million"). The unit is the currency and its
 * scale word as the unit registry reads it ("NOK billion"); undefined when no currency is printed.
 */
export function moneyFigure(t: NumberToken, before: string, rest: string): NarrativeFigure | undefined {
  const englishScale = SCALE.exec(rest) ?? BRACKETED_SCALE.exec(rest) ?? GLUED_SCALE.exec(rest);
  const markBefore = CURRENCY_BEFORE.exec(before)?.[0];
  const scale =
    englishScale ??
    (markBefore
      ? (ROMANCE_MONEY_SCALE.exec(rest) ??
        SHORT_MONEY_SCALE.exec(rest) ??
        SPACED_MONEY_SCALE.exec(rest) ??
        GLUED_THOUSANDS.exec(rest))
      : null);
  const printedCurrency = markBefore ?? (scale && GLUED_SCALED_MARKER.exec(before)?.[0]) ?? '';
  const currency = printedCurrency.trim();
  if (!currency) return undefined;
  const word =
    scale?.[1] === 'm' || scale?.[1] === 'mn'
      ? 'million'
      : scale?.[1] === 'k'
        ? 'thousand'
        : (NORDIC_SCALE_WORD[scale?.[1]?.toLowerCase() ?? ''] ?? scale?.[1]);
  const unit = word ? `${currency} ${word}` : currency;
  const consumed = scale?.[0].length ?? 0;
  const noun = nounAfter(rest.slice(consumed));
  return {
    value: t.value,
    at: t.start,
    unit,
    noun: noun.noun,
    measured: true,
    start: t.start - printedCurrency.length,
    end: t.end + consumed,
  };
}
