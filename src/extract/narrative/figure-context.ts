import { FOREIGN_CAPTION_WORDS } from '../clean/index.js';
import type { NumberToken } from '../numbers/index.js';
import { YEAR_BEFORE_NAME } from '../period/index.js';
import { CURRENCY_MARK, DOLLAR_MARK } from './currency-mark.js';

/**
 * Numbers in prose that are not disclosures: years and dates, ordinals and ranks, standard and
 * clause numbers ("ISO 14001", "GB/T 2589-2020", "KPI A1.3", "Level 8"), ranges and phone numbers,
 * ages ("under 30 years old"), durations and procedure timings ("within 24 hours"), list numbers.
 * Returns why a number is not a figure, or undefined when it may be one.
 */
export function whyNotAFigure(sentence: string, t: NumberToken): string | undefined {
  const before = sentence.slice(Math.max(0, t.start - 40), t.start);
  const after = sentence.slice(t.end, t.end + 40);
  if (t.leftGlued !== '' && !CURRENCY_GLUED.test(t.leftGlued) && !randBeforeScale(t, after)) return 'code';
  if (/^(?:st|nd|rd|th)$/i.test(t.rightGlued)) return 'ordinal';
  // "£842.6m", "$1.2bn", "US$1,342k": a scale glued to an amount after its currency sign (UK and US annual
  // reports; thousands as "k" in Gulf and African ones).
  const scaled = /^(?:m|bn|k)$/.test(t.rightGlued) && CURRENCY_SIGN_BEFORE.test(before);
  if ((/^[A-Z]{1,3}$/.test(t.rightGlued) || /^[a-z]$/.test(t.rightGlued)) && t.rightGlued !== 'h' && !scaled)
    return 'code';
  // "0km Customer Complaint …": a zero with letters glued on is a name, not a figure.
  if (t.value === '0' && t.rightGlued !== '') return 'code';
  if (/^\d{4}$/.test(t.printed) && Number(t.printed) >= 1900 && Number(t.printed) <= 2100) return 'year';
  if (/[-–/:.]$/.test(before) && /\d[-–/:.]$/.test(before)) return 'range';
  if (/[A-Za-z]-\s?$/.test(before)) return 'code';
  // "injuries x 200,000 / hours worked": a letter x standing apart is a multiplication sign too.
  if (/(?:[*×÷=]|(?:^|\s)x\s)\s*$/.test(before)) return 'formula';
  // "converted at 1 GWh = 3.6 TJ": one unit stated in another is a conversion factor, not an amount.
  // A unit may hold digits after its first letter ("1 e3m3 = 35.494 Mcf", "1 tCO2e = …").
  if (t.value === '1' && /^\s?[^\s\d=][^\s=]{0,11}\s?=\s?\d/.test(after)) return 'conversion';
  if (t.rightGlued.toLowerCase() === 'h' && /\b(?:within|every|each|per|in)\s+$/i.test(before))
    return 'timing';
  if (/^\s*$/.test(before) && /^\d+(?:\.\d+)+\s+[A-Z]/.test(sentence.slice(t.start))) return 'section number';
  if (/^[-–/:]\s?\d/.test(after) || /^\s?[-–]\s?\d/.test(after)) return 'range';
  if (/^\s?(?:to|and|or)\s\d[\d,.]*\s*(?:years old|years of age)/i.test(after)) return 'age';
  if (REFERENCE_BEFORE.test(before) || SCOPE_LISTED_BEFORE.test(before)) return 'reference';
  // "per RMB 10,000 of output value", "per 200,000 hours worked": what a ratio is per, not a figure.
  if (/\bper\s+(?:(?:RMB|HKD|USD|CNY|HK\$|US\$|\$|¥)\s?)?$/i.test(before)) return 'denominator';
  // Vietnamese "trên 1.000.000 giờ công": "trên" is "per" only before a rate's round base ("trên 50 tuổi" is over 50).
  if (/(?<!\p{L})trên\s+$/iu.test(before) && /^(?:1000000|200000|100000)$/.test(t.value))
    return 'denominator';
  // "divided by net sales in ¥100 million.", "amounts are in RMB 10,000;": the unit amounts are stated in.
  const clause = sentence.slice(Math.max(0, t.start - 100), t.start);
  if (ROUND_UNIT.test(t.printed) && UNIT_STATED_BEFORE.test(clause) && UNIT_STATED_AFTER.test(after))
    return 'unit';
  // "(2021: 9%)": a prior-year comparative, read with its year by findComparatives.
  if (COMPARATIVE_BEFORE.test(before)) return 'comparative';
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return 'date';
  if (/^\s?(?:-|\s)?(?:years?[- ]old|years? of age|years and (?:above|over|below))/i.test(after))
    return 'age';
  if (DURATION_AFTER.test(after)) return 'duration';
  if (
    /\b(?:within|every|each|per|under|over the (?:past|last))\s+$/i.test(before) &&
    /^\s?(?:-|\s)?(?:hours?|h\b|days?|minutes?|working days)/i.test(after)
  )
    return 'timing';
  if (/^\s?(?:-|\s)?hours?\s+(?:a|per)\s+(?:day|week)/i.test(after) || /^\s?-hour\b/i.test(after))
    return 'timing';
  if (/^\s*$/.test(before) && /^[.)]\s/.test(after)) return 'list number';
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return 'note number';
  return undefined;
}

// "(2021: 9%)", "(2023: 4,026; 2022: 3,958)", "(FY2024: S$0.36 million)", "(Vorjahr: 77,3 %)": the number
// after a year and colon in brackets, or after a name of the year before opening the brackets (the
// comparatives reader takes only that one; "(recycled: 9,470 t; previous year 3,405 t)" keeps its figure).
const COMPARATIVE_BEFORE = new RegExp(
  String.raw`\(\s*(?:(?:(?:[^()]|\((?:10,000|'000|thousand|million)\)){0,80}[;,]\s*)?(?:FY\s?)?(?:19|20)\d{2}(?:\.|\s?r\.)?\s*[:：]|(?:${YEAR_BEFORE_NAME})\s*[:：]?)\s*` +
    `(?:${CURRENCY_MARK}|R)?\\s*$`,
  'i',
);
// A currency in a round unit a clause says amounts are expressed or divided in ("divided by net sales
// in ¥100 million", "amounts are stated in RMB 10,000"), the clause ending there.
const UNIT_STATED_BEFORE = new RegExp(
  String.raw`\b(?:expressed|stated|presented|denominated|reported|shown|measured|calculated|divided\s+by|` +
    String.raw`(?:figures|amounts|values)\s+are)\b[^.;]{0,60}?\bin\s+(?:units\s+of\s+)?${CURRENCY_MARK}\s?$`,
  'i',
);
const ROUND_UNIT = /^(?:1|10|100|1,?000|10,?000)$/;
const UNIT_STATED_AFTER = /^\s?(?:(?:thousand|million|billion)\b)?\s*(?:[.;:,)]|$)/i;
const CURRENCY_SIGN_BEFORE = /(?:[£€$]|\b(?:GBP|EUR|USD|KD|KWD|BD|RO|QR|AED|SAR|QAR|BHD|OMR|ZAR|CHF))\s?$/;
// "RM1,148.6 million", "Rp18,460 miliar": the ringgit's or the rupiah's letters glued to an amount,
// as Malaysian and Indonesian reports print it.
const CURRENCY_GLUED = new RegExp(
  `^(?:RMB|HKD|USD|EUR|GBP|CNY|SEK|SGD|AUD|CAD|JPY|MOP|RM|Rp|IDR|${DOLLAR_MARK}|¥|€|£|₹)$`,
);

/**
 * "R9,864.2 million": the South African rand's "R" glued to an amount with its scale. Without a
 * scale after it, "R22" (a refrigerant) or "R" (a restatement mark) is no amount.
 */
function randBeforeScale(t: NumberToken, after: string): boolean {
  return t.leftGlued === 'R' && t.rightGlued === '' && /^\s?(?:million|billion|bn|thousand)\b/i.test(after);
}
const REFERENCE_BEFORE = new RegExp(
  `(?:\\b(?:ISO(?:\\/IEC)?|IEC|GB\\/?T?|SA|IATF|QC|OHSAS|EN|BS|ASI|CMMI|No|Nos|Level|level|Scope|Phase|Class|Grade|Tier|Step|Appendix|Chapter|Section|Article|Rule|Rules|Top|Table|Figure|Fig|Page|KPI|GRI|SDGs?|Goal|Version|Room|Floor|Building|Block|Road|Avenue|Street|Lot|Line|Tel|Phone|Fax|Stock Code|Code|Principle|Standard|Pillar|Group|Batch|COVID|Covid|Industry|Chapters?|${FOREIGN_CAPTION_WORDS.join('|')})\\.?\\s?|[#№])$`,
);
// "Scope 1 ja 2 heitkogused", "Scope 1 i 2 emisije", "Scope 1 und 2": the second scope of a pair is
// a scope's number too, whatever the language's "and".
const SCOPE_LISTED_BEFORE =
  /(?<!\p{L})scopes?\s?[123]\s*(?:,|\+|&|(?:and|ja|i|und|et|y|e|en|og|och|a|ir|un|oraz|ve|és)(?!\p{L}))\s*$/iu;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s$`);
const MONTH_AFTER = new RegExp(`^\\s${MONTH}\\b`);
const DURATION_AFTER =
  /^\s?(?:-|\s)?(?:consecutive\s+|straight\s+|calendar\s+|working\s+|natural\s+)?(?:years?|months?|weeks?|minutes?|seconds?|decades?|days?)\b(?!\s+lost)/i;
