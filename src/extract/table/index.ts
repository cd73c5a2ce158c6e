export { extractTables, type TableResult } from './extract-tables.js';
export { parseYearCell, resolveYears, type YearCell } from './year-cell.js';
export { looksLikeUnit } from './unit-cell.js';
export { stripFootnotes, trailingParenthetical, parentheticals } from './label.js';
export { isTabular } from './segment.js';
export { englishWords } from './english-words.js';
export { isWholeColumn } from './site-columns.js';
