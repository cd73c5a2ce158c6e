import { foldArabicLetters, foldTraditionalChinese } from '../text/index.js';
import { cyrillicStem } from './cyrillic-stem.js';
import { georgianStem } from './georgian-stem.js';
import { greekStem } from './greek-stem.js';

/**
 * How the phrase matcher reads one writing system other than Latin: which letters are its own, how its
 * variant letter forms fold to one, whether it is cut into words or into characters, how a word sheds
 * its endings, and how much one of its tokens weighs against an English word. Adding a language written
 * in a new script is adding an entry to {@link SCRIPT_RULES}.
 */
export interface ScriptRule {
  readonly script: string;
  /** The script's letters, as the body of a regular-expression character class (`u` flag). */
  readonly letters: string;
  /**
   * `words`: a run of letters between spaces is a token (Cyrillic, Arabic). `characters`: the script
   * prints no spaces between words, so each character is a token and a phrase is a run of characters;
   * a figure glued to such a character parts the text there.
   */
  readonly tokens: 'words' | 'characters';
  /** Folds the forms of a letter a reader takes as one, over the whole cleaned text. */
  readonly fold?: (text: string) => string;
  /** The matching form of one token of the script. */
  readonly stem?: (word: string) => string;
  /** Words of the script that mean "and", read as "and" ("Обхват 1 и 2" as "Scope 1 + 2"). */
  readonly and?: readonly string[];
  /** Words of the script that mean "not", read as "non" ("μη επικίνδυνα" as "non-hazardous"). */
  readonly not?: readonly string[];
  /** Fewest letters a word token has (a lone Greek μ is the micro prefix, no word); 1 by default. */
  readonly shortest?: number;
  /** Weight of one token against an English word (1). */
  readonly weight: number;
}

/** Hebrew vowel points and cantillation marks are optional, as Arabic vowel marks are. */
function dropHebrewPoints(text: string): string {
  return text.replace(/[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g, '');
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
 * The scripts read by rule. Chinese has no spaces, so each character is a token (Traditional characters
 * and Japanese kanji read in their Simplified form), and so is each Japanese kana (ー, the long-vowel
 * mark, included: スコープ). Korean glues its particles to a noun ("배출량은", "사용량이") and spaces
 * compounds as it likes ("직접 배출", "직접배출"), so a phrase is a run of syllables, spaces aside. Thai
 * prints no spaces between words and its vowel and tone marks are characters of their own: each is a
 * token. Cyrillic, Greek, Georgian, Arabic and Hebrew words are parted by spaces, as English ones are; Bulgarian, Russian
 * and Greek words shed their own endings, not English ones; Kazakh "және", Kyrgyz "жана" and Mongolian "ба" read as and.
 */
export const SCRIPT_RULES: readonly ScriptRule[] = [
  {
    script: 'Cyrillic',
    letters: '\\u0400-\\u04ff',
    tokens: 'words',
    stem: cyrillicStem,
    and: ['и', 'і', 'та', 'және', 'жана', 'ба'],
    weight: 1,
  },
  {
    script: 'Greek',
    letters: '\\u0391-\\u03a9\\u03b1-\\u03c9',
    tokens: 'words',
    stem: greekStem,
    and: ['και'],
    not: ['μη'],
    shortest: 2,
    weight: 1,
  },
  {
    script: 'Arabic',
    letters: '\\u0620-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06fa-\\u06ff',
    tokens: 'words',
    fold: foldArabicLetters,
    stem: arabicStem,
    weight: 1,
  },
  {
    script: 'Hebrew',
    letters: '\\u05d0-\\u05ea\\u05f0-\\u05f2',
    tokens: 'words',
    fold: dropHebrewPoints,
    weight: 1,
  },
  {
    // Mkhedruli, the script Georgian prints (no capitals; Mtavruli capitals are rare in running text).
    script: 'Georgian',
    letters: '\\u10d0-\\u10ff',
    tokens: 'words',
    stem: georgianStem,
    and: ['და'],
    weight: 1,
  },
  {
    // Armenian: its letters (capitals and small; "և" is the ligature that prints "and").
    script: 'Armenian',
    letters: '\\u0531-\\u0556\\u0561-\\u0587',
    tokens: 'words',
    and: ['և'],
    weight: 1,
  },
  {
    script: 'Han',
    letters: '\\p{Script=Han}',
    tokens: 'characters',
    fold: foldTraditionalChinese,
    weight: 1,
  },
  { script: 'Kana', letters: '\\p{Script=Hiragana}\\p{Script=Katakana}ー', tokens: 'characters', weight: 1 },
  { script: 'Hangul', letters: '\\p{Script=Hangul}', tokens: 'characters', weight: 1 },
  { script: 'Thai', letters: '\\p{Script=Thai}', tokens: 'characters', weight: 1 },
];

const LETTER = new Map(SCRIPT_RULES.map((r) => [r, new RegExp(`^[${r.letters}]`, 'u')]));

/** The rule of the script a token is written in, undefined for Latin letters, digits and marks. */
export function scriptRuleOf(token: string): ScriptRule | undefined {
  return SCRIPT_RULES.find((r) => LETTER.get(r)?.test(token));
}

/** The letters of every script spaced by characters (a class body): where a glued figure parts the text. */
export const CHARACTER_SCRIPTS = SCRIPT_RULES.filter((r) => r.tokens === 'characters')
  .map((r) => r.letters)
  .join('');

/** The tokens of every script, one alternative each: a run of letters or a single character. */
export const SCRIPT_TOKEN = SCRIPT_RULES.map(
  (r) => `[${r.letters}]${r.tokens === 'words' ? `{${r.shortest ?? 1},}` : ''}`,
).join('|');

/** The letters of every script read by rule, kept as they are by the look-alike folding (a class body). */
export const RULED_LETTERS = SCRIPT_RULES.map((r) => r.letters).join('');
