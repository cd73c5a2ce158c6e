export { scanNumbers, readNumeral, type NumberToken } from './scan-numbers.js';
export { parseCellValue, type CellValue } from './parse-cell.js';
