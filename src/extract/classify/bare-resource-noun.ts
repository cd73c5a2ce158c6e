import { foldAccents } from '../../core/index.js';
import type { PrintedUnit } from './printed-unit.js';

// A column or row named by the resource alone ("Energy (TJ)", "Water (m³)", "Énergie", "Agua total"):
// a site table's columns often name only what was used. Energy in an energy unit is the energy
// consumed (GRI 302-1, HKEX A2.1); water in a volume is the water used (HKEX A2.2 "water
// consumption"). The unit must say so: "Energy" over "%" or "Water" over "t CO2e" names nothing.
// Production alone in a mass or volume is the year's output (the denominator GRI 302-3 and 305-4 name
// first): "Production (t)", German and Swedish "Produktion", Slovak and Czech "Výroba", Polish
// "Produkcja", Slovene and Croatian "Proizvodnja", Malay "Pengeluaran", Spanish "Producción",
// Portuguese "Produção", Italian "Produzione", Dutch "Productie", Turkish "Üretim".
const PRODUCTION =
  /^(?:production|output|produktion|vyroba|produkcja|proizvodnja|pengeluaran|produccion|producao|produzione|productie|uretim)$/;
const NOUNS: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:energy|energia|energie|energija)$/, 'energy', 'energy consumption'],
  [/^(?:water|agua|eau|wasser|acqua|apa)$/, 'volume', 'water consumption'],
  [PRODUCTION, 'mass', 'production output'],
  [PRODUCTION, 'volume', 'production output'],
];

// A column of a table by site named by waste alone in a mass is the waste generated (GRI 306-3):
// "Waste (t)", Romanian "Deșeuri [tone]". A row "Total waste" under "Hazardous | Non-hazardous" columns
// is each column's waste, so a row is never read so.
const COLUMN_NOUNS: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:waste|residuos|dechets|abfall|rifiuti|deseuri)$/, 'mass', 'total waste generated'],
];

// Words that leave the noun bare: "Total energy", "Energía total", "Energy (TJ)".
const FILLER = /^(?:total|totale?s?|gesamt|overall|of|the|de|del|la|el)$/;

/**
 * The catalogue phrase a text naming only a resource stands for ("energy consumption"), or undefined
 * when the text names more, or the printed unit is of another kind; `column` when the text heads a column.
 */
export function bareResourceNoun(
  text: string,
  printed: PrintedUnit | undefined,
  column = false,
): string | undefined {
  if (printed === undefined) return undefined;
  const words =
    foldAccents(text.toLowerCase().replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')).match(/[a-z]+/g) ?? [];
  // "Energie MWh", "Wasser m³": a unit printed after the noun without brackets names nothing more.
  const named = words.filter((w) => !FILLER.test(w) && !isUnitWord(w, printed));
  if (named.length !== 1) return undefined;
  const hit = [...NOUNS, ...(column ? COLUMN_NOUNS : [])].find(
    ([re, dimension]) => re.test(named[0] ?? '') && printed.unit.dimension === dimension,
  );
  return hit !== undefined && printed.denominator === '' ? hit[2] : undefined;
}

/** True for a word that is the printed unit, or its first letters ("m" of "m³"). */
function isUnitWord(word: string, printed: PrintedUnit): boolean {
  const symbol = foldAccents(printed.unit.symbol.toLowerCase()).replace(/[^a-z]/g, '');
  return symbol !== '' && (word === symbol || (word.length <= 2 && symbol.startsWith(word)));
}
