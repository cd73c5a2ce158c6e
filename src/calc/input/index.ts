export { mapColumns, REQUIRED_COLUMNS, KNOWN_COLUMNS, type ColumnMap } from './columns.js';
export { toRecord } from './record.js';
export { readCsvRows, readActivityCsv, type CsvSource } from './read-csv.js';
export { readXlsxRows } from './read-xlsx.js';
