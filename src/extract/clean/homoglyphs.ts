import { foldLookAlikeWords } from '../../core/index.js';

/**
 * Letters from other scripts that PDF-to-text tools emit in place of Latin ones ("Туре" with
 * Cyrillic Т, у, р, е). Mapped only inside words that are otherwise Latin or made wholly of
 * look-alikes, so real Cyrillic or Greek text is left alone (in Cyrillic text, short words such as
 * "на" and "от" too). The letters and the rule are core's.
 */
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0131]/u;

/** Replaces look-alike Cyrillic/Greek letters by their Latin twins inside Latin-looking words. */
export function foldHomoglyphs(text: string): string {
  return NON_LATIN_LETTER.test(text) ? foldLookAlikeWords(text) : text;
}
