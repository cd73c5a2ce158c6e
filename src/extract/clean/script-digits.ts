/**
 * Decimal digits of the Indic and Southeast Asian scripts. Nepali and Hindi reports may print their figures
 * in Devanagari digits (०–९), Khmer reports in Khmer digits (០–៩), Thai reports in Thai digits (๐–๙), and so
 * on. These are digits only (no letter of any language), so they are folded to ASCII in any document,
 * character for character: the columns of a space-aligned table stay in place. Ethiopic numerals (፩ ፪ … ፲ ፻)
 * are not positional digits and are not read; Amharic reports print their figures in ASCII digits.
 */

// The zero of each script's run of ten digits (Unicode 15, general category Nd): Devanagari, Bengali,
// Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala Lith, Thai, Lao, Tibetan, Myanmar,
// Khmer, Mongolian.
const ZEROS = [
  0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20,
  0x1040, 0x17e0, 0x1810,
] as const;
const SCRIPT_DIGIT = new RegExp(
  `[${ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`,
  'gu',
);

function asciiDigit(d: string): string {
  const code = d.codePointAt(0) ?? 0;
  const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/** The text with every Indic and Southeast Asian digit in ASCII ("२०८१/८२" → "2081/82", "១២៣" → "123"). */
export function withAsciiDigits(text: string): string {
  return text.replace(SCRIPT_DIGIT, asciiDigit);
}
