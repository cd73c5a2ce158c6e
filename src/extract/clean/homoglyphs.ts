import { latinLookAlike } from '../../core/index.js';

/**
 * Letters from other scripts that PDF-to-text tools emit in place of Latin ones ("Туре" with
 * Cyrillic Т, у, р, е). Mapped only inside words that are otherwise Latin or made wholly of
 * look-alikes, so real Cyrillic or Greek text is left alone. The letters are core's one table.
 */
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0131]/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Replaces look-alike Cyrillic/Greek letters by their Latin twins inside Latin-looking words. */
export function foldHomoglyphs(text: string): string {
  if (!NON_LATIN_LETTER.test(text)) return text;
  return text.replace(WORD, (word) => {
    let lookalike = 0;
    let other = 0;
    for (const ch of word) {
      if (latinLookAlike(ch) !== undefined) lookalike++;
      else if (!/[a-z]/i.test(ch)) other++;
    }
    if (lookalike === 0 || other > 0) return word;
    let out = '';
    for (const ch of word) out += latinLookAlike(ch) ?? ch;
    return out;
  });
}
