import { BASE_YEAR_AFTER } from './change-wording.js';
import { ROMANCE_AGAINST, ROMANCE_YEAR_ON_YEAR } from './romance-change-wording.js';
import { GERMAN_AGAINST } from './german-change-wording.js';
import { POLISH_YEAR_ON_YEAR } from './polish-change-wording.js';
import { NORDIC_AGAINST } from './nordic-change-wording.js';
import { MALAY_AGAINST } from './malay-change-wording.js';
import { VIETNAMESE_AGAINST } from './vietnamese-change-wording.js';
import { scriptAgainst } from './script-change-wording.js';

// What the change is measured against: the year before, or a baseline year.
export const YEAR_ON_YEAR = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y-o-y)\b/i;
// The figure compared with may be qualified as restated or adjusted ("on the restated 2024 figure").
const AGAINST =
  /\b(?:compared\s+(?:with|to)|from|over|than|versus|vs\.?|relative\s+to|against|since|on)\s+(?:(?:that\s+)?(?:of|in)\s+)?(?:the\s+|a\s+)?(?:(?:restated|adjusted|recalculated|reported|comparable)\s+)?(?:((?:previous|prior|last|preceding)\s+(?:financial\s+|reporting\s+)?(?:year|period))|(?:FY\s?)?((?:19|20)\d{2})(?:\s?\/\s?(\d{2}))?)/i;
/**
 * What a change is set against, in English, a Romance, German or Nordic language, Indonesian/Malay,
 * Vietnamese, Russian, Bulgarian, Greek, Arabic, Turkish or Thai: group 1 the year before, group 2 a year.
 */
export function against(text: string): RegExpExecArray | null {
  return (
    AGAINST.exec(text) ??
    ROMANCE_AGAINST.exec(text) ??
    GERMAN_AGAINST.exec(text) ??
    NORDIC_AGAINST.exec(text) ??
    MALAY_AGAINST.exec(text) ??
    VIETNAMESE_AGAINST.exec(text) ??
    scriptAgainst(text)
  );
}

/**
 * The year a stated change is set against, from the words after its figure (`rest`, from the figure;
 * `after`, past it) or the whole sentence: undefined for the year before, a year for an earlier baseline,
 * null when the year named is not before the statement's (no change that has happened).
 */
export function changeSince(
  sentence: string,
  rest: string,
  after: string,
  statementYear: number,
): number | undefined | null {
  const base = baseYear(rest, statementYear);
  if (base !== undefined) return base;
  return yearOnYearAfter(rest) ? undefined : baseline(ownComparison(after) ?? sentence, statementYear);
}

/**
 * The base year a figure is set against right after it ("46.8% below the FY19 base year"): a year
 * before the statement's, else null (a later year is no change that has happened); undefined when none
 * is named so.
 */
function baseYear(rest: string, statementYear: number): number | undefined | null {
  const m = BASE_YEAR_AFTER.exec(rest);
  const printed = m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5];
  if (printed === undefined) return undefined;
  // Two digits after "FY" ("FY19") are a year of this century.
  const year = printed.length === 2 ? 2000 + Number(printed) : Number(printed);
  if (year >= statementYear) return null;
  return year === statementYear - 1 ? undefined : year;
}

/** How far after the figure its own "year on year" may follow ("fell by 9.8% year on year"). */
const OWN_COMPARISON_REACH = 30;

/**
 * True when "year on year" follows the figure before any other comparison: the change is against the
 * year before, whatever baseline a later clause names ("…, on track for the 2030 target of a 40%
 * reduction against 2019").
 */
function yearOnYearAfter(rest: string): boolean {
  const own = rest.slice(0, OWN_COMPARISON_REACH);
  const yoy = YEAR_ON_YEAR.exec(own) ?? ROMANCE_YEAR_ON_YEAR.exec(own) ?? POLISH_YEAR_ON_YEAR.exec(own);
  if (yoy === null) return false;
  const other = against(own);
  return other === null || other.index > yoy.index;
}

// The next percentage in a sentence: a second change, with a comparison of its own.
const NEXT_PERCENT = /\d[\d.,]*\s?(?:%|per\s?cent\b|percentage\s+points?\b)/i;

/**
 * The words after a percentage up to the next one, when they name what it is set against: "a 2.6%
 * reduction compared to 2024 and a 5.0% reduction compared to 2023" sets each against its own year.
 */
function ownComparison(after: string): string | undefined {
  const next = after.search(NEXT_PERCENT);
  const own = next < 0 ? after : after.slice(0, next);
  return against(own) === null ? undefined : own;
}

/**
 * The baseline year a sentence compares with: undefined for the year before (the rule's default),
 * a year for an earlier baseline ("compared with 2019"), null when the named year is not before the
 * statement's year (a target or a later period: not a change that has happened).
 */
function baseline(sentence: string, statementYear: number): number | undefined | null {
  const m = against(sentence);
  if (!m || m[1] !== undefined || m[2] === undefined) return undefined;
  const start = Number(m[2]);
  const year = m[3] === undefined ? start : start + 1;
  if (year >= statementYear) return null;
  return year === statementYear - 1 ? undefined : year;
}
