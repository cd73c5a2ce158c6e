import labelWords from './full-coverage-labels.data.json' with { type: 'json' };

// How a claim of full coverage ("all of our 22 owned ships are fitted with …") is matched to what a table
// names: the words of the claim's clause, of its population, and of a row's label or a column's heading.

const FILLER = new Set(labelWords.filler);
const FILLER_HAN = new Set(labelWords.fillerHan);

/** A word as matching reads it: lower case, a plural's "s" dropped ("systems", "berths", "facilities"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * The words of a text that may name a feature or a population: its words (each Chinese character one) less
 * the filler words, and less a bracketed abbreviation ("Ballast water treatment system (BWTS)") unless
 * `bracketed` keeps it, as a clause that spells a name out before its abbreviation may be matched to a
 * heading printing the abbreviation alone ("monitoring systems (CEMS) are online" under "CEMS online").
 */
export function wordsOf(text: string, bracketed = false): Set<string> {
  const words = (bracketed ? text : text.replace(/[(（][^)）]*[)）]/gu, ' ')).match(
    /\p{Script=Han}|(?:(?!\p{Script=Han})\p{L})+/gu,
  );
  return new Set((words ?? []).map(stem).filter((w) => !FILLER.has(w) && !FILLER_HAN.has(w)));
}

const isHan = (w: string): boolean => /\p{Script=Han}/u.test(w);

/**
 * Whether a row's label names a feature of the claim: every word of it is the claim's or the population's,
 * and at least one (two Chinese characters) names something beyond the population.
 */
export function namesFeature(
  label: ReadonlySet<string>,
  clause: ReadonlySet<string>,
  population: ReadonlySet<string>,
): boolean {
  const feature = [...label].filter((w) => !population.has(w));
  const enough = feature.some((w) => !isHan(w)) || feature.length >= 2;
  return enough && [...label].every((w) => clause.has(w) || population.has(w));
}

// The fewest letters two forms of one word share ("generated", "generates"), and the most either adds.
const MIN_SHARED = 5;
const MAX_ENDING = 3;

/** Whether two words are forms of one ("generated" and "generates", "monitored" and "monitoring"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k >= MIN_SHARED && a.length - k <= MAX_ENDING && b.length - k <= MAX_ENDING;
}

/**
 * Whether a column's heading names a feature of the claim: every word of it is a form of one of the
 * clause's or the population's, and one at least names something beyond the population.
 */
export function headingNamesFeature(
  heading: ReadonlySet<string>,
  clause: ReadonlySet<string>,
  population: ReadonlySet<string>,
): boolean {
  const among = (w: string, words: ReadonlySet<string>): boolean => [...words].some((c) => sameWord(w, c));
  const feature = [...heading].filter((w) => !among(w, population));
  const enough = feature.some((w) => !isHan(w)) || feature.length >= 2;
  return enough && [...heading].every((w) => among(w, clause) || among(w, population));
}
