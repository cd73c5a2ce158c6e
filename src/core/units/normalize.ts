/**
 * Text clean-up shared by unit and number parsing: what PDF extraction, HTML and LaTeX do to a
 * printed unit ("CO <sub>2</sub>", "tCO $_2$ e", "m<sup>3</sup>", "CO₂", Cyrillic "с" for Latin "c").
 */
import {
  SUPERSCRIPT_DIGITS,
  foldArabicLetters,
  foldLookAlikeWords,
  foldTraditionalChinese,
} from '../text/index.js';
import { unitRegistry } from './registry.js';

/** Longest unit or number text we read; longer input is refused so untrusted text costs bounded work. */
export const MAX_TEXT_LENGTH = 200;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Strips HTML tags and LaTeX sub/superscripts, keeping their text: "m<sup>3</sup>" → "m3", "CO$_2$" → "CO2". */
function stripMarkup(s: string): string {
  return s
    .replace(/<\/?[a-z][^<>]{0,40}>/gi, '')
    .replace(/\\(?:mathrm|text|rm|mathit)\s*\{([^{}]{0,20})\}/g, '$1')
    .replace(/\$\s*[_^]\s*\{?\s*([\w.+-]{1,6})\s*\}?\s*\$/g, '$1')
    .replace(/[_^]\{([\w.]{1,6})\}/g, '$1')
    .replace(/(?<=[\p{L}\d)])\s*[_^]\s*(?=[\w.])/gu, '');
}

/**
 * A power of ten printed as a scale, as mainland reports write 万 ("10⁴ m³", "10^4 tce", "10⁸
 * RMB"): standing alone, with an exponent of 3 to 12. It is written out ("10,000 m³") so the scale
 * reader takes it, instead of NFKC making "10⁴" the number 104.
 */
const POWER_OF_TEN = /(?<![\d.,×*^])10(?:([⁰¹²³⁴-⁹]{1,2})|\^\{?(\d{1,2})\}?)(?![\d⁰¹²³⁴-⁹])/gu;

function writtenOutPowers(text: string): string {
  return text.replace(POWER_OF_TEN, (whole, sup: string | undefined, plain: string | undefined) => {
    const n = Number(plain ?? (sup ?? '').replace(/./gu, (c) => SUPERSCRIPT_DIGITS[c] ?? ''));
    if (!(n >= 3 && n <= 12)) return whole;
    return `1${'0'.repeat(n)}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  });
}

/**
 * A superscript after a digit is a footnote mark ("1,204³", "12.5¹"), not a digit of the number: NFKC
 * would make "12.5¹" the number 12.51. A power of ten ("×10⁶") keeps its exponent.
 */
function withoutFootnoteDigits(text: string): string {
  return text.replace(/(?<=\d)(?<![×*^]\s?10)[⁰¹²³⁴-⁹]+/gu, '');
}

/**
 * Normal form for printed text: a power of ten written out ("10⁴" → "10,000"), footnote superscripts
 * after a figure dropped, NFKC (full-width forms, ², ₂, ㎡ become plain ASCII), markup removed,
 * look-alike letters mapped, every dash and minus to "-", every quote to "'", zero-width and
 * private-use characters (footnote stars, assurance marks) and footnote daggers dropped, spaces collapsed.
 */
export function normalizePrinted(text: string): string {
  // Look-alikes fold in Latin words only: Cyrillic units ("МВтч", "хил. лв.") keep their letters.
  return foldLookAlikeWords(
    stripMarkup(decodeEntities(withoutFootnoteDigits(writtenOutPowers(text)).normalize('NFKC'))),
  )
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\uE000-\uF8FF*†‡§¶]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reports write scaled money as one word, the scale before the currency code (MSEK, kEUR, TNOK,
 * KMAD) or after it in lower case (DKKm, EURm, USDbn, NOKk): a code the registry knows, so other
 * capitals followed by "m" are left alone.
 */
const SCALED_CODE = /\b(?:([MkKT])([A-Z]{3})|([A-Z]{3})(m|mn|bn|k))\b/g;
const SCALE_OF_LETTER: Readonly<Record<string, string>> = {
  M: 'million',
  m: 'million',
  mn: 'million',
  bn: 'billion',
  k: 'thousand',
  K: 'thousand',
  T: 'thousand',
};

let currencyCodes: ReadonlySet<string> | undefined;

/** "MSEK" → "SEK million", "DKKm" → "DKK million"; the text as printed when the code is no currency. */
function spelledOutScaledCode(whole: string, ...groups: (string | undefined)[]): string {
  currencyCodes ??= new Set(unitRegistry().currencies.map((c) => c.code));
  const [scaleBefore, codeAfter, codeBefore, scaleAfter] = groups;
  const code = codeAfter ?? codeBefore ?? '';
  const scale = SCALE_OF_LETTER[scaleBefore ?? scaleAfter ?? ''];
  return scale && currencyCodes.has(code) ? `${code} ${scale}` : whole;
}

/**
 * Canadian oil and gas reports print gas and water volumes in SI prefixes written as powers of ten:
 * "e3m3" is 10³ m³ (thousand cubic metres), "e6m3" 10⁶ m³ (CAPP, AER Directive 017 usage).
 */
const E_POWER_M3 = /(?<![\p{L}\d])[eE]([36])\s?[mM]3(?![\p{L}\d])/gu;

/**
 * German scale abbreviations (Duden: "Tsd." Tausend, "Mio." Million, "Mrd." Milliarde) as German and
 * Austrian reports print them in English: "Mio. €", "t CO2e/Mio. €", "Mrd. EUR".
 */
const GERMAN_SCALES = { tsd: 'thousand', mio: 'million', mrd: 'billion' } as const;
const GERMAN_SCALE = /(?<![\p{L}\d])(Tsd|Mio|Mrd)\.?(?![\p{L}\d])/giu;

/**
 * Hungarian reports print scaled forints as "MFt" (millió forint), "Mrd Ft" (milliárd) and "ezer Ft"
 * (thousand); a bare "Ft" is left alone, as "ft" is also the foot.
 */
const HUNGARIAN_SCALES = {
  ezer: 'thousand',
  e: 'thousand',
  m: 'million',
  millió: 'million',
  mrd: 'billion',
  milliárd: 'billion',
} as const;
const HUNGARIAN_FORINT = /(?<![\p{L}\d])(ezer|e|M|millió|Mrd|milliárd)\.?\s?Ft(?![\p{L}\d])/giu;

/**
 * Romanian scale words (DOOM: "mii" thousands, "mil." milioane, "mld." miliarde) as Romanian reports
 * print them before the unit: "mii lei", "mil. lei", "MWh/mil. lei", "mii tone"; Slovak and Czech
 * reports abbreviate milión/milion and miliarda the same way before a word or a sign ("mil. Kč",
 * "mil. €", "t/mil. €"). "mil" without its dot stays the Portuguese and Spanish thousand ("R$ mil").
 */
const ROMANIAN_SCALES = {
  mii: 'thousand',
  'mil.': 'million',
  milioane: 'million',
  'mld.': 'billion',
  mld: 'billion',
  miliarde: 'billion',
} as const;
const ROMANIAN_SCALE =
  /(?<![\p{L}\d])(mii|mil\.(?=\s*[\p{L}\p{Sc}])|milioane|mld\.?|miliarde)(?![\p{L}\d])/giu;

/**
 * Danish and Norwegian scale abbreviations before the krone ("mio. kr." million, "mia. kr." milliard, Norwegian
 * "mill. kr" and "mrd. kr"), Icelandic "m.kr." (milljónir), "millj. kr.", "ma.kr." (milljarðar) and "þús. kr." (þúsund),
 * and Swedish "mdkr" (miljarder kronor), "Mkr" and "tkr" glued to it: only before "kr" or a krone code, as "mill" alone is
 * a paper mill.
 */
const NORDIC_SCALES = {
  t: 'thousand',
  m: 'million',
  mio: 'million',
  mill: 'million',
  mia: 'billion',
  mrd: 'billion',
  md: 'billion',
  millj: 'million',
  ma: 'billion',
  þús: 'thousand',
} as const;
const NORDIC_SCALE =
  /(?<![\p{L}\d])(mio|millj|mill|mia|mrd|md|ma|þús|t|m)(?:\.\s?|\s|(?=kr))(?=(?:kr|DKK|NOK|SEK|ISK)(?![\p{L}]))/giu;

/**
 * Reports translated from Russian or Kazakh print "тыс." (thousand) as "thous.": "thous. t CO2-eq"; Polish
 * reports print "tys." (tysiąc): "tys. zł", "tys. m³"; Croatian, Czech and Slovak ones "tis." (tisuća,
 * tisíc): "tis. EUR".
 */
const TRANSLATED_THOUSAND = /(?<![\p{L}\d])(?:thous|tys|tis)\.?(?![\p{L}\d])/giu;

/**
 * Azerbaijani reports print "min" (thousand) before a unit: "min manat", "min m³", "min litr", "min ton". Only
 * lowercase and before a unit word, as "min" alone is the minute.
 */
const AZERBAIJANI_THOUSAND =
  /(?<![\p{L}\d])min\s+(?=(?:manat|AZN|m³|m3|litr|ton|t|kq|kVt|MVt|nəfər|USD|avro|EUR)(?![\p{L}\d]))/gu;

/**
 * "ریال" with the Farsi yeh (U+06CC) is the Iranian rial; Gulf reports print their riyal "ريال" with the
 * Arabic yeh (U+064A). The two spellings are one word once Arabic-script letters fold, so the Persian
 * one is named by its ISO 4217 code before the fold.
 */
const PERSIAN_RIAL = /(?<![\p{L}])ریال(?![\p{L}])/gu;

/**
 * Unit-specific rewrites after {@link normalizePrinted}: a leading "Unit:" label goes, "per cent" is
 * "%" (not a ratio "per"), "MSEK" and "SEKm" are "SEK million", "Mio. €" is "million €" and "thous. t" is "thousand t",
 * "MFt" is "HUF million", "mil. lei" is "million lei", Traditional Chinese is written Simplified,
 * Arabic-script letters fold to one form (Persian "مگاوات‌ساعت" is read as Arabic letters).
 */
export function normalizeUnitText(text: string): string {
  // Hong Kong reports print units in Traditional Chinese ("噸二氧化碳當量", "千瓦時"): the registry's
  // aliases are Simplified.
  return (
    foldArabicLetters(normalizePrinted(foldTraditionalChinese(text)).replace(PERSIAN_RIAL, 'IRR'))
      .replace(
        HUNGARIAN_FORINT,
        (_, word: string) => `HUF ${HUNGARIAN_SCALES[word.toLowerCase() as keyof typeof HUNGARIAN_SCALES]}`,
      )
      .replace(
        NORDIC_SCALE,
        (_, word: string) => `${NORDIC_SCALES[word.toLowerCase() as keyof typeof NORDIC_SCALES]} `,
      )
      .replace(
        GERMAN_SCALE,
        (_, word: string) => GERMAN_SCALES[word.toLowerCase() as keyof typeof GERMAN_SCALES],
      )
      .replace(TRANSLATED_THOUSAND, 'thousand')
      .replace(AZERBAIJANI_THOUSAND, 'thousand ')
      .replace(
        ROMANIAN_SCALE,
        (_, word: string) => ROMANIAN_SCALES[word.toLowerCase() as keyof typeof ROMANIAN_SCALES],
      )
      .replace(E_POWER_M3, (_, power: string) => `${power === '3' ? 'thousand' : 'million'} m3`)
      .replace(/^(?:units?|单位)\s*[:：]\s*/i, '')
      // Uzbek prints the centner per hectare "s/ga" (sentner gektariga): "s" is the centner only over a
      // hectare, never alone (where it would be read as seconds' symbol).
      .replace(/^s\s*\/\s*ga$/i, 'q/ha')
      .replace(/\bper\s*cent(age)?\b/gi, '%')
      .replace(/\bper\s*mille\b/gi, '‰')
      .replace(SCALED_CODE, (whole: string, ...groups: (string | undefined)[]) =>
        spelledOutScaledCode(whole, ...groups.slice(0, 4)),
      )
  );
}
