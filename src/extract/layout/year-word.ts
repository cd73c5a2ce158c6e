/**
 * The word a Chinese, Japanese or Korean report prints after a year: "2024年", "2024年度", "2024년",
 * "2024년도". Every reader of year headings takes it from here.
 */
export const YEAR_WORD_AFTER = String.raw`(?:年度?|년도?)`;

/** A year heading a column: "2024", "FY2024", "2024/25", "2024年", "2024년도". */
export const COLUMN_YEAR = new RegExp(
  String.raw`^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?${YEAR_WORD_AFTER}?$`,
  'i',
);
