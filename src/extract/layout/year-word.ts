/**
 * The word a report prints after a year: Chinese, Japanese or Korean "2024年", "2024年度", "2024년",
 * "2024년도" (glued on), Bulgarian or Russian "2024 г.", "2024 год", "2024 года" (the abbreviated or
 * whole word for year, after a space or none), Hungarian "2024. év" (the year as an ordinal, then
 * "év", year), Armenian "2024 թ." (թվական, year, abbreviated) and Uzbek "2024-y." or "2024-yil" (yil, year,
 * hyphened on, whole or cut to its first letter). Every reader of year headings takes it from here.
 */
export const YEAR_WORD_AFTER = String.raw`(?:年度?|년도?|\s?(?:г\.?|год[ау]?)(?![а-яёА-ЯЁ])|\.\s?év(?![a-zá-űA-ZÁ-Ű])|\s?թ\.?(?![\u0531-\u0587])|-y(?:il|\.)(?![A-Za-z]))`;

/**
 * The word for "year" a heading prints before the year, in the languages reports head year groups in:
 * English "Year 2024", Vietnamese "Năm 2024", Indonesian and Malay "Tahun 2024", Polish, Czech and Slovak
 * "Rok 2024", French "Année 2024", German "Jahr 2024", Spanish "Año 2024", Portuguese "Ano 2024", Italian
 * "Anno 2024" or "Esercizio 2024" (financial year), Finnish "Vuosi 2024", Danish and Swedish "År 2024",
 * Hebrew "שנת 2024", Thai "ปี 2567" (its Buddhist-era year arrives as 2024: extract/clean) or "ปีงบประมาณ"
 * (fiscal year), Greek "Έτος 2024", Arabic "عام 2024" or "سنة 2024", Turkish "Yıl 2024".
 */
export const YEAR_WORD_BEFORE = String.raw`(?:year|n[aă]m|tahun|rok|ann[ée]e|jahr|a[ñn]o|anno|esercizio|vuosi|[åÅ]r|שנת|ปี(?:งบประมาณ)?|[έε]τος|عام|سنة|y[ıi]l)\s+`;

/** A year heading a column: "2024", "FY2024", "2024/25", "2024年", "2024년도", "2024 г.". */
export const COLUMN_YEAR = new RegExp(
  String.raw`^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?${YEAR_WORD_AFTER}?$`,
  'i',
);
