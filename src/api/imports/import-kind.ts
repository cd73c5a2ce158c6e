import type { DocumentKind } from '../../store/index.js';

/** What an uploaded file is: a report to extract, activity data to calculate, or a staff roster. */
export const IMPORT_KINDS = ['report', 'activity', 'roster'] as const;
/** One of {@link IMPORT_KINDS}. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

// ZIP local file header (APPNOTE.TXT §4.3.7): every XLSX workbook (ECMA-376 Part 2) starts with it.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** Whether the bytes are a ZIP container, i.e. an XLSX workbook rather than CSV text. */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The stored document kind of a spreadsheet upload, chosen by its bytes, not its name. */
export function spreadsheetKind(bytes: Uint8Array): Extract<DocumentKind, 'csv' | 'xlsx'> {
  return isZip(bytes) ? 'xlsx' : 'csv';
}
