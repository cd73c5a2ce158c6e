import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';

const factsOf = (text: string) =>
  extractDocument(docFromText(text), { year: 2025 }).facts.map(({ fact }) => [
    fact.period.year,
    fact.quantity.value.toString(),
    fact.quantity.unit.symbol,
  ]);

// A made-up sentence: a grid factor left unchanged over two earlier years is printed once for both.
describe('two years sharing one figure in a comparative bracket', () => {
  it('gives the figure to each year', () => {
    expect(
      factsOf(
        'Purchased electricity is converted with the island grid factor of 0.4817 (2024 and 2023: 0.5129) tCO2e/MWh set by the energy regulator.',
      ),
    ).toEqual([
      [2025, '0.4817', 'tCO2e/MWh'],
      [2024, '0.5129', 'tCO2e/MWh'],
      [2023, '0.5129', 'tCO2e/MWh'],
    ]);
  });

  it('still dates a bracket of one year per figure by each year', () => {
    expect(
      factsOf('The island grid factor was 0.4817 (2024: 0.5129; 2023: 0.5342) tCO2e/MWh.').map((f) => f[0]),
    ).toEqual([2025, 2024, 2023]);
  });
});
