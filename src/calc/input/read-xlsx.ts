import type { CellValue } from 'exceljs';
import { EsgError } from '../../core/index.js';

/**
 * The text of an XLSX cell. Numbers are written in their shortest decimal form (what the sheet
 * shows unformatted), dates as ISO dates, formulas by their cached result.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return value.text;
    if ('error' in value) return value.error;
    return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX file (as bytes) into rows of cell text, calling `onRow` with
 * the 1-based row number. The whole workbook is in memory (exceljs), so large inputs should be CSV.
 */
export async function readXlsxRows(
  bytes: Uint8Array,
  file: string,
  onRow: (cells: readonly string[], row: number) => void,
): Promise<number> {
  // exceljs is large; load it only when a workbook is read, not whenever the calc layer is imported.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new EsgError('INVALID_INPUT', `${file}: not a readable XLSX workbook`, { cause: e });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new EsgError('INVALID_INPUT', `${file}: the workbook has no worksheet`);
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as CellValue[];
    // exceljs rows are 1-based arrays: index 0 is unused.
    const cells = values.slice(1).map(cellText);
    count++;
    onRow(cells, rowNumber);
  });
  return count;
}
