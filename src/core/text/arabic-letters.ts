/**
 * Arabic prints one letter in several forms a reader takes as one: alef with hamza or madda (أ إ آ ٱ)
 * for alef, alef maqsura (ى) for yeh, teh marbuta (ة) for heh; vowel marks (U+064B–U+065F, U+0670) and
 * the tatweel that stretches a word (U+0640) are optional. Persian and Urdu write the same letters in
 * their own code points: keheh (ک, U+06A9) for kaf (ك), Farsi yeh (ی, U+06CC) for yeh (ي), heh with
 * yeh above (ۀ, U+06C0) and the ae (ە, U+06D5) for heh, and the zero-width non-joiner (U+200C) parts the
 * pieces of one word ("مگاوات‌ساعت", megawatt-hour) where an Arabic report prints a space (Unicode 15,
 * ch. 9.2 "Arabic", Table 9-9). Reports print either, so every lookup of an Arabic-script word folds
 * them to one form.
 */
const ARABIC_VARIANTS =
  /[\u0622\u0623\u0625\u0671\u0649\u0629\u0640\u06a9\u06cc\u06c0\u06d5\u200c]|[\u064b-\u065f\u0670]/g;
const ARABIC_LETTER: Readonly<Record<string, string>> = {
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
  '\u06a9': '\u0643',
  '\u06cc': '\u064a',
  '\u06c0': '\u0647',
  '\u06d5': '\u0647',
  '\u200c': ' ',
};

/** The text with every variant form of an Arabic-script letter folded to one ("مکعب" → "مكعب", "ساعة" → "ساعه"). */
export function foldArabicLetters(text: string): string {
  return text.replace(ARABIC_VARIANTS, (ch) => ARABIC_LETTER[ch] ?? '');
}
