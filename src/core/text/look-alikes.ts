/**
 * Cyrillic, Greek and other letters that PDF text layers and copy-paste put in place of the Latin
 * letters they look like ("Туре" with Cyrillic Т, у, р, е; "сO2" with Cyrillic с). NFKC does not fold
 * them. Greek μ is deliberately absent: it is the micro prefix (NFKC turns the micro sign µ into μ).
 * One table for every reader of printed text (units, metric phrases, extraction), each deciding where
 * to apply it.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  ı: 'i',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
};

/** Matches any look-alike letter (global). */
export const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** The Latin letter `ch` stands for, or undefined when it is not a look-alike. */
export function latinLookAlike(ch: string): string | undefined {
  return LOOK_ALIKES[ch];
}

/** Replaces every look-alike letter in `text` by its Latin twin. */
export function foldLookAlikes(text: string): string {
  return text.replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKES[c] ?? c);
}

const WORD = /[\p{L}\p{M}]+/gu;
/** A Cyrillic letter: with no Latin twin (б, д, ж, л, п, ъ, ы, я …) it shows the text is written in Cyrillic. */
const CYRILLIC = /[\u0400-\u04ff]/u;

/** True when the text prints a Cyrillic letter that is no look-alike: Bulgarian, Russian or another Cyrillic text. */
export function isCyrillicText(text: string): boolean {
  for (const ch of text) if (CYRILLIC.test(ch) && LOOK_ALIKES[ch] === undefined) return true;
  return false;
}

/** A run of Greek letters, accented or not. */
const GREEK_WORD = /[\u0386-\u03ce]{2,}/gu;

/**
 * True when the text prints a Greek word with a letter that is no look-alike ("Κατανάλωση", not "ΑΒ"); a
 * lone symbol (μ for micro, Δ for change) makes no text Greek, nor does μ inside a word ("μg").
 */
function isGreekText(text: string): boolean {
  for (const m of text.matchAll(GREEK_WORD)) {
    if (/[^μ]/u.test(m[0].replace(LOOK_ALIKE_PATTERN, ''))) return true;
  }
  return false;
}

/**
 * Folds look-alikes only inside words that are otherwise Latin ("Туре", "СO2") or made wholly of
 * look-alikes. In Cyrillic or Greek text a word made wholly of look-alikes is a word of the language ("на",
 * "от", "се", "ΝΕΡΟ", "т" before "CO2e" aside), so there only words mixing in Latin letters are folded; a word with a
 * letter of its own script (б, ч, λ) is never folded.
 */
export function foldLookAlikeWords(text: string, options: { readonly cyrillic?: boolean } = {}): string {
  if (!LOOK_ALIKE_PATTERN.test(text)) return text;
  LOOK_ALIKE_PATTERN.lastIndex = 0;
  // `cyrillic` says the text is Cyrillic though it prints only look-alikes ("Охват 1" cut from a label).
  const cyrillic = options.cyrillic ?? (isCyrillicText(text) || isGreekText(text));
  return text.replace(WORD, (word) => {
    let lookalike = 0;
    let latin = 0;
    let other = 0;
    for (const ch of word) {
      if (LOOK_ALIKES[ch] !== undefined) lookalike++;
      else if (/[a-z]/i.test(ch)) latin++;
      else other++;
    }
    if (lookalike === 0 || other > 0 || (cyrillic && latin === 0)) return word;
    return foldLookAlikes(word);
  });
}
