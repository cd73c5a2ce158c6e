/**
 * Reports listed in the Gulf and in Israel print each table row, heading and caption in English and
 * again in Arabic or Hebrew on the same line ("Total waste | 9,140 | 9,380 | tonnes | إجمالي النفايات",
 * "4  GOVERNANCE        الحوكمة", "Table 3.2  Energy       الجدول ٣-٢ الطاقة"). The extractor reads
 * English; the right-to-left words are the same label again, and their Arabic-Indic digits ("٢٠٢٥",
 * "٣-٢") number the heading, never a figure. A line that has English keeps only its English.
 */

// Letters and digits of the right-to-left scripts (Arabic, with its Arabic-Indic digits; Hebrew;
// Syriac; Thaana).
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LATIN = /\p{Script=Latin}/u;
// A right-to-left run at the end or the start of a cell that also holds English, set off by a space:
// it may hold ASCII digits and signs ("النطاق 1 + 2") but no Latin letter.
const RTL_TAIL =
  /\s+[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}][^\p{Script=Latin}]*$/u;
const RTL_HEAD =
  /^[^\p{Script=Latin}\d]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}][^\p{Script=Latin}\d]*\s+(?=\p{Script=Latin})/u;

/** A cell written in a right-to-left script alone: no Latin letter in it. */
function rightToLeftOnly(cell: string): boolean {
  return RTL.test(cell) && !LATIN.test(cell);
}

/**
 * The cells of a line printing English with its right-to-left translation, in English: cells in the
 * other script are dropped and a run of it before or after English words in one cell is cut off. A
 * line with no English (an Arabic-only row or title) is left as printed.
 */
export function withoutRightToLeft(cells: readonly string[]): readonly string[] {
  if (!cells.some((c) => RTL.test(c)) || !cells.some((c) => LATIN.test(c))) return cells;
  return cells
    .filter((c) => !rightToLeftOnly(c))
    .map((c) => (RTL.test(c) ? c.replace(RTL_TAIL, '').replace(RTL_HEAD, '').trim() : c));
}

/**
 * A line printed only in a right-to-left script with no figure in ASCII digits: the translation of the
 * line above (a table header's Arabic under its English, "السنة  الطاقة  النطاق ١"), which the English
 * reading leaves out, as if blank, so the header's English lines still meet the rows below.
 */
export function isRightToLeftTranslation(text: string): boolean {
  return RTL.test(text) && !LATIN.test(text) && !/[0-9]/.test(text);
}
