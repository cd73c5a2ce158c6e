/**
 * The word a Chinese, Japanese or Korean report prints after a year: "2024年", "2024年度", "2024년",
 * "2024년도"; a Russian one prints "2024 г." (год). Every reader of year headings takes it from here.
 */
export const YEAR_WORD_AFTER = String.raw`(?:年度?|년도?|\s?г\.)`;

/**
 * The word for "year" a heading prints before the year, in the languages reports head year groups in:
 * English "Year 2024", Vietnamese "Năm 2024", Indonesian and Malay "Tahun 2024", Polish "Rok 2024",
 * French "Année 2024", German "Jahr 2024", Spanish "Año 2024", Portuguese "Ano 2024", Italian "Anno 2024".
 */
export const YEAR_WORD_BEFORE = String.raw`(?:year|n[aă]m|tahun|rok|ann[ée]e|jahr|a[ñn]o|anno)\s+`;

/** A year heading a column: "2024", "FY2024", "2024/25", "2024年", "2024년도". */
export const COLUMN_YEAR = new RegExp(
  String.raw`^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?${YEAR_WORD_AFTER}?$`,
  'i',
);
