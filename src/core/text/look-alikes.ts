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
