import type { NumberToken } from '../numbers/index.js';

// Style guides spell out counts up to ten or twenty ("three fatalities", "twelve complaints"), so a
// count of incidents HKEX B2.1, B6.2, B7.1 and GRI 403-9, 205-3, 206-1, 418-1 ask for may carry no digit.
// "zero" is left to the zero statements (zero-statements.ts), which know a policy from a record.
const WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

// Only counts of incidents and cases: a spelled number before "plants", "countries" or "scenarios"
// describes the report, it does not disclose a figure (those are left to digits).
const INCIDENT = String.raw`(?:fatalit(?:y|ies)|deaths?|injur(?:y|ies)|incidents?|accidents?|cases?|complaints?|breaches|breach|violations?|fines?|penalt(?:y|ies)|lawsuits?|legal\s+(?:cases?|actions?|proceedings)|spills?|recalls?|grievances?|near\s+misses|near\s+miss|occupational\s+diseases?|prosecutions?|whistleblowing\s+reports?|reports?)`;
const QUALIFIER = String.raw`(?:(?:work|job|employment|corruption|safety|customer|product|environment(?:al)?)-related\s+|confirmed\s+|substantiated\s+|serious\s+|major\s+|minor\s+|reportable\s+|recordable\s+|lost-time\s+|fatal\s+|new\s+|further\s+|other\s+|separate\s+|environmental\s+|legal\s+|product\s+|customer\s+|safety\s+|data\s+|privacy\s+|corruption\s+){0,3}`;
const SPELLED = new RegExp(String.raw`\b(${WORDS.join('|')})\b(?=\s+${QUALIFIER}${INCIDENT}\b)`, 'gi');
// "one of the", "the two", "these three", "all four", "every two": the word points at things, it does not count them.
const NOT_A_COUNT_BEFORE =
  /\b(?:the|these|those|all|both|every|each|its|our|their|first|last|only|per|within)\s+$/i;

/**
 * Spelled-out counts of incidents as number tokens ("three fatalities", "a total of twelve
 * complaints"), read like digits by the figure reader. Words from one to twenty only.
 */
export function spelledCounts(sentence: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of sentence.matchAll(SPELLED)) {
    const word = m[1] ?? '';
    const start = m.index;
    if (NOT_A_COUNT_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    const index = WORDS.indexOf(word.toLowerCase() as (typeof WORDS)[number]);
    if (index < 0) continue;
    out.push({
      start,
      end: start + word.length,
      printed: word,
      value: String(index + 1),
      leftGlued: '',
      rightGlued: '',
    });
  }
  return out;
}
