import { tryParseUnit } from '../../core/index.js';
import type { Figure } from '../precision/index.js';

// Relative words and the verbs of a share ("of which 372 were …, accounting for 76.5%") frame any part
// of any whole: they say nothing of what is counted.
const STOPWORDS = new Set(
  [
    'the and for with from that this was were are has have had its their our into over than more less about total of in on at by to a an as per year during period reporting company group which whom whose accounting accounted representing',
    // The same frame words in Indonesian ("sebanyak 64,2% dari seluruh karyawan, atau …") and Russian.
    'dari seluruh semua sebanyak sebesar atau dan yang pada tahun dengan untuk dalam oleh adalah',
    'или есть всех году которые которых также',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Stems of words that give a figure's unit or scale, not what it counts ("€1,486.3 million revenue"
 * and "Revenue from plant-based products (€ million)" share "revenue", not "million"): the values are
 * compared in a common unit anyway, so these words would only make unlike labels look alike. "Ten"
 * is the scale of mainland reports' "RMB ten thousand" and "ten thousand kWh" (万).
 */
const UNIT_WORDS: ReadonlySet<string> = new Set(
  'million billion thousand hundred ten tonne tonnes tons kwh mwh gwh twh tco kgco rmb hkd usd eur gbp cny yuan litres liters metres meters cubic square percent percentage'
    .split(' ')
    .map(stem),
);

/** Words read once as a currency or not ("lkr", "vnd", "rand"). */
const CURRENCY_WORDS = new Map<string, boolean>();

/**
 * Whether a word gives a unit or scale: a word of {@link UNIT_WORDS}, or any currency the unit
 * registry knows ("Revenue (LKR Mn)" and "Tea sales of LKR 5,140.2 Mn" share only their currency).
 */
function isUnitWord(word: string): boolean {
  if (UNIT_WORDS.has(word)) return true;
  let currency = CURRENCY_WORDS.get(word);
  if (currency === undefined) {
    currency = tryParseUnit(word)?.dimension.startsWith('money:') ?? false;
    CURRENCY_WORDS.set(word, currency);
  }
  return currency;
}

/**
 * How alike two figures' labels are (Jaccard similarity of their content words, 0–1), and how many words
 * that judgement rests on. Two printings of
 * one figure describe it in the same words ("purchased 425,200 tons of green-power aluminum" and
 * "426,700 tons of greenpower aluminum purchased"); figures that only share a metric do not.
 */
export function labelSimilarity(a: Figure, b: Figure): LabelMatch {
  return wordSimilarity(contentWords(a), contentWords(b));
}

/** {@link labelSimilarity} over word sets read once with {@link contentWords}. */
export function wordSimilarity(wa: ReadonlySet<string>, wb: ReadonlySet<string>): LabelMatch {
  // A unit both labels print says nothing about whether they are one figure (the values are compared
  // in a common unit); bare figures ("120 tonnes") have only their unit to go on.
  const ignoreUnits = namesAThing(wa) && namesAThing(wb);
  let common = 0;
  let sharedUnits = 0;
  for (const w of wa) {
    if (!wb.has(w)) continue;
    if (ignoreUnits && isUnitWord(w)) sharedUnits += weightOf(w);
    else common += weightOf(w);
  }
  const union = sizeOf(wa) + sizeOf(wb) - common - 2 * sharedUnits;
  return { similarity: union === 0 ? 0 : common / union, words: union };
}

/**
 * How much of a word a content word is: a pair of CJK characters is half of one, as a compound of n
 * characters gives n − 1 overlapping pairs ("温室气体" is two words, not three).
 */
function weightOf(word: string): number {
  return CJK_PAIR.test(word) ? 0.5 : 1;
}

const CJK_PAIR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2}$/u;

function sizeOf(words: ReadonlySet<string>): number {
  let size = 0;
  for (const w of words) size += weightOf(w);
  return size;
}

/** Whether a label has a word besides its unit's, read once per word set (each is compared with many). */
const NAMES_A_THING = new WeakMap<ReadonlySet<string>, boolean>();

function namesAThing(words: ReadonlySet<string>): boolean {
  let named = NAMES_A_THING.get(words);
  if (named === undefined) {
    named = [...words].some((w) => !isUnitWord(w));
    NAMES_A_THING.set(words, named);
  }
  return named;
}

/** How alike two labels are, and how many distinct content words they have between them. */
export interface LabelMatch {
  readonly similarity: number;
  /** Labels of one or two words ("Male", "Scope 1") are too short to tell figures apart. */
  readonly words: number;
}

/** The stemmed content words of a figure's label (or quote). */
export function contentWords(f: Figure): ReadonlySet<string> {
  const p = f.fact.provenance;
  return wordsOf(f.fact.label ?? (p.kind === 'document' ? p.quote : ''));
}

// A run of Han, kana, Hangul or Thai: words printed with no space between them ("温室气体排放量", "취수량",
// "ปริมาณน้ำ").
const CJK_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー\p{Script=Thai}]{2,}/gu;

// A word in Cyrillic, Greek, Arabic or Georgian letters ("водочерпене", "κατανάλωση", "المياه", "პროდუქცია").
const OTHER_SCRIPT_WORD =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Georgian}\p{M}]{3,}/gu;

/** Letters of an inflected word that stand for it: Bulgarian "водочерпене" and "водочерпенето" meet. */
const OTHER_SCRIPT_STEM = 6;

/**
 * The stemmed content words of a text. Chinese, Japanese and Korean print a compound with no space
 * inside it ("취수량", "用水量") and space it or not at will ("직접 배출" / "직접배출"), so their words are
 * each run's pairs of adjacent characters: two labels sharing a compound share its pairs; Thai, written
 * without spaces, too. A Cyrillic, Greek, Arabic or Georgian word stands by its first letters, accents dropped.
 */
export function wordsOf(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(/[-‐‑]/g, '')
    .split(/[^a-z]+/)) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    out.add(stem(raw));
  }
  for (const [run] of text.matchAll(CJK_RUN))
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const [word] of text.toLowerCase().matchAll(OTHER_SCRIPT_WORD)) {
    const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (bare.length >= 3 && !STOPWORDS.has(bare)) out.add(bare.slice(0, OTHER_SCRIPT_STEM));
  }
  return out;
}

/** The content words of a figure's label that name what it is, not its unit or scale ("Donations (€ thousand)" → donation). */
export function namingWords(f: Figure): ReadonlySet<string> {
  return withoutUnitWords(contentWords(f));
}

/** Words less those that give a unit or scale. */
export function withoutUnitWords(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words].filter((w) => !isUnitWord(w)));
}

/** A crude English stem: enough for "recycled"/"recycling" and "tons"/"ton" to meet. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}
