import words from './number-language.data.json' with { type: 'json' };

/**
 * How a document's language groups thousands (CLDR's group symbol of each locale): German,
 * Vietnamese, Indonesian, Danish, Spanish, Portuguese, Italian or Turkish prose prints "1.240" for
 * one thousand two hundred and forty; English, Malay, Chinese, Japanese, Korean or Thai prints
 * "1,240". A short text holds too few unambiguous figures to show its convention, but its words show
 * its language, and its language the convention.
 */
export type ThousandsMark = 'point' | 'comma' | 'space';

const LANGUAGES = words.languages.map((l) => ({
  thousands: l.thousands as ThousandsMark,
  words: new Set(l.words),
}));
const COMMA_SCRIPT = new RegExp(words.commaScripts.map((s) => `\\p{Script=${s}}`).join('|'), 'gu');
const WORD = /\p{L}+/gu;

/** Fewest marker words before a language is taken as the document's. */
const MIN_WORDS = 5;
/** How many times the marker words of the best language grouping otherwise the leading one needs. */
const LEAD = 2;
// Work bound: the first lines of a long report show its language as well as the whole.
const MAX_CHARS = 200_000;

/** The thousands mark the language of a document's text writes, when its words show one clearly. */
export function thousandsMarkOfLanguage(lines: Iterable<string>): ThousandsMark | undefined {
  let text = '';
  for (const line of lines) {
    text += `${line}\n`;
    if (text.length > MAX_CHARS) break;
  }
  const scores = LANGUAGES.map(() => 0);
  let wordCount = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    wordCount += 1;
    LANGUAGES.forEach((l, i) => {
      if (l.words.has(word)) scores[i] = (scores[i] ?? 0) + 1;
    });
  }
  // A text mostly in Chinese, Japanese, Korean or Thai letters (a run of them matches as one word).
  if ((text.match(COMMA_SCRIPT)?.length ?? 0) > wordCount) return 'comma';
  const ranked = LANGUAGES.map((l, i) => ({ thousands: l.thousands, score: scores[i] ?? 0 })).sort(
    (a, b) => b.score - a.score,
  );
  const first = ranked[0];
  if (first === undefined || first.score < MIN_WORDS) return undefined;
  // Close languages that group alike (Spanish and Italian) may share words; only a language that
  // groups otherwise competes.
  const rival = ranked.find((r) => r.thousands !== first.thousands)?.score ?? 0;
  return first.score >= LEAD * rival ? first.thousands : undefined;
}
