import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented amounts printed as Spanish and Portuguese reports print them: the currency mark before the
// figure, the scale word after it.
function amounts(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2029, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
  ]);
}

describe('a Romance scale word after an amount with its currency mark', () => {
  it('reads "millones", "miles" and "mil millones" as the scale of the currency before', () => {
    expect(
      amounts(
        'En 2029 la cooperativa destinó US$ 27.3 millones a becas y US$ 1,915 miles a salud. El activo llegó a US$ 2.1 mil millones.',
      ),
    ).toEqual([
      ['27.3', 'US$ millones'],
      ['1915', 'US$ miles'],
      ['2.1', 'US$ mil millones'],
    ]);
  });

  it('leaves "miles" without a currency mark to mean distance', () => {
    expect(amounts('The fleet drove 48,200 miles in 2029.')).toEqual([['48200', 'miles']]);
  });
});

describe('a short million or milliard after an amount with its currency mark', () => {
  it('reads "mln", "mld" and "mrd" as the scale of the currency before', () => {
    expect(
      amounts(
        'In 2029 the group invested € 312,5 mln in kilns and EUR 1,4 mrd in grids; PLN 2,75 mld went to rail.',
      ),
    ).toEqual([
      ['312.5', '€ mln'],
      ['1.4', 'EUR mrd'],
      ['2.75', 'PLN mld'],
    ]);
  });
});
