// Spreadsheet programs treat a cell that begins with =, +, - or @ as a formula (and tab or carriage
// return can hide one), so text from documents, surveys and users is prefixed with an apostrophe,
// which makes it plain text (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Untrusted text made safe for a CSV or XLSX cell. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
