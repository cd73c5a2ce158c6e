import type { TableHeader } from './header.js';

// The words that head a table's units column, in every language esgkit reads.

/**
 * The word "unit" in English, Chinese, Japanese or a home language ("Unité", "Einheit", "Birim", Azerbaijani "Vahid", Georgian "ერთეული", Croatian and
 * Serbian "Jedinica", Slovene "Enota", Czech and Slovak "Jednotka", Thai "หน่วย", Russian "Ед. изм.",
 * Bulgarian "Мярка", Greek "Μονάδα", Chinese "计量单位" (unit of measurement), Arabic "الوحدة", Romanian "U.M." and "Unitate de măsură", Portuguese "Unidade de
 * medida", Spanish "Unidad de medida", Italian "U.m.", Armenian "Միավոր" / "Չափման միավոր", Macedonian "Ед. мерка" /
 * "Единица мерка", Kazakh "Өлшем бірлігі" / "Бірлік", Kyrgyz "Өлчөө бирдиги" / "Бирдик").
 */
const UNIT_WORD = String.raw`(?:units?|u\.\s?m\.?|unitate(?:a)?(?:\s+de\s+m[ăa]sur[ăa])?|(?:unidad|unidade)\s+de\s+medida|(?:计量)?单位|単位|단위|birim|vahid|ერთეული|unidad(?:es)?|unidades?|unité|einheit|unità|jednostka|enhet|satuan|eenheid|yksikkö|jedinica|enota|jednotka|đơn vị|đơn vị tính|หน่วย|единица(?:\s+измерения)?|ед\.\s?изм\.?|мярка|мерна\s+единица|ед\.\s?мерка|единица\s+(?:на\s+)?мерка|(?:չափման\s+)?միավոր|(?:өлшем\s+)?бірлі(?:к|гі)|(?:өлчөө\s+)?бирди(?:к|ги)|μονάδα(?:\s+μέτρησης)?|الوحدة|وحدة)`;
/** The word "unit" alone or in two languages ("Unidad / Unit", "Birim / Unit"). */
export const UNIT_WORDS = String.raw`${UNIT_WORD}(?:\s*\/\s*${UNIT_WORD})?`;
/**
 * The heading of a units column: "Unit", or what the unit is of ("Unit of measure", "Unit of amount"),
 * its last word maybe wrapped to the line below ("Unit of" over "measure").
 */
export const UNIT_HEADING = new RegExp(String.raw`^(?:${UNIT_WORDS}(?:\s+of(?:\s+\p{L}+)?)?|uom)$`, 'iu');

// A label heading that is the units column's ("Unit of" printed where the label heading is blank).
const UNIT_LABEL = new RegExp(String.raw`^${UNIT_WORDS}\b`, 'iu');

/**
 * Whether a header names a units column: a "Unit" heading over a column, or as the first heading of a
 * header whose label column is blank ("Unit of" over "measure", printed over the unit cells).
 */
export function headsUnitColumn(header: TableHeader | undefined): boolean {
  if (!header) return false;
  return header.unitIndex !== undefined || UNIT_LABEL.test(header.label);
}

/** Whether a header cell heads a units column ("Unit", "Units", "Unit of amount", "Einheit"). */
export function isUnitHeading(text: string): boolean {
  return UNIT_HEADING.test(text.trim());
}
