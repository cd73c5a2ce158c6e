export { scanNumbers, readNumeral, type NumberToken } from './scan-numbers.js';
export { parseCellValue, type CellValue } from './parse-cell.js';
export { CURRENCY_MARKS, isCurrencyMark, type CurrencyMark } from './currency-mark.js';
export { readGluedNote, type GluedNote } from './glued-note.js';
export { FALLING_ARROWS, RISING_ARROWS } from './change-arrows.js';
