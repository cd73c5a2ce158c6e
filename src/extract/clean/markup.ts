import { SUPERSCRIPT_DIGITS } from '../../core/index.js';
import { foldFullWidth } from './full-width.js';
import { mendNumerals } from './damaged-numerals.js';
import { toCommaGroupedCounts, toPointDecimals } from './decimal-comma.js';
import { toEndYearNames, toFyNames } from './fiscal-naming.js';
import { foldHomoglyphs } from './homoglyphs.js';

/**
 * Markup that PDF-to-markdown converters leave in report text: HTML tags (`<b>`, `<sub>2</sub>`,
 * `<sup>6</sup>` footnote markers), markdown emphasis and headings, LaTeX math (`tCO $_2$ e`),
 * Unicode sub/superscript digits and bullets. Cleaning keeps the words and numbers a reader sees.
 */

// Subscript digits ("CO₂", "H₂O") become plain as superscripts do.
const SCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
  ...SUPERSCRIPT_DIGITS,
};
const SCRIPT_DIGIT = /[₀-₉⁰¹²³⁴-⁹]/gu;
// A superscript right after a figure is its footnote mark ("3,412¹"), not another digit of it; after a
// letter it is an exponent ("m³") and after "×10" a power of ten ("×10⁶").
const FIGURE_NOTE = /(?<=\d)(?<![×x]\s?10)[⁰¹²³⁴-⁹]+/gu;
// A superscript opening a cell before its words ("³ Employees and contractors.") numbers a footnote:
// it is the note's mark, not a count of what the words name.
const LEADING_NOTE = /^\s*[⁰¹²³⁴-⁹]+\s+(?=\p{L})/u;
// "10⁴ m³", "RMB 10⁴", "tCO2e/10⁴ yuan": a power of ten standing as a unit's scale (万 is 10⁴, 亿 10⁸),
// next to a unit's letters; it is written out ("10,000 m3") as mainland tables also print it.
const SCALE_POWER =
  /(?<=[\p{L}$)(/]\s?)10([³⁴⁵⁶⁷⁸⁹]|¹[⁰¹²])(?=\s?[\p{L}$€£¥)]|\s?$)|(?<![\d.,×x]\s?)(?<![\d.,])10([³⁴⁵⁶⁷⁸⁹]|¹[⁰¹²])(?=\s?[\p{L}$€£¥])/gu;

function writtenOutPower(_m: string, a: string | undefined, b: string | undefined): string {
  const exponent = Number((a ?? b ?? '').replace(/./gu, (c) => SCRIPT_DIGITS[c] ?? ''));
  return `1${'0'.repeat(exponent)}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  geq: '≥',
  ge: '≥',
  leq: '≤',
  le: '≤',
  times: '×',
  '%': '%',
  approx: '≈',
  sim: '~',
  pm: '±',
};

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

// A <sup> right after a length unit (m, km) or CO is an exponent or a subscript, not a footnote.
const EXPONENT_BASE = /(?:\b(?:k|c|d)?m|CO)\s*$/;

function stripTags(text: string): string {
  let out = text.replace(/<sub>\s*([^<]{0,8}?)\s*<\/sub>/gi, '$1');
  out = out.replace(/<sup>\s*([^<]{0,8}?)\s*<\/sup>/gi, (_m, inner: string, offset: number) => {
    const before = out.slice(Math.max(0, offset - 4), offset);
    return /^[23]$/.test(inner) && EXPONENT_BASE.test(before) ? inner : ' ';
  });
  out = out.replace(/(?:&|\b)(?:lt|gt);\/?(?:sup|sub|b|i)>?/gi, ' ');
  out = out.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][a-z0-9]*\b[^<>]{0,200}>/gi, '');
  out = out.replace(/&(#39|[a-z]{2,5});/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  // Entities can hide a second layer of tags ("<sup>&</sup>lt;sup>2</sup>"); drop what is left.
  return out.replace(/<\/?(?:sup|sub|b|i|u|em|strong|li|ul|ol|p|span)\b[^<>]{0,200}>?/gi, '');
}

function latex(inner: string): string {
  return inner
    .replace(/\\([a-z]+|%)/gi, (_m, name: string) => LATEX_SYMBOLS[name] ?? '')
    .replace(/[_^{}]/g, '')
    .replace(/\s+/g, ' ');
}

function stripLatex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  // "$…$" is math only when it holds math ("tCO $_2$ e"); "HK$1.2 million (2022: HK$0.8 …" is money.
  let out = text.replace(/\$([^$]{0,200})\$/g, (m, inner: string) =>
    /[\\_^{}]/.test(inner) ? latex(inner) : m,
  );
  if (out.includes('\\')) out = latex(out);
  return out;
}

function stripMarkdown(text: string): string {
  return (
    text
      .replace(/^\s*#{1,6}\s+/, '')
      // A quote mark opens a quoted line, but "> 50 years" before a figure is an age band's "over";
      // two or more (">> 312 buses", a nested quote or a list's arrow) never are.
      .replace(/^\s*(?:>\s?){2,}|^\s*>\s?(?!\s*\d)/, '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(])\*([^*\s][^*]{0,300}?)\*(?=[\s).,;:]|$)/g, '$1$2')
      .replace(/\(<(https?:[^>\s]{1,300})>\)/g, '($1)')
  );
}

// Turkish prints the percent sign before the figure ("%21,8", "%7"); a URL's "%20" follows a letter.
const PERCENT_BEFORE = /(^|[\s([/–-])%(\d+(?:[.,]\d+)*)(?![\d.,]*\d)/g;

// Thai writes "ร้อยละ" (per cent) before the figure, glued to the word before it: "ลดลงร้อยละ 9.8".
const THAI_PERCENT_BEFORE = /(\s?)ร้อยละ\s*(\d+(?:[.,]\d+)*)(?![\d.,]*\d)/gu;

// Persian writes "درصد" (per cent) after the figure, or "درصدی" where it qualifies a noun ("کاهش 6.4
// درصدی", a 6.4-per-cent fall): both are the percent sign.
const PERSIAN_PERCENT_AFTER = /(\d)\s*درصدی?(?![\p{L}\p{M}])/gu;
// Mongolian writes "хувь" (per cent) after the figure with its case ending: "7,8 хувиар буурсан" (fell by 7.8 per
// cent), "58,0 хувийг эзэлж" (makes up 58.0 per cent): each is the percent sign.
const MONGOLIAN_PERCENT_AFTER = /(\d)\s*хув(?:ь|иар|ийг|иас|ийн|ьтай|ьд)(?![\p{L}\p{M}])/gu;

/**
 * Puts a percent sign printed before its figure after it: "%21,8 of" → "21,8% of", "ลดลงร้อยละ 9.8" →
 * "ลดลง 9.8%"; the Persian and Mongolian words after it become the sign: "2.5 درصد" → "2.5%", "7,8 хувиар" → "7,8%".
 */
function percentAfter(raw: string): string {
  const persian = raw.includes('درصد') ? raw.replace(PERSIAN_PERCENT_AFTER, '$1%') : raw;
  const text = persian.includes('хув') ? persian.replace(MONGOLIAN_PERCENT_AFTER, '$1%') : persian;
  const signed = text.includes('%') ? text.replace(PERCENT_BEFORE, '$1$2%') : text;
  return signed.includes('ร้อยละ')
    ? signed.replace(
        THAI_PERCENT_BEFORE,
        (_m, space: string, n: string, at: number) => `${space === '' && at > 0 ? ' ' : space}${n}%`,
      )
    : signed;
}

// A "-" is a bullet only before a space ("- text"), never alone (a no-data cell) or before a digit.
const BULLETS = /^(?:\s*(?:-\s|>>\s|»\s|[•◆◇✓✔❖➤►▪▫●○■□◼◻∙·])\s*)+(?=\S)/u;

/** Removes leading list bullets ("- ✓ ", "• ", "◆ "). */
export function stripBullets(text: string): string {
  return text.replace(BULLETS, '');
}

/** Whether a printed line opens with a list bullet, which {@link cleanText} strips. */
export function opensWithBullet(raw: string): boolean {
  return BULLETS.test(raw);
}

// Printable ASCII without markup characters, bullets or a CO formula.
const PLAIN = /^(?![\s]*[-•])(?!.*CO)[\x20-\x7e\t]*$/;
const MARKUP_CHARS = /[<&$\\*#>_]/;

/** How a document prints its numbers, decided once per document (see usesDecimalComma). */
export interface CleanOptions {
  /** The document writes "1.234,5": its numbers are rewritten with a decimal point. */
  readonly decimalComma?: boolean;
  /** The document names fiscal years by their start: "FY2025" labels are rewritten to the year they end. */
  readonly fiscalYearsByStart?: boolean;
  /** The document is written in Cyrillic: words made wholly of look-alike letters are its own words. */
  readonly cyrillic?: boolean;
}

/**
 * The text a reader sees: tags, markdown, LaTeX and bullets removed, sub/superscript digits made
 * plain, look-alike letters folded to Latin, damaged numbers mended ("1,2O4.5", "1 ,204") and runs
 * of white space collapsed.
 */
export function cleanText(raw: string, options: CleanOptions = {}): string {
  const years = (text: string): string =>
    options.fiscalYearsByStart === true ? toEndYearNames(toFyNames(text)) : toFyNames(text);
  const numbers = (raw: string): string => {
    const text = percentAfter(raw);
    const mended = mendNumerals(text);
    return years(options.decimalComma === true ? toPointDecimals(mended) : toCommaGroupedCounts(mended));
  };
  // Most cells are plain words and figures: nothing to strip but space.
  if (PLAIN.test(raw) && !MARKUP_CHARS.test(raw)) return numbers(raw.replace(/\s+/g, ' ').trim());
  let text = foldFullWidth(raw);
  text = text.includes('<') || text.includes('&') ? stripTags(text) : text;
  text = stripLatex(text);
  text = stripMarkdown(text);
  text = text
    .replace(LEADING_NOTE, '')
    .replace(SCALE_POWER, writtenOutPower)
    .replace(FIGURE_NOTE, '')
    .replace(SCRIPT_DIGIT, (d) => SCRIPT_DIGITS[d] ?? d);
  text = foldHomoglyphs(text, options.cyrillic === true);
  text = stripBullets(text);
  // "CO 2", "tCO 2 e": a subscript printed apart from its formula.
  text = text.replace(
    /\b((?:t|kg|kt|Mt|mt)?CO)\s*2(\s*e\b)?/g,
    (_m, f: string, e?: string) => `${f}2${e ? 'e' : ''}`,
  );
  // U+202F (narrow no-break space) is the thousands separator of French and Nordic typesetting.
  return numbers(text.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ').trim());
}
