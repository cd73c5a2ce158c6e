import { OF_WHOM_WORDS, escapeRegExp } from '../../core/index.js';
import { genderOf, readPrintedUnit } from '../classify/index.js';
import type { NumberToken } from '../numbers/index.js';
import type { NarrativeFigure } from './read-figure.js';

// What a part of a count is, right after its number: "were women", "were male", "in East China",
// "overseas", "from Hong Kong", "aged under 30", "full-time", "were under 30", "between 30 and 50".
// Bounded: a few words up to a comma, bracket or "and".
const GROUP_AFTER =
  /^\s+(?:(?:(?:were|are)\s+)?(?:employed\s+)?(?:full[- ]time|part[- ]time|permanent|temporary|casual)\b|(?:(?:were|are)\s+)?(?:aged\s+)?(?:(?:under|below|over|above)\s+\d{2}|between\s+\d{2}\s+and\s+\d{2})\b|(?:were|are|was|is)\s+(?:women|men|female|male|aged\s+[\w\s-]{2,20}?|based\s+(?:in|overseas)\b[\w\s-]{0,30}?|located\s+in\s+[\w\s-]{2,30}?|in\s+[A-Z][\w\s-]{1,30}?)|(?:worked|work|were\s+working|are\s+working|were\s+based|are\s+based)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}|overseas|abroad)|(?:in|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}|overseas|abroad|locally)(?=\s*(?:[,;.()]|\band\b|$))/;
const BARE_GENDER = /^\s+(women|men|female|male)(?=\s*(?:[,;.()]|\band\b|$))/i;
// The words that open a list of parts: "of whom", "of which", "including" and their like in the other
// languages read ("dont", "davon", "neist", "od toga"; core's part-of-whole words), a colon after the whole.
const OPENS_LIST = new RegExp(`(?:(?<!\\p{L})(?:${OF_WHOM_WORDS})|:)\\s*$`, 'iu');
// A part named by one word: a gender in any language read ("neist 216 naist", "dont 456 femmes").
const ONE_WORD = /^\s+(\p{L}+)(?=\s*(?:[,;.()]|$))/u;
const OPENS_BRACKET = /^[^()]*\(\s*$/;
// "of which 388 were domestic suppliers", "of whom 214 are local employees": a kind of the whole's noun.
const KIND_AFTER = /^\s+(?:were|are)\s+((?:[A-Za-z-]+\s+){1,3}?)([A-Za-z-]+)(?=\s*(?:[,;.()]|\band\b|$))/;
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
  if (!previous || previous.unit === '' || t.rightGlued !== '') return undefined;
  if (t.start - previous.end > REACH) return undefined;
  if (previous.measured) return placeOfMeasure(sentence, t, previous);
  const after = sentence.slice(t.end, t.end + 60);
  const between = sentence.slice(previous.end, t.start);
  // "52 employees took parental leave (21 men and 31 women)": genders in a bracket after the count.
  const bracket = previous.part !== true && OPENS_BRACKET.test(between) && between.length <= 60;
  const listed = previous.part === true ? BETWEEN_PARTS.test(between) : OPENS_LIST.test(between) || bracket;
  // "of whom 3,112 were men and 1,874 women": after a gender part the other gender may stand bare.
  // "3,310 people: 1,702 men and 1,608 women": a colon opens a list of bare genders too.
  const colon = previous.part !== true && /:\s*$/.test(between);
  const opened = previous.part !== true && OPENS_LIST.test(between);
  const bare =
    bracket || colon || (previous.part === true && previous.dims?.gender !== undefined)
      ? (BARE_GENDER.exec(after) ?? genderWord(after))
      : opened
        ? genderWord(after)
        : null;
  const group = (bracket ? null : GROUP_AFTER.exec(after)) ?? bare;
  if (!listed) return undefined;
  if (!group) return bracket || previous.part === true ? undefined : kindOfWhole(t, after, previous);
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

// A place a measure's part is in ("in Germany", "at the Porto plant"), never a time ("in Q1", "in May").
const PLACE_AFTER =
  /^\s+(?:in|at)\s+(?:the\s+)?(?!(?:Q[1-4]|H[12]|FY|January|February|March|April|May|June|July|August|September|October|November|December)\b)([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?=\s*(?:[,;.()]|\band\b|$))/;

/**
 * A part of a measure listed by place after it: "64,210 hours of training: 28,400 hours in Norway,
 * 14,300 in Sweden and 21,510 in Finland". The unit may be printed again or left out; the part is the
 * whole's measure for that place, named by the whole's words, so it is never read as the whole.
 */
function placeOfMeasure(
  sentence: string,
  t: NumberToken,
  previous: NarrativeFigure,
): NarrativeFigure | undefined {
  const between = sentence.slice(previous.end, t.start);
  const listed = previous.part === true ? BETWEEN_PARTS.test(between) : /:\s*$/.test(between);
  if (!listed) return undefined;
  const rest = sentence.slice(t.end, t.end + 80);
  const unit = new RegExp(`^\\s+${escapeRegExp(previous.unit)}(?![\\p{L}])`, 'iu').exec(rest);
  const place = PLACE_AFTER.exec(rest.slice(unit?.[0].length ?? 0));
  if (!place?.[1]) return undefined;
  // The whole's words without its number ("hours of formal training"): what each part measures.
  const wholeWords =
    previous.part === true
      ? previous.name
      : sentence
          .slice(previous.start, previous.end)
          .replace(/^[^\p{L}]+/u, '')
          .trim();
  return {
    dims: { region: place[1].toLowerCase() },
    value: t.value,
    unit: previous.unit,
    noun: previous.noun,
    measured: true,
    at: t.start,
    start: t.start,
    end: t.end + (unit?.[0].length ?? 0) + place[0].length,
    part: true,
    ...(wholeWords ? { name: wholeWords } : {}),
  };
}

// "Men numbered 702 and women 1,104": a gender printed before its count.
const GENDER_BEFORE =
  /(?:^|[,;]\s*|\band\s+)(men|women|male|female)(?:\s+(?:employees|staff|workers))?\s+(?:numbered\s+|totall?ed\s+|were\s+|came\s+to\s+)?$/i;
const PEOPLE_COUNTED = /\b(?:employees|staff|workers|people|persons|personnel|colleagues|headcount)\b/i;
// "By age, 486 were under 30, …": a sentence that opens by naming the breakdown its counts give.
const BY_BREAKDOWN = /^\s*by\s+(?:age(?:\s+group)?|gender|sex|employment\s+type|contract\s+type)\s*,\s*$/i;

/**
 * A count by group in a sentence of its own, after the sentence that gave the whole ("We had 1,806
 * employees." then "Men numbered 702 and women 1,104. By age, 486 were under 30, 894 between 30 and
 * 50 and 426 over 50."): it counts the whole's noun. Only these two wordings are read, so a bare
 * number in a later sentence never takes the whole's noun by mere nearness.
 */
export function partOfEarlierWhole(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
  whole: NarrativeFigure | undefined,
): NarrativeFigure | undefined {
  if (!whole || whole.measured || whole.unit === '' || t.rightGlued !== '') return undefined;
  const before = sentence.slice(Math.max(0, t.start - 40), t.start);
  const gender = GENDER_BEFORE.exec(before);
  const part = (start: number, end: number, dims: Record<string, string>): NarrativeFigure => ({
    dims,
    value: t.value,
    unit: whole.unit,
    noun: whole.noun,
    measured: false,
    at: t.start,
    start,
    end,
    part: true,
  });
  // "Female employees numbered 920" breaks down a count of people, not of meetings or sites before it.
  const namesPeople = /\b(?:employees|staff|workers)\s+\S*\s*$/i.test(gender?.[0] ?? '');
  if (gender?.[1] && (!namesPeople || PEOPLE_COUNTED.test(whole.unit)))
    return part(
      t.start - gender[0].length + (gender[0].length - gender[0].trimStart().length),
      t.end,
      groupDims(gender[1]),
    );
  const group = GROUP_AFTER.exec(sentence.slice(t.end, t.end + 60));
  if (!group) return undefined;
  const last = figures[figures.length - 1];
  const opened =
    last === undefined
      ? BY_BREAKDOWN.test(sentence.slice(0, t.start))
      : last.part === true && BETWEEN_PARTS.test(sentence.slice(last.end, t.start));
  return opened ? part(t.start, t.end + group[0].length, groupDims(group[0])) : undefined;
}

/** The one word after a part's count when it names a gender in any language read, else null. */
function genderWord(after: string): RegExpExecArray | null {
  const word = ONE_WORD.exec(after);
  return word?.[1] !== undefined && genderOf(word[1].toLowerCase()) !== undefined ? word : null;
}

/** The breakdown a part's group gives: gender, age band or place (HKEX B1.1, B5.1; GRI 2-7, 405-1). */
function groupDims(group: string): Record<string, string> {
  const words = group
    .replace(/^\s*(?:were|are|was|is|worked|work)\s+/i, '')
    .replace(/^(?:working|based)\s+/i, '')
    .trim();
  if (/^(?:women|female)$/i.test(words)) return { gender: 'female' };
  if (/^(?:men|male)$/i.test(words)) return { gender: 'male' };
  const gender = /^\p{L}+$/u.test(words) ? genderOf(words.toLowerCase()) : undefined;
  if (gender !== undefined) return { gender };
  const age = /^aged\s+(.+)$/i.exec(words)?.[1];
  if (age !== undefined) return { age: age.trim() };
  // Employment type and an age band the classifier reads from the part's own words (its label).
  if (/\b(?:time|permanent|temporary|casual)$|\d{2}$/i.test(words)) return {};
  const place = words.replace(/^(?:based\s+|located\s+)?(?:in|from|at)\s+(?:the\s+)?/i, '').trim();
  return { region: place.toLowerCase() };
}

/**
 * "612 suppliers, of which 428 were domestic suppliers": a part named by a kind of the whole's own
 * noun. Women or men give the gender; any other kind narrows the whole (a `scope` dim, like a note
 * that narrows a figure), so the part is never read as the whole.
 */
function kindOfWhole(t: NumberToken, after: string, whole: NarrativeFigure): NarrativeFigure | undefined {
  const m = KIND_AFTER.exec(after);
  const head = (whole.noun.split(/\s+/).pop() ?? '').toLowerCase();
  if (!m?.[1] || !m[2] || head === '' || m[2].toLowerCase() !== head) return undefined;
  const kind = m[1].trim().toLowerCase();
  const gender = /^(?:women|female)$/.test(kind)
    ? 'female'
    : /^(?:men|male)$/.test(kind)
      ? 'male'
      : undefined;
  return {
    dims: gender === undefined ? { scope: kind } : { gender },
    value: t.value,
    unit: whole.unit,
    noun: whole.noun,
    measured: false,
    at: t.start,
    start: t.start,
    end: t.end + m[0].length,
    part: true,
  };
}

// People a workforce share can be of (GRI 405-1, HKEX B1.1).
const PEOPLE_NOUN = /\b(?:employees|staff|workers|people|persons|personnel|workforce)$/i;

/**
 * A share printed in brackets right after a part of a workforce ("1,206 were women (38.4%)"): the
 * part's share of the whole, with the part's breakdown, named as the catalogue names workforce shares.
 */
export function shareOfPart(
  sentence: string,
  f: NarrativeFigure,
  figures: readonly NarrativeFigure[],
): NarrativeFigure {
  const last = figures[figures.length - 1];
  if (f.unit !== '%' || last?.part !== true || last.dims === undefined) return f;
  // People in English by their noun; in other languages by a noun the unit registry counts as persons.
  const english = PEOPLE_NOUN.test(last.noun);
  const people = english || readPrintedUnit(last.noun)?.unit.symbol === 'persons';
  if (Object.keys(last.dims).length === 0 || !people) return f;
  if (!/^\s*\(\s*$/.test(sentence.slice(last.end, f.at))) return f;
  return { ...f, dims: { ...last.dims }, name: `proportion of ${english ? last.noun : 'employees'}` };
}
