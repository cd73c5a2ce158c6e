import { foldLookAlikeWords, isCyrillicText } from '../../core/index.js';

/**
 * Letters from other scripts that PDF-to-text tools emit in place of Latin ones ("Туре" with
 * Cyrillic Т, у, р, е). Mapped only inside words that are otherwise Latin or made wholly of
 * look-alikes, so real Cyrillic or Greek text is left alone (in Cyrillic text, short words such as
 * "на" and "от" too). The letters and the rule are core's.
 */
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u0131]/u;

/**
 * Replaces look-alike Cyrillic/Greek letters by their Latin twins inside Latin-looking words. In a
 * document written in Cyrillic (`cyrillic`), a word made wholly of look-alikes is a word of the
 * language even where its cell has no other Cyrillic letter (Ukrainian "років" in "30–50 років"), so
 * only words mixing Latin letters in (OCR damage: "СO2") are folded.
 */
export function foldHomoglyphs(text: string, cyrillic = false): string {
  if (!NON_LATIN_LETTER.test(text)) return text;
  return cyrillic ? foldLookAlikeWords(text, { cyrillic }) : foldLookAlikeWords(text);
}

/** Share of a document's lines with letters that must be Cyrillic for the document to be written in it. */
const CYRILLIC_LINE_SHARE = 0.5;
const LATIN_OR_CYRILLIC_LETTER = /[A-Za-z\u0400-\u04ff]/u;

/**
 * True when most lines of the document that print Latin or Cyrillic letters print a Cyrillic letter
 * with no Latin twin (б, д, и, л, п …): a Bulgarian, Russian or Ukrainian report, not an English one
 * a PDF tool sprinkled with look-alikes.
 */
export function writesCyrillic(texts: readonly string[]): boolean {
  let lettered = 0;
  let cyrillic = 0;
  for (const text of texts) {
    if (!LATIN_OR_CYRILLIC_LETTER.test(text)) continue;
    lettered++;
    if (isCyrillicText(text)) cyrillic++;
  }
  return lettered > 0 && cyrillic / lettered >= CYRILLIC_LINE_SHARE;
}
