import { findMetricsByPhrase, foldAccents } from '../../core/index.js';
import { withFuelAbbreviations } from './marine-fuel-names.js';

/** Words that name how energy is obtained or used, not which carrier: they do not tell rows apart. */
const GENERIC_WORDS = new Set([
  'purchased',
  'consumption',
  'combustion',
  'consumed',
  'used',
  'use',
  'factor',
  'factors',
  'faktor',
  'and',
  'of',
  'the',
  'for',
  'from',
  'scope',
  'equivalent',
  'value',
  // "converted at 0.0036 GJ/kWh": how a factor is applied, not what to.
  'converted',
  'conversion',
  'at',
  // "the emission indicator for electricity end users": who buys a carrier, not which one ("End-of-life
  // of sold products" is no electricity).
  'end',
  'final',
  'user',
  'users',
  'emission',
  'emissions',
  'indicator',
  // Articles and prepositions inside a subject in other languages ("cocsul de petrol", "gaz de
  // schiste", "aceite de oliva"): every sentence has them, so they name no carrier.
  'de',
  'del',
  'des',
  'du',
  'da',
  'do',
  'di',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'van',
  'het',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'mit',
  'aus',
  'von',
  'vom',
  'zum',
  'zur',
  'ein',
  'eine',
  'einem',
  'einer',
  // Norwegian, Danish and Swedish ("omregnet til energi med 9,96 MWh per m³ diesel og …").
  'og',
  'och',
  'er',
  'av',
  'af',
  'til',
  'till',
  'med',
  'omregnet',
  'omregnes',
]);

/** A figure and its unit, then "and", ending the words before a factor: the carrier's previous factor. */
const SIBLING_FACTOR = /\s\d[\d.,]*\s*(?:\S+\s+){1,3}?(?:and|&)\s*$/u;

/** At most this many words before a factor's number name its subject ("purchased electricity 0.5306 …"). */
const SUBJECT_WORDS = 3;

/**
 * "… for petrol" after the unit, or after a list of the factor's values by year that the subject ends
 * ("0.61 tce/t in 2024 and 0.60 tce/t in 2025 for coal": both are coal's), and as French, Spanish, Portuguese and German reports word it ("0,251 kgCO2e/kWh pour le
 * gazole", "para el diésel", "für Heizöl"), Romanian and Dutch ("pentru motorină", "voor diesel"), Bulgarian "за
 * дизелово гориво" and Russian "для дизельного топлива": the unit, then
 * the word "for" and what the factor applies to. The unit may print its gas apart ("0,267 т CO2/МВтч за …").
 */
const FOR_SUBJECT =
  /^\s*(\S+(?: CO2e?\S*)?)(?:\s+in\s+\d{4})?(?:\s*(?:,|\band\b)\s*\d[\d.,]*\s*\1\s+in\s+\d{4})*\s+(?:for|pour|para|für|pentru|voor|за|для)\s+(?:(?:le|la|les|el|los|las|o|a|os|as|den|die|das|de|het)\s+|l['’])?(\p{L}[\p{L} ()'-]*)/iu;

/**
 * "9.96 MWh per m³ diesel", "2.68 tonnes CO2e per m³ of diesel": the unit written out with "per", then
 * the carrier it applies to (as Nordic reports print a conversion factor). A word after the unit that
 * joins a clause ("per tonne and diesel at …") or a unit's scale ("per thousand m³") names none.
 */
const PER_SUBJECT =
  /^\s*(?:\S+\s+){1,3}?per\s+\S+\s+(?:(?:of|av|af)\s+)?(?!(?:and|or|og|och|eller|at|in|for|to|til|med|i|på|from|fra)(?!\p{L}))(\p{L}{3,}[\p{L} ()'-]*)/iu;

/**
 * The words naming what a factor applies to: those after it when it reads "8.85 kWh/litre for petrol",
 * else those just before its number, back to the previous figure, separator or "and"/"for" ("natural
 * gas 2.162 kgCO2e/m³, diesel 2.68 kgCO2e/litre": 2.68 is diesel's).
 */
export function subjectWords(label: string, printedValue: string, sentence: string): Set<string> {
  // The label prints "8,000 kcal/m³" where the value is read as 8000: compare without separators.
  const text = label.slice(0, 400).replace(/(\d),(?=\d{3})/g, '$1');
  const value = printedValue.replace(/(\d),(?=\d{3})/g, '$1');
  const at = value === '' ? -1 : text.indexOf(value);
  const after = at >= 0 ? text.slice(at + value.length) : '';
  const named = FOR_SUBJECT.exec(after)?.[2] ?? perSubject(after) ?? forSubject(sentence, value);
  const before = at >= 0 ? text.slice(0, at) : (text.split(/\d/, 1)[0] ?? '');
  const clauseOf = (words: string) =>
    named?.split(/(?<!\p{L})(?:and|or|et|ou|y|e|und|și|si|en|og|och|eller|и|или)(?!\p{L})/u)[0] ??
    words.split(/[\d,;:/]|\b(?:and|for|y|e|et|ou|o|und|para|pour|für|pentru|voor|og|och)\b/).pop() ??
    '';
  const first = wordsOf(clauseOf(before)).filter((w) => !GENERIC_WORDS.has(w));
  // "diesel 10.0 kWh and 2.68 kg CO2e per litre": the second of two factors joined by "and" is the
  // carrier's named before the first, which nothing but its number and unit parts from it.
  const sibling = named === undefined && first.length === 0 ? SIBLING_FACTOR.exec(before) : null;
  const all = sibling
    ? wordsOf(clauseOf(before.slice(0, sibling.index))).filter((w) => !GENERIC_WORDS.has(w))
    : first;
  // "fuel oil", "diesel fuel": the carrier's own word tells rows apart, "fuel" only when alone.
  const words = all.some((w) => !CARRIER_NOUNS.has(w)) ? all.filter((w) => !CARRIER_NOUNS.has(w)) : all;
  return new Set(named === undefined ? words.slice(-SUBJECT_WORDS) : words.slice(0, SUBJECT_WORDS));
}

// Words naming a carrier only in general: a row of "coal in conventional fuel" is no fuel oil row.
const CARRIER_NOUNS = new Set(['fuel', 'fuels']);

/**
 * The carrier after a unit written out with "per" ("9.96 MWh per m³ diesel"). "2.750 tCO2e per tonne of
 * fuel" names only what the unit measures, fuel in general: the carrier is the one named before the number.
 */
function perSubject(after: string): string | undefined {
  const named = PER_SUBJECT.exec(after)?.[1];
  if (named === undefined) return undefined;
  const words = wordsOf(named).filter((w) => !GENERIC_WORDS.has(w));
  return words.every((w) => CARRIER_NOUNS.has(w)) ? undefined : named;
}

/**
 * The subject after the factor in its whole sentence, when the label extraction cut stops before it
 * ("0.61 tce/t in 2024, 0.60 tce/t in 2025 for coal" labelled up to "in 2024").
 */
function forSubject(sentence: string, value: string): string | undefined {
  const text = sentence.slice(0, 600).replace(/(\d),(?=\d{3})/g, '$1');
  const at = value === '' ? -1 : text.indexOf(value);
  return at < 0 || text.indexOf(value, at + 1) >= 0
    ? undefined
    : FOR_SUBJECT.exec(text.slice(at + value.length))?.[2];
}

/**
 * The words of a text, accents folded ("gasóleo" is one word, not "gas" and "leo"), a marine fuel's
 * name as its abbreviation ("marine gas oil" is "mgo", as a fleet's row prints it).
 */
export function wordsOf(text: string): string[] {
  // Letters no accent folds away stay in their word: Norwegian "strøm" is one word, not "str" and "m".
  return withFuelAbbreviations(foldAccents(text)).match(/\p{L}+/gu) ?? [];
}

// The carriers a fuel table gives a row each, as the metric catalogue names them: a row classified as
// one is that carrier's, whatever words it prints. A group ("other fuels") names no one row.
const CARRIER_METRICS: ReadonlySet<string> = new Set([
  'energy.natural_gas',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.coal',
]);

/**
 * The carrier a factor's subject names, in any language the metric catalogue reads ("天然气 12.143
 * 吨标准煤/万立方米" is natural gas's even where the table's rows print English labels, or none a
 * word of the note repeats): the metric every word of the subject names, when it is one carrier.
 */
export function subjectCarrier(subject: ReadonlySet<string>): string | undefined {
  const best = findMetricsByPhrase([...subject].join(' '))[0];
  return best && best.coverage === 1 && CARRIER_METRICS.has(best.metric.id) ? best.metric.id : undefined;
}

/**
 * Whether a row's name lists a carrier besides the given one ("移动源（柴油、汽油）", "Natural gas and
 * diesel boilers"): the row adds two carriers, so the one's factor does not give it.
 */
export function namesOtherCarrier(rowName: string, carrier: string): boolean {
  return findMetricsByPhrase(rowName, { limit: 10 }).some(
    (m) => CARRIER_METRICS.has(m.metric.id) && m.metric.id !== carrier,
  );
}
