import { foldLookAlikeWords, foldTraditionalChinese, latinLookAlike } from '../text/index.js';
import { cyrillicStem } from './cyrillic-stem.js';

/** A word of a label reduced to its matching key; words inside brackets weigh half (qualifiers, units). */
export interface PhraseToken {
  readonly word: string;
  readonly weight: number;
}

/** Longest text considered: labels and sentences are short, so longer input is cut (bounded work). */
const MAX_CHARS = 600;
/** Most tokens considered after cutting. */
const MAX_TOKENS = 120;

/** British and American spellings, and words reports use interchangeably, keyed by their stem. */
const SYNONYMS: Readonly<Record<string, string>> = {
  tonn: 'ton',
  metr: 'meter',
  litr: 'liter',
  sulphur: 'sulfur',
  labour: 'labor',
  programm: 'program',
  percentag: 'percent',
  proportion: 'percent',
  '%': 'percent',
  // "Water withdrawn per tonne" is the water withdrawal's intensity (GRI 303-3 words it both ways).
  withdrawn: 'withdrawal',
  withdraw: 'withdrawal',
  // "Grid elec. (MWh)": dense tables abbreviate a column's carrier.
  elec: 'electricity',
};

/** Two-word stems reports also write as one: "greenhouse gas" for "GHG", "carbon dioxide" for CO2. */
const BIGRAMS: Readonly<Record<string, string>> = {
  'greenhous gas': 'ghg',
  'carbon dioxid': 'co2',
};

/** The Latin letter a look-alike stands for; other whitespace becomes a space. */
function lookalike(ch: string): string {
  const latin = latinLookAlike(ch);
  if (latin !== undefined) return latin.toLowerCase();
  return /\s/.test(ch) ? ' ' : ch;
}

/** A Bulgarian or Russian word: stemmed by its own endings, not English ones. */
const CYRILLIC_WORD = /[\u0400-\u04ff]/u;

/** Folds a plural and its singular (and a trailing e) to one stem: emissions, emission → emission. */
function stem(word: string): string {
  if (CYRILLIC_WORD.test(word)) return cyrillicStem(word);
  if (word.length <= 3 || /\d/.test(word)) return SYNONYMS[word] ?? word;
  let w = word.replace(/isation$/, 'ization');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is|gas)$/.test(w)) w = w.slice(0, -1);
  // "reducing", "reduced" and "reduce" share a stem, as do "recycling", "recycled" and "recycle".
  const inflected = /^(.{3,}?)(ing|ed)$/.exec(w);
  if (inflected?.[1]) w = inflected[1];
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

/**
 * A mark only Vietnamese prints (in NFD): a horn (ơ, ư), a hook above (ả), a dot below a vowel (ạ), two
 * marks on one vowel (ấ, ặ), a tilde on e, i, u or y (ễ, ữ). French, Portuguese or Romanian print none.
 */
const VIETNAMESE_MARK = /[\u031b\u0309]|[aeiouy]\u0323|[\u0302\u0306][\u0300\u0301\u0303]|[eiuy]\u0303/iu;

/**
 * Vietnamese words differ by their tone marks alone ("thải" discharged, "thai" pregnancy; "lượng" amount,
 * "lương" wage; "mặt" surface, "mất" lost), so in a Vietnamese text each mark is kept as a digit after its
 * letter ("thải" → "tha3i", "đ" → "d9"): a word keeps its meaning and stays one ASCII token.
 */
const VIETNAMESE_CODES: Readonly<Record<string, string>> = {
  '\u0301': '1',
  '\u0300': '2',
  '\u0309': '3',
  '\u0303': '4',
  '\u0323': '5',
  '\u0302': '6',
  '\u031b': '7',
  '\u0306': '8',
};

/**
 * Letters no Unicode decomposition takes apart, written as the Latin letters they are read as: Danish and
 * Norwegian "ø" and "æ" ("strøm", "affaldsmængde"), French "œ", German "ß", Polish "ł" ("ogółem"). Without
 * this a word would part at the letter ("strøm" read as "str m").
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
};

/** The text in NFKD with its accents dropped, or in a Vietnamese text coded as digits. */
function foldAccents(text: string): string {
  const decomposed = text.replace(/[øØæÆœŒßłŁ]/g, (ch) => UNDECOMPOSED[ch] ?? ch).normalize('NFKD');
  if (!VIETNAMESE_MARK.test(decomposed)) return decomposed.replace(/[\u0300-\u036f]/g, '');
  return decomposed
    .replace(/[đĐ]/g, (d) => `${d === 'đ' ? 'd' : 'D'}9`)
    .replace(/[\u0300-\u036f]/g, (m) => VIETNAMESE_CODES[m] ?? '');
}

/** Unicode-folds the text, maps look-alike letters, drops HTML and LaTeX markup, lower-cases. */
function clean(text: string, cyrillic: boolean | undefined): string {
  return (
    // Accents fold away ("captación", "énergie" → "captacion", "energie"): reports drop them in tables.
    // Cyrillic words keep their letters (a look-alike is folded only inside a Latin word).
    foldAccents(foldLookAlikeWords(text.slice(0, MAX_CHARS), cyrillic === undefined ? {} : { cyrillic }))
      .normalize('NFKC')
      .replace(ARABIC_VARIANTS, arabicLetter)
      // Hebrew vowel points and cantillation marks are optional, as Arabic vowel marks are.
      .replace(/[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g, '')
      .replace(/[^\x20-\x7e\u0400-\u04ff]/g, (ch) => lookalike(ch))
      .toLowerCase()
      .replace(/<[^<>]{0,40}>/g, ' ')
      // Chinese has no spaces: a figure between two characters parts them ("2025年用水量为3.2万立方米"),
      // so no phrase is matched across it. English words around a figure stay neighbours.
      .replace(HAN_FIGURE, ` ${BARRIER} `)
      // Printed values are not part of a phrase: "saving 10,800 tons of standard coal", "in 2022".
      .replace(/(?<![a-z\d.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{4,})(?![a-z\d])/g, ' ')
      .replace(/[$\\_{}^]/g, ' ')
      .replace(/\b(t?co|so|no|nh)\s+([234])\b/g, '$1$2')
      .replace(/['’`]/g, '')
  );
}

/**
 * Arabic prints one letter in several forms a reader takes as one: alef with hamza or madda (أ إ آ ٱ)
 * for alef, alef maqsura (ى) for yeh, teh marbuta (ة) for heh; vowel marks (U+064B–U+065F, U+0670) and
 * the tatweel that stretches a word (U+0640) are optional. Reports print them or not, so they are folded.
 */
const ARABIC_VARIANTS = /[\u0622\u0623\u0625\u0671\u0649\u0629\u0640]|[\u064b-\u065f\u0670]/g;
const ARABIC_LETTER: Readonly<Record<string, string>> = {
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
};

function arabicLetter(ch: string): string {
  return ARABIC_LETTER[ch] ?? '';
}

/**
 * An Arabic word without the article "ال" (the) and a one-letter conjunction or preposition glued before
 * it ("و" and, "ب" by, "ل" for, "ف" so): "الكهرباء", "والكهرباء" and "كهرباء" are one word, as are
 * "للموظفين" and "موظفين".
 */
function arabicStem(word: string): string {
  return word.replace(/^(?:[وبلف]?ال|لل)(?=\p{L}{2})/u, '');
}

/**
 * A figure printed next to a Chinese character, Japanese kana or a Korean syllable, before or after it; a
 * single digit is left as a word ("范围1", "スコープ1": Scope 1, and "1인당", per person, are phrases).
 */
const HAN_FIGURE =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Hangul}\p{Script=Thai}]\s*)[-+]?\d[\d,.]*\d%?|[-+]?\d[\d,.]*\d%?(?=\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Hangul}\p{Script=Thai}])/gu;
/** Stands for a figure between Chinese characters: a token no phrase holds. */
const BARRIER = '\ue000';

/**
 * Splits cleaned text into raw words with their bracket depth; `&` and `+` read as "and". Chinese is
 * written without spaces, so each character is a word of its own (a phrase is a run of characters
 * found anywhere in a label), and so is each Japanese kana (ー, the long-vowel mark, included: スコープ);
 * Traditional characters and Japanese kanji are read in their Simplified form. Korean syllables are words
 * of their own too: Korean glues its particles to a noun ("배출량은", "사용량이") and spaces compounds as
 * it likes ("직접 배출", "직접배출"), so a phrase is a run of syllables, spaces aside. Thai is written
 * without spaces between words too, and its vowel and tone marks are characters of their own: each is a
 * word, so a Thai phrase is a run of characters. Arabic and Hebrew words are parted by spaces, as English
 * ones are.
 */
function rawWords(text: string): { word: string; depth: number }[] {
  const out: { word: string; depth: number }[] = [];
  let depth = 0;
  const folded = foldTraditionalChinese(text);
  for (const m of folded.matchAll(
    /[a-z0-9]+(?:\.[0-9]+)?|[\u0400-\u04ff]+|[()[\]（）&+%\ue000]|\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}ー]|\p{Script=Hangul}|\p{Script=Thai}|[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06fa-\u06ff]+|[\u05d0-\u05ea\u05f0-\u05f2]+/gu,
  )) {
    const w = /^[\u0620-\u064a]/.test(m[0]) ? arabicStem(m[0]) : m[0];
    if (w === '(' || w === '[' || w === '（') depth += 1;
    else if (w === ')' || w === ']' || w === '）') depth = Math.max(0, depth - 1);
    // Bulgarian and Russian "и" is "and" too: "Обхват 1 и 2" reads as "Обхват 1 + 2".
    else out.push({ word: w === '&' || w === '+' || w === 'и' ? 'and' : w, depth });
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/**
 * The matching tokens of a label or phrase: case, punctuation, look-alikes and plurals folded. With
 * `cyrillic`, words made wholly of look-alikes are read as Cyrillic ("Охват" is no Latin "Oxbat") though
 * the text prints no other Cyrillic letter.
 */
export function phraseTokens(text: string, options: { readonly cyrillic?: boolean } = {}): PhraseToken[] {
  const words = rawWords(clean(text, options.cyrillic));
  const tokens: PhraseToken[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const cur = words[i];
    if (!cur) continue;
    let word = cur.word;
    // "non-hazardous", "non hazardous" and "nonhazardous" are one word, distinct from "hazardous".
    const next = words[i + 1];
    if (word === 'non' && next) {
      word = `non${next.word}`;
      i += 1;
    }
    const stemmed = stem(word);
    const prev = tokens.at(-1);
    const merged = prev ? BIGRAMS[`${prev.word} ${stemmed}`] : undefined;
    const weight = cur.depth > 0 ? 0.5 : 1;
    if (prev && merged) tokens[tokens.length - 1] = { word: merged, weight: Math.max(prev.weight, weight) };
    else tokens.push({ word: stemmed, weight });
  }
  return tokens;
}

/** The tokens of a phrase as one comparable string, e.g. "direct ghg emission". */
export function phraseKey(text: string): string {
  return phraseTokens(text)
    .map((t) => t.word)
    .join(' ');
}
