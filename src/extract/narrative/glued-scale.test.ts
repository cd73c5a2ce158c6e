import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented amounts printed with the scale glued on, as UK and US annual reports print them.
function amounts(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2029, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
  ]);
}

describe('a scale glued to an amount after its currency sign', () => {
  it('reads "£317.9m" and "$2.4bn" as millions and billions, and a bare "12m" as nothing', () => {
    expect(
      amounts('Turnover rose to £317.9m and the order book to $2.4bn. The 12m mast was replaced.'),
    ).toEqual([
      ['317.9', '£ million'],
      ['2.4', '$ bn'],
    ]);
  });

  it('reads thousands glued on as "k" after a currency mark, also in the prior year’s brackets, and "KD" as a mark', () => {
    expect(
      amounts(
        'Community investment was US$1,342k (2028: US$1,186k). The 12k run was held. Grants were KD 84k.',
      ),
    ).toEqual([
      ['1342', 'US$ thousand'],
      ['1186', 'US$ thousand'],
      ['84', 'KD thousand'],
    ]);
  });
});
