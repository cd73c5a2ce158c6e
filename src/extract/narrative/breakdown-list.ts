import type { NumberToken } from '../numbers/index.js';
import type { NarrativeFigure } from './read-figure.js';

// What a part of a count is, right after its number: "were women", "were male", "in East China",
// "overseas", "from Hong Kong", "aged under 30". Bounded: a few words up to a comma, bracket or "and".
const GROUP_AFTER =
  /^\s+(?:(?:were|are|was|is)\s+(?:women|men|female|male|aged\s+[\w\s-]{2,20}?|based\s+(?:in|overseas)\b[\w\s-]{0,30}?|located\s+in\s+[\w\s-]{2,30}?|in\s+[A-Z][\w\s-]{1,30}?)|(?:worked|work|were\s+working|are\s+working|were\s+based|are\s+based)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}|overseas|abroad)|(?:in|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}|overseas|abroad|locally)(?=\s*(?:[,;.()]|\band\b|$))/;
// The words that open a list of parts: "of whom", "of which", "including", a colon after the whole.
const OPENS_LIST = /(?:\bof\s+(?:whom|which)|\bincluding|:)\s*$/i;
// What may stand between parts: a comma, "and", or a bracketed share ("1,248 were women (28.5%) and").
const BETWEEN_PARTS = /^\s*(?:\([^()]{0,20}\)\s*)?(?:,\s*)?(?:and\s+)?$/i;
// How far back the whole may be printed.
const REACH = 160;

/**
 * A number that counts a part of the count just before it, listed by group: "612 qualified
 * suppliers, of which 428 were in East China, 96 in North China and 27 overseas"; "4,386 employees,
 * of whom 1,248 were women and 160 worked overseas"; "1,007 suppliers: 642 in Hong Kong, 318 in
 * Mainland China and 47 overseas" (HKEX B1.1 and B5.1 ask for such breakdowns). The part counts the
 * whole's noun; its own words (number and group) are its label, so the group names its breakdown.
 */
export function partOfList(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  // A part's share printed in brackets after it ("1,248 were women (28.5%) and 160 …") stands aside.
  const last = figures[figures.length - 1];
  const previous = last?.unit === '%' && last.part !== true ? figures[figures.length - 2] : last;
  if (!previous || previous.measured || previous.unit === '' || t.rightGlued !== '') return undefined;
  if (t.start - previous.end > REACH) return undefined;
  const group = GROUP_AFTER.exec(sentence.slice(t.end, t.end + 60));
  if (!group) return undefined;
  const between = sentence.slice(previous.end, t.start);
  const listed = previous.part === true ? BETWEEN_PARTS.test(between) : OPENS_LIST.test(between);
  if (!listed) return undefined;
  const end = t.end + group[0].length;
  return {
    dims: groupDims(group[0]),
    value: t.value,
    unit: previous.unit,
    noun: previous.noun,
    measured: false,
    at: t.start,
    start: t.start,
    end,
    part: true,
  };
}

/** The breakdown a part's group gives: gender, age band or place (HKEX B1.1, B5.1; GRI 2-7, 405-1). */
function groupDims(group: string): Record<string, string> {
  const words = group
    .replace(/^\s*(?:were|are|was|is|worked|work)\s+/i, '')
    .replace(/^(?:working|based)\s+/i, '')
    .trim();
  if (/^(?:women|female)$/i.test(words)) return { gender: 'female' };
  if (/^(?:men|male)$/i.test(words)) return { gender: 'male' };
  const age = /^aged\s+(.+)$/i.exec(words)?.[1];
  if (age !== undefined) return { age: age.trim() };
  const place = words.replace(/^(?:based\s+|located\s+)?(?:in|from|at)\s+(?:the\s+)?/i, '').trim();
  return { region: place.toLowerCase() };
}
