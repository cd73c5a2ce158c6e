/**
 * The word a report prints after a year: Chinese, Japanese or Korean "2024年", "2024年度", "2024년",
 * "2024년도" (glued on), and Bulgarian or Russian "2024 г.", "2024 год", "2024 года" (the abbreviated or
 * whole word for year, after a space or none). Every reader of year headings takes it from here.
 */
export const YEAR_WORD_AFTER = String.raw`(?:年度?|년도?|\s?(?:г\.?|год[ау]?)(?![а-яёА-ЯЁ]))`;

/** A year heading a column: "2024", "FY2024", "2024/25", "2024年", "2024년도", "2024 г.". */
export const COLUMN_YEAR = new RegExp(
  String.raw`^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?${YEAR_WORD_AFTER}?$`,
  'i',
);
