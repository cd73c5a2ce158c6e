import type { NumberToken } from '../numbers/index.js';
import { movementNoun } from './movement.js';
import type { NarrativeFigure } from './read-figure.js';

// "…, and 49 of them returned to work", "…, of whom 80 returned": a part of the people just counted.
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b/i;
const OF_WHOM_BEFORE = /\bof\s+(?:whom|which|them|these)\s*,?\s*$/i;

// How far back the count a part refers to may be printed.
const REACH = 120;

/**
 * A number counting part of the people counted just before it ("52 employees took parental leave,
 * and 49 of them returned to work"): it counts the same noun, named by its own verb ("employees who
 * returned to work after …"). Undefined when no such count comes before or no verb names the part.
 */
export function partOfPrevious(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const of = figures[figures.length - 1];
  if (!of || of.measured || of.noun === '' || t.start - of.end > REACH || t.rightGlued !== '')
    return undefined;
  const after = sentence.slice(t.end, t.end + 120);
  const them = OF_THEM_AFTER.exec(after);
  const whom = OF_WHOM_BEFORE.test(sentence.slice(Math.max(0, t.start - 20), t.start));
  if (!them && !whom) return undefined;
  const rest = them ? after.slice(them[0].length) : after;
  const unit = movementNoun(of.noun, rest);
  if (unit !== of.noun)
    return { value: t.value, unit, noun: of.noun, measured: false, at: t.start, start: t.start, end: t.end };
  // "1,286 suppliers, 846 of them in Taiwan", "214 learners, 162 of them previously unemployed": no
  // verb names the part, so its own words narrow the whole's noun (women or men give the gender).
  const words = them && !of.part ? THEIR_WORDS.exec(rest)?.[1]?.trim() : undefined;
  if (!them || words === undefined || of.unit === '' || !narrows(of, words)) return undefined;
  const end = t.end + them[0].length + rest.indexOf(words) + words.length;
  return {
    value: t.value,
    unit: of.unit,
    noun: of.noun,
    measured: false,
    at: t.start,
    start: t.start,
    end,
    part: true,
    dims: genderOf(words) ?? placeOf(words) ?? { scope: words },
  };
}

// The words of a part after "of them": an optional bracketed share and verb, then up to four words.
const THEIR_WORDS =
  /^\s*(?:\([^()]{0,20}\)\s*)?(?:(?:were|are|was|is)\s+)?((?:[A-Za-z][\w'’-]*)(?:\s+(?!and\b|or\b)[A-Za-z][\w'’-]*){0,3})/;

// Wholes whose parts a sentence names by its own words: people and the bodies they sit on, suppliers
// and other organisations, and the concerns people raise (GRI 2-7, 2-9, 2-25, 405-1, 414-1).
const PARTED =
  /\b(?:employees|staff|personnel|workers|people|persons|colleagues|members|directors|managers|executives|learners|apprentices|trainees|suppliers|enterprises|companies|reports|grievances|complaints|cases)$/i;
const PEOPLE_HEAD =
  /\b(?:employees|staff|personnel|workers|people|persons|colleagues|members|directors|managers|executives|women|men)$/i;

/**
 * Whether a part's words narrow the whole ("in Vietnam", "independent", "women") rather than name
 * a kind of another thing ("58 courses, of which 12 were online webinars"): only wholes of the kinds
 * above are broken down, and a plural noun ending the words must be the whole's, or both count people.
 */
function narrows(whole: NarrativeFigure, words: string): boolean {
  if (!PARTED.test(whole.unit)) return false;
  const last = words.split(/\s+/).pop()?.toLowerCase() ?? '';
  const head = whole.unit.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!/^[a-z]{3,}s$/.test(last) || last === head) return true;
  return PEOPLE_HEAD.test(whole.unit) && PEOPLE_HEAD.test(last);
}

/** The place a part's words give ("in Taiwan", "based in the UK"), as partOfList names regions. */
function placeOf(words: string): { region: string } | undefined {
  const place = /^(?:based\s+)?in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$/.exec(words)?.[1];
  return place === undefined ? undefined : { region: place.toLowerCase() };
}

/** The gender a part's words give ("women", "were men"), undefined for any other group. */
function genderOf(words: string): { gender: string } | undefined {
  if (/^(?:women|female)\b/i.test(words)) return { gender: 'female' };
  if (/^(?:men|male)\b/i.test(words)) return { gender: 'male' };
  return undefined;
}

// "of whom 6 are independent", "5 of whom are independent", "of which 9 were substantiated",
// "…; 15 were resolved": what a part of the count before it is, said by its verb.
const PART_PREDICATE =
  /^\s+(?:of\s+(?:whom|which)\s+)?(?:were|are|was|is|have\s+been|had\s+been)\s+([a-z][\w-]*(?:\s+(?!and\b|or\b)[a-z][\w-]*){0,3})(?=\s*(?:[,;.()]|\band\b|$))/;
const OPENED_BY_OF_WHOM = /^\s*(?:\([^()]{0,30}\)\s*)?,?\s*of\s+(?:whom|which)\s*$/i;
// A count's own clause closed by a semicolon or a comma, the part opening the next.
const CLAUSE_CLOSED = /^[^.;:()]{0,40}[;,]\s*$/;

/**
 * A number counting part of the count just before it, named by what the part is or had done:
 * "11 members, of whom 6 are independent", "12 directors, 5 of whom are women", "38 reports, of which
 * 9 were substantiated", "17 grievances were received; 15 were resolved". It counts the same noun,
 * narrowed by its predicate (a `scope` dim; women or men give the gender), never as the whole.
 */
export function partByPredicate(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const of = figures[figures.length - 1];
  if (!of || of.measured || of.unit === '' || of.part === true || t.rightGlued !== '') return undefined;
  if (t.start - of.end > 60) return undefined;
  const between = sentence.slice(of.end, t.start);
  const after = sentence.slice(t.end, t.end + 80);
  const m = PART_PREDICATE.exec(after);
  const ofWhomAfter = m !== null && /^\s+of\s+(?:whom|which)\b/i.test(after);
  const opened =
    OPENED_BY_OF_WHOM.test(between) ||
    (CLAUSE_CLOSED.test(between) && (ofWhomAfter || /ed$/.test(m?.[1] ?? '')));
  if (!m?.[1] || !opened) return undefined;
  const predicate = m[1].trim();
  if (!narrows(of, predicate)) return undefined;

  return {
    value: t.value,
    unit: of.unit,
    noun: of.noun,
    measured: false,
    at: t.start,
    start: t.start,
    end: t.end + m[0].length,
    part: true,
    dims: /^(?:women|female|men|male)$/i.test(predicate) ? (genderOf(predicate) ?? {}) : { scope: predicate },
  };
}
