import { tryParseUnit } from '../../core/index.js';
import type { NumberToken } from '../numbers/index.js';
import { COMPARATIVE_BRACKET } from './printed-years.js';
import { readFigure, type NarrativeFigure } from './read-figure.js';

// The prior-year bracket right after a figure, before its unit.
const BRACKET_FIRST = new RegExp(`^\\s*${COMPARATIVE_BRACKET.source}`, 'i');

/**
 * A factor printed with its earlier years in brackets before its unit: "CLP 0.42 (2024: 0.45; 2023:
 * 0.45) kg CO2e/kWh", "national grid 0.5811 (2024 and 2023: 0.6102) tCO2/MWh". The figure is in the unit
 * after the bracket; the words before it name what the factor is for (here a power company, CLP, whose
 * code is also the Chilean peso's), never its currency. Read only for a rate (a unit per another), so a
 * count or an amount keeps the reading of the words around it.
 */
export function unitPastComparatives(sentence: string, t: NumberToken): NarrativeFigure | undefined {
  if (t.rightGlued !== '') return undefined;
  const bracket = BRACKET_FIRST.exec(sentence.slice(t.end));
  if (!bracket) return undefined;
  const printed = sentence.slice(t.start, t.end);
  const text = `${printed} ${sentence.slice(t.end + bracket[0].length).trimStart()}`;
  const read = readFigure(text, { ...t, start: 0, end: printed.length, leftGlued: '', rightGlued: '' });
  const dimension = read?.measured === true ? tryParseUnit(read.unit)?.dimension : undefined;
  if (!read || dimension === undefined || !dimension.includes('/') || dimension.startsWith('money'))
    return undefined;
  return { ...read, at: t.start, start: t.start, end: t.end };
}
