import { tryParseUnit } from '../../core/index.js';
import { isCurrencyMark, parseCellValue, type CellValue } from '../numbers/index.js';
import { looksLikeUnit } from './unit-cell.js';

// A figure printed with its unit words in one cell ("52.1 GWh", "18,402 m³", "HK$6.2 million"), as
// highlights and key-figure tables print it, told from a unit with a printed scale ("10,000 m³").

/** A cell holding a figure and its unit ("18,642 t"), not a unit with a printed scale ("10,000 m³"). */
export function isWordedFigure(text: string): boolean {
  const cell = valueWithUnit(text);
  return cell !== undefined && !SCALED_UNIT.test(cell.printed);
}

/** A figure and its unit printed in one cell ("52.1 GWh", "18,402 m³", "HK$6.2 million"), as highlights tables do. */
const FIGURE_THEN_WORDS = /^(.{0,24}?\d\)?)\s*([^\d\s,.)].{0,40})$/;

// A unit with a printed scale, as mainland tables print it ("10,000 m³", "10,000 kWh", "1,000 tonnes"), or
// its thousands as three zeros ("000 RSD", as Serbian and British tables head amounts in thousands).
export const SCALED_UNIT = /^(?:10,?000|1,?000|100|000)$/;

const SCALE_WORD = /^(?:thousand|million|billion|bn|m)$/i;

/**
 * "milliers de m³", "thousands of tonnes", "tonnes of CO2": a word, a joining word and what makes the
 * unit. The words after "of" must change the unit the first word gives: in "tonnes of process scrap"
 * they name what is weighed, the registry reading them as plain tonnes.
 */
function isScaledUnit(words: string): boolean {
  const m = /^(\p{L}+)\s+(?:of|de|d['’])/iu.exec(words);
  const unit = tryParseUnit(words, { countNouns: false })?.symbol ?? '';
  return m !== null && unit !== '' && unit !== tryParseUnit(m[1] ?? '', { countNouns: false })?.symbol;
}

// "metric tons", "short tons": the ton a report counts in, named by its qualifier.
const QUALIFIED_TON = /^(?:metric|short)\s+tons?$/i;

/** Whether words name a ton by its qualifier, a unit the registry knows though "short" alone is none. */
function isQualifiedMass(words: string): boolean {
  return QUALIFIED_TON.test(words.trim()) && tryParseUnit(words.trim())?.dimension === 'mass';
}

/** Reads a cell holding a figure followed by its unit; undefined when the words after it are no unit. */
export function valueWithUnit(text: string): CellValue | undefined {
  const m = FIGURE_THEN_WORDS.exec(text.trim());
  if (!m) return undefined;
  const [, figure = '', words = ''] = m;
  const inner = parseCellValue(figure);
  // Every word a unit word: "m³", "tonnes CO2e"; not "% reduction" or "kWh saved" (words about the figure).
  // A scale joined to its unit by a word ("milliers de m³", "thousands of tonnes") is one unit too.
  // A unit of two words neither of which is one alone ("metric tons", "short tons") is one too.
  const unitWords =
    words.split(/\s+/).every((w) => looksLikeUnit(w)) || isScaledUnit(words) || isQualifiedMass(words);
  if (inner?.kind !== 'value' || !unitWords) return undefined;
  if (inner.unit === '') return { ...inner, unit: words };
  // A currency before the figure and a scale after it make one money unit ("HK$ million"); words
  // after a percentage ("34.6% reduction") say what changed, they are no unit.
  return isCurrencyMark(inner.unit) && SCALE_WORD.test(words)
    ? { ...inner, unit: `${inner.unit} ${words}` }
    : undefined;
}
