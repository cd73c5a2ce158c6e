/**
 * Letters from other scripts that PDF-to-text tools emit in place of Latin ones ("Туре" with
 * Cyrillic Т, у, р, е). Mapped only inside words that are otherwise Latin or made wholly of
 * look-alikes, so real Cyrillic or Greek text is left alone.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
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
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  І: 'I',
  Ј: 'J',
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
  ο: 'o',
  ı: 'i',
};

const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0131]/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Replaces look-alike Cyrillic/Greek letters by their Latin twins inside Latin-looking words. */
export function foldHomoglyphs(text: string): string {
  if (!NON_LATIN_LETTER.test(text)) return text;
  return text.replace(WORD, (word) => {
    let lookalike = 0;
    let other = 0;
    for (const ch of word) {
      if (ch in LOOKALIKES) lookalike++;
      else if (!/[a-z]/i.test(ch)) other++;
    }
    if (lookalike === 0 || other > 0) return word;
    let out = '';
    for (const ch of word) out += LOOKALIKES[ch] ?? ch;
    return out;
  });
}
