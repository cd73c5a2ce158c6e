export { renderXlsx } from './write-xlsx.js';
export { sheetName, MAX_SHEET_NAME } from './sheet-name.js';
export { ASPECT_COLUMNS, columnLetter } from './aspect-sheet.js';
