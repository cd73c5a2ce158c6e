export { cleanText, opensWithBullet, stripBullets, type CleanOptions } from './markup.js';
export { foldHomoglyphs, writesCyrillic } from './homoglyphs.js';
export { mendNumerals } from './damaged-numerals.js';
export { usesDecimalComma, toPointDecimals } from './decimal-comma.js';
export { decimalCommaByLine, type NumberedLine } from './decimal-comma-blocks.js';
export { namesFiscalYearsByStart, toEndYearNames } from './fiscal-naming.js';
export { FOREIGN_CAPTION_WORDS, isCaptionText } from './caption-words.js';
export { isRightToLeftTranslation, withoutRightToLeft } from './right-to-left.js';
export { nativeFiguresOf, withNativeFigures, type NativeFigures } from './native-figures.js';
