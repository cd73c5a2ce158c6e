// A year heading that carries its column's unit in brackets ("2025 (MWh)", "FY2024 [t]") heads a year
// column in that unit.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (current: string, prior: string) =>
  [
    'Brackwater Dyeworks review 2025',
    '',
    `Source                      ${current.padEnd(16)}${prior}`,
    'Purchased electricity       14,250          14,980',
    'Natural gas                 6,310           6,544',
  ].join('\n');

const facts = (text: string) =>
  extractDocument(docFromText(text))
    .facts.map((f) => f.fact)
    .map(
      (f) => `${f.metric}:${String(f.period.year)}:${f.quantity.value.toString()}:${f.quantity.unit.symbol}`,
    )
    .sort();

describe('a year heading with a bracketed unit', () => {
  it.each([
    ['2025 (MWh)', '2024 (MWh)', 'MWh'],
    ['FY2025 [MWh]', 'FY2024 [MWh]', 'MWh'],
    ['2025 (MWh)¹', '2024 (MWh)', 'MWh'],
  ])('reads each year under %s in its unit', (current, prior, unit) => {
    expect(facts(report(current, prior))).toEqual([
      `energy.electricity:2024:14980:${unit}`,
      `energy.electricity:2025:14250:${unit}`,
      `energy.natural_gas:2024:6544:${unit}`,
      `energy.natural_gas:2025:6310:${unit}`,
    ]);
  });
});
