// How sentences word a change between years. Each pattern is read on the text before the percentage
// (`lead`) or from the percentage on (`rest`); stated-change.ts decides what the change is of. Spanish,
// Portuguese, French and Italian wording comes in from romance-change-wording.ts, Norwegian, Danish and
// Swedish from nordic-change-wording.ts, Indonesian and Malay from malay-change-wording.ts, Vietnamese from
// vietnamese-change-wording.ts.
import {
  ROMANCE_AND,
  ROMANCE_APPROX,
  ROMANCE_BY,
  ROMANCE_CHANGE_NOUNS,
  ROMANCE_CHANGE_VERBS,
  ROMANCE_DOWN,
  ROMANCE_OF,
  ROMANCE_REPORTING_VERBS,
  ROMANCE_UP,
  ROMANCE_VERB_OBJECT,
} from './romance-change-wording.js';
import { GERMAN_CHANGE_NOUNS, GERMAN_DOWN, GERMAN_UP } from './german-change-wording.js';
import {
  NORDIC_AND,
  NORDIC_APPROX,
  NORDIC_BASE_YEAR,
  NORDIC_CHANGE_VERBS,
  NORDIC_COMPARATIVES,
  NORDIC_DOWN,
  NORDIC_UP,
} from './nordic-change-wording.js';
import {
  POLISH_AND,
  POLISH_APPROX,
  POLISH_CHANGE_VERBS,
  POLISH_DOWN,
  POLISH_UP,
} from './polish-change-wording.js';
import {
  MALAY_AND,
  MALAY_APPROX,
  MALAY_CHANGE_NOUNS,
  MALAY_CHANGE_VERBS,
  MALAY_DOWN,
  MALAY_REPORTING_VERBS,
  MALAY_UP,
} from './malay-change-wording.js';
import {
  VIETNAMESE_AND,
  VIETNAMESE_APPROX,
  VIETNAMESE_CHANGE_VERBS,
  VIETNAMESE_DOWN,
  VIETNAMESE_UP,
} from './vietnamese-change-wording.js';

// Words that hedge a figure ("by about 5%").
const HEDGES = String.raw`about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+`;
const ENGLISH_APPROX = String.raw`(?:by\s+)?(?:${HEDGES})?`;
// A change worded as a noun ("a decrease of 3.8%").
// "An improvement of 6%" says which way only with its metric (change-sense.ts).
const CHANGE_NOUNS = 'increase|decrease|reduction|decline|drop|rise|growth|fall|improvement|deterioration';
const APPROX = String.raw`(?:${ENGLISH_APPROX}|${ROMANCE_APPROX}|${POLISH_APPROX}|${NORDIC_APPROX}|${MALAY_APPROX}|${VIETNAMESE_APPROX})`;
// A headline drops the verb ("Water withdrawal down 7.2%", "Scope 2 up 3%"); "made up", "broken down"
// and the like are verbs of their own.
const HEADLINE_DIRECTION = String.raw`(?<!\b(?:made|make|makes|making|took|take|takes|taking|broken|break|breaks|set|sets|adds?|added|sums?|summed|ends?|ended|shut|slowed|stepped|scaled|cut|cuts|wound|went|go|goes|came|comes|round(?:ed)?|back(?:ed)?)\s)(?:down|up)`;
const CHANGE_VERBS = String.raw`increased|decreased|rose|fell|improved|worsened|deteriorated|dropped|declined|grew|reduced|went up|went down|climbed|jumped|slid|dipped|edged (?:up|down)|was (?:down|up)|were (?:down|up)|is (?:down|up)|are (?:down|up)|${HEADLINE_DIRECTION}|${ROMANCE_CHANGE_VERBS}|${POLISH_CHANGE_VERBS}|${NORDIC_CHANGE_VERBS}|${MALAY_CHANGE_VERBS}|${VIETNAMESE_CHANGE_VERBS}`;
// A subject: words up to a clause break, then its verb. "and"/"while" join two clauses of changes.
// A subject may carry a short parenthesis that qualifies it ("Scope 1 and 2 (market-based) emissions"), and
// open with a Vietnamese letter ("Điện năng tiêu thụ"). A subject never runs back over a percentage: in
// "energy use fell 1.0% and water withdrawal fell 1.8%" the second change's subject starts after "and".
const WORDS = String.raw`(?:[^,;:()%]|\([^,;:()]{1,30}\))`;
const SUBJECT = String.raw`(?:^|[,;:(]|\b(?:and|while|whereas|where|meanwhile|${ROMANCE_AND})\b|(?<![\w\u00c0-\u024f\u1e00-\u1eff])(?:${POLISH_AND}|${NORDIC_AND}|${MALAY_AND}|${VIETNAMESE_AND})(?![\w\u00c0-\u024f\u1e00-\u1eff]))\s*(?:(?:and|while|whereas|meanwhile|but|iar|[sș]i)\s+)?([A-Za-z\u00c0-\u024f\u1e00-\u1eff]${WORDS}{2,80}?)`;

/** "Scope 1 emissions (have) decreased by 31%", "electricity use was down 3.2%": subject, verb, figure. */
export const VERB_BEFORE = new RegExp(
  String.raw`${SUBJECT}\s+(?:ha(?:s|ve|d)\s+)?(?:been\s+)?(?:was\s+|were\s+)?(${CHANGE_VERBS})\s+${APPROX}$`,
  'i',
);

/**
 * "(helped us) cut total energy consumption by 7.2%", "we reduced our water use by 5%", "we lowered our
 * fuel use by 3%", "redujimos el consumo de agua un 5 %" (Spanish and Portuguese may drop "en" before
 * "un"): a verb, then what it changed, then the figure; the verb is group 1 and its object group 2.
 */
export const VERB_OBJECT = new RegExp(
  String.raw`\b(cut|reduced|lowered|decreased|increased|raised|improved|${ROMANCE_VERB_OBJECT})\s+(?:our\s+|the\s+|its\s+|their\s+)?([A-Za-z]${WORDS}{2,60}?)\s+(?:(?:by|${ROMANCE_BY})\s+(?:${HEDGES}|${ROMANCE_APPROX})?|(?:un|una|um|uma)\s+)$`,
  'i',
);

/**
 * "we reduced our water withdrawal by 9%", "redujimos la captación de agua un 9 %": the company telling
 * what it did, in the first person and the past, before what it changed.
 */
export const FIRST_PERSON_PAST = new RegExp(
  String.raw`(?:\bwe\s+(?:have\s+)?(?:cut|reduced|lowered|decreased|increased|raised)|(?<!\p{L})(?:redujimos|disminuimos|aumentamos|incrementamos|bajamos|recortamos|reduzimos|diminuímos|aumentámos|avons\s+réduit|avons\s+diminué|avons\s+augmenté|abbiamo\s+ridotto|abbiamo\s+diminuito|abbiamo\s+aumentato))\s+[^,;:]{3,70}$`,
  'iu',
);

/** "…, a decrease of 3.8%", "representing a year-on-year increase of 12%", "ein Plus von 6 %", "penurunan sebesar 5%". */
export const NOUN_OF = new RegExp(
  String.raw`\b(?:year[- ]on[- ]year\s+|yoy\s+|y-o-y\s+)?(?:(${CHANGE_NOUNS})\s+of|(${ROMANCE_CHANGE_NOUNS})\s+(?:interanual\s+)?${ROMANCE_OF}|(${GERMAN_CHANGE_NOUNS})\s+(?:um|von)\s+(?:(?:rund|etwa|ca\.|knapp)\s+)?|(?<![\w-])(${MALAY_CHANGE_NOUNS})(?!\w))\s*${APPROX}$`,
  'i',
);

/**
 * "…, down 4.2% year on year", "…, up by 7%", and a verb with no subject after the figure it changed:
 * "18,6 t CO2e per ton, turun 5% dibandingkan …", "… tấn CO2e, giảm 3% so với …".
 */
export const DOWN_UP = new RegExp(
  String.raw`,\s*(down|up|${MALAY_CHANGE_VERBS}|${VIETNAMESE_CHANGE_VERBS})\s+${APPROX}$`,
  'i',
);

/** "a 12% decrease in water consumption", "a 7% year-on-year reduction": the change's noun after the figure. */
export const NOUN_AFTER =
  /^[\d.,]+\s?(?:%|per\s?cent)\s+(?:year[- ]on[- ]year\s+|yoy\s+|y-o-y\s+)?(increase|decrease|reduction|decline|drop|rise|growth|fall|cut|improvement|deterioration)\b/i;

/** What a noun-worded change is of, printed after it: "… decrease in water consumption". */
export const SUBJECT_AFTER = /^\s*(?:in|of)\s+([^,;:.()]{3,60})/i;

/**
 * The subject of a noun-worded change, printed before a verb that reports it: "diesel consumption
 * recorded a decrease of 6.5%", "fuel use saw a 7% reduction".
 */
export const SUBJECT_BEFORE_NOUN = new RegExp(
  String.raw`${SUBJECT}\s+(?:ha(?:s|ve|d)\s+)?(?:recorded|saw|seen|showed|shown|posted|registered|marked|experienced|achieved|represented|reflected|${ROMANCE_REPORTING_VERBS}|${MALAY_REPORTING_VERBS})\s+(?:an?\s+|una?\s+|uma?\s+|une\s+|o\s+)?(?:(?:year[- ]on[- ]year|yoy|overall|further|total)\s+)?(?:(?:${CHANGE_NOUNS})\s+of\s+${APPROX})?$`,
  'i',
);

/** "4.2 per cent lower than in 2023": a figure compared in words after it. */
export const THAN_AFTER =
  /^[\d.,]+\s?(?:%|per\s?cent)\s+(lower|higher|less|more|below|above)\s+(?:than|compared\s+(?:with|to))\b/i;

/**
 * "46.8% below the FY19 base year", "12 per cent lower than 2019 levels", or the year after its noun:
 * "9 % below the base year 2019", Danish and Norwegian "9 % under basisåret 2022", Swedish "9 % lägre
 * än basåret 2022": a figure set against its baseline year; group 1 is the comparative, groups 2 and 4
 * the year after "FY" (two digits), groups 3 and 5 the year.
 */
export const BASE_YEAR_AFTER = new RegExp(
  String.raw`^[\d.,]+\s?(?:%|per\s?cent|prosent|procent)\s+(lower|higher|less|more|below|above|${NORDIC_COMPARATIVES})\s+(?:(?:than|end|enn|än)\s+)?(?:(?:in|that of|the|our|its|i)\s+)*(?:(?:FY\s?((?:19|20)?\d{2})|((?:19|20)\d{2}))(?:\/\d{2})?\s+(?:base[- ]year|baseline|base|levels?)(?!\p{L})|(?:base[- ]year|baseline|${NORDIC_BASE_YEAR})\s+(?:FY\s?((?:19|20)?\d{2})|((?:19|20)\d{2})))`,
  'iu',
);

/** The subject of a comparison ("Total GHG emissions were 4.2% lower than …"): the words before its verb. */
export const SUBJECT_BEFORE_BE = new RegExp(String.raw`${SUBJECT}\s+(?:was|were|is|are)\s+${APPROX}$`, 'i');

/** "… decreased by 4.6 per cent to 727,862.80 MWh": the figure the change ended at follows it. */
export const TO_FIGURE =
  /^[\d.,]+\s?(?:%|per\s?cent|percentage\s+points?)\s+(?:(?:year[- ]on[- ]year|yoy|y-o-y)\s+)?to\s+(?:a\s+(?:total|record)\s+of\s+|about\s+|approximately\s+|around\s+|some\s+)?(?:[A-Z]{0,3}\$|RMB\s?|HK\$|RM\s?|¥|€|£)?(?!(?:19|20)\d{2}\b)\d/i;

/** "percentage points" is a difference of shares, not a relative change. */
export const POINTS = /^[\d.,]+\s?(?:percentage\s+points?|pp\b|ppts?\b|%\s?pts?\b|%\s?points?\b)/i;

const UP =
  /^(?:increas\w*|rose|risen|rise|rising|grew|grown|growth|went up|(?:was|were|is|are) up|up|climb\w*|jump\w*|edged up|higher|more|above|raised)$/i;
const DOWN =
  /^(?:decreas\w*|fell|fallen|fall|dropp?\w*|declin\w*|reduc\w*|went down|(?:was|were|is|are) down|down|cut|slid|dipped|edged down|lower|lowered|less|below)$/i;

// Each language's words for a rise and for a fall, English first.
const UP_WORDS = [UP, ROMANCE_UP, GERMAN_UP, POLISH_UP, NORDIC_UP, MALAY_UP, VIETNAMESE_UP];
const DOWN_WORDS = [DOWN, ROMANCE_DOWN, GERMAN_DOWN, POLISH_DOWN, NORDIC_DOWN, MALAY_DOWN, VIETNAMESE_DOWN];

/** The direction a change word gives: "rose", "was down", "lower". */
export function directionOf(word: string): 'increase' | 'decrease' | undefined {
  const w = word.replace(/\s+/g, ' ');
  if (UP_WORDS.some((re) => re.test(w))) return 'increase';
  return DOWN_WORDS.some((re) => re.test(w)) ? 'decrease' : undefined;
}
