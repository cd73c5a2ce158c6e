import { foldLookAlikeWords, latinLookAlike } from '../text/index.js';
import { BASE_CLOSE, BASE_OPEN, markRateBases } from './rate-base.js';
import {
  CHARACTER_SCRIPTS,
  RULED_LETTERS,
  SCRIPT_RULES,
  SCRIPT_TOKEN,
  scriptRuleOf,
  type ScriptRule,
} from './script-rules.js';

/** A word of a label reduced to its matching key; words inside brackets weigh half (qualifiers, units). */
export interface PhraseToken {
  readonly word: string;
  readonly weight: number;
  /** In a rate's base clause ("per 200,000 hours worked"): names the rate's denominator, not its metric. */
  readonly base?: true;
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

/** Folds a plural and its singular (and a trailing e) to one stem: emissions, emission → emission. */
function stem(word: string): string {
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

/** Keeps ASCII and the letters of every script read by rule; other letters go to their look-alike. */
const NOT_KEPT = new RegExp(`[^\\x20-\\x7e${RULED_LETTERS}]`, 'gu');

/** Unicode-folds the text, maps look-alike letters, drops HTML and LaTeX markup, lower-cases. */
function clean(text: string, cyrillic: boolean | undefined): string {
  return (
    // Accents fold away ("captación", "énergie" → "captacion", "energie"): reports drop them in tables.
    // Cyrillic and Greek words keep their letters (a look-alike is folded only inside a Latin word).
    SCRIPT_RULES.reduce(
      (folded, rule) => rule.fold?.(folded) ?? folded,
      foldAccents(
        foldLookAlikeWords(
          markRateBases(text.slice(0, MAX_CHARS)),
          cyrillic === undefined ? {} : { cyrillic },
        ),
      ).normalize('NFKC'),
    )
      .replace(NOT_KEPT, (ch) => lookalike(ch))
      .toLowerCase()
      .replace(/<[^<>]{0,40}>/g, ' ')
      // Chinese has no spaces: a figure between two characters parts them ("2025年用水量为3.2万立方米"),
      // so no phrase is matched across it. English words around a figure stay neighbours.
      .replace(HAN_FIGURE, ` ${BARRIER} `)
      // Printed values are not part of a phrase: "saving 10,800 tons of standard coal", "in 2022".
      .replace(/(?<![a-z\d.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{4,})(?![a-z\d])/g, ' ')
      .replace(/[$\\_{}^]/g, ' ')
      .replace(/\b(t?co|so|no|nh)\s+([234])\b/g, '$1$2')
      // Uzbek prints its o‘ and g‘ with any apostrophe (‘ ʻ ’ '): all drop, so "o‘qitish" is one word.
      .replace(/['’‘ʻʼ`]/g, '')
  );
}

/**
 * A figure printed next to a character of a script spaced by characters (Chinese, Japanese kana, Korean,
 * Thai), before or after it; a single digit is left as a word ("范围1", "スコープ1": Scope 1, and "1인당",
 * per person, are phrases).
 */
const HAN_FIGURE = new RegExp(
  `(?<=[${CHARACTER_SCRIPTS}]\\s*)[-+]?\\d[\\d,.]*\\d%?|[-+]?\\d[\\d,.]*\\d%?(?=\\s*[${CHARACTER_SCRIPTS}])`,
  'gu',
);
/** Stands for a figure between such characters: a token no phrase holds. */
const BARRIER = '\ue000';

/** A raw word: a Latin word or figure, a bracket, `&`, `+`, `%`, or a token of a script read by rule. */
const RAW_WORD = new RegExp(
  `[a-z0-9]+(?:\\.[0-9]+)?|[()[\\]（）&+%\\ue000${BASE_OPEN}${BASE_CLOSE}]|${SCRIPT_TOKEN}`,
  'gu',
);

interface RawWord {
  readonly word: string;
  readonly depth: number;
  readonly rule: ScriptRule | undefined;
  readonly base: boolean;
}

/**
 * Splits cleaned text into raw words with their bracket depth and weight; `&` and `+` read as "and".
 * A script read by rule ({@link SCRIPT_RULES}) is cut into its words or characters and stemmed its way.
 */
function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  let depth = 0;
  let base = false;
  for (const m of text.matchAll(RAW_WORD)) {
    const w = m[0];
    const rule = scriptRuleOf(w);
    if (w === BASE_OPEN || w === BASE_CLOSE) base = w === BASE_OPEN;
    else if (w === '(' || w === '[' || w === '（') depth += 1;
    else if (w === ')' || w === ']' || w === '）') depth = Math.max(0, depth - 1);
    else {
      const and = w === '&' || w === '+' || rule?.and?.includes(w) === true;
      const not = rule?.not?.includes(w) === true;
      out.push({ word: and ? 'and' : not ? 'non' : w, depth, rule: and || not ? undefined : rule, base });
    }
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
    let rule = cur.rule;
    // "non-hazardous", "non hazardous" and "nonhazardous" are one word, distinct from "hazardous".
    const next = words[i + 1];
    if (word === 'non' && next) {
      word = `non${next.word}`;
      rule = next.rule;
      i += 1;
    }
    const stemmed = rule?.stem ? rule.stem(word) : stem(word);
    const prev = tokens.at(-1);
    const merged = prev ? BIGRAMS[`${prev.word} ${stemmed}`] : undefined;
    const weight = (cur.depth > 0 ? 0.5 : 1) * (rule?.weight ?? 1);
    const base = cur.base ? ({ base: true } as const) : {};
    if (prev && merged)
      tokens[tokens.length - 1] = { ...prev, word: merged, weight: Math.max(prev.weight, weight) };
    else tokens.push({ word: stemmed, weight, ...base });
  }
  return tokens;
}

/** The tokens of a phrase as one comparable string, e.g. "direct ghg emission". */
export function phraseKey(text: string): string {
  return phraseTokens(text)
    .map((t) => t.word)
    .join(' ');
}
