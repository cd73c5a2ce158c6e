// A sentence under a table giving the share of the rows it names in the table's total ("Harvested
// rainwater made up 9.9% of our withdrawal"; "Regional vendors, including village cooperatives,
// received 55.0% of our supplier spend"): the named rows over the total row, for the share's year.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function shares(lines: readonly string[]) {
  const facts = extractDocument(docFromText(lines.join('\n'))).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'share.named-rows')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0)), f.expected]);
}

const water = (sentence: string) => [
  'Bellwether Dairy Co-operative',
  'Sustainability Report 2025',
  '',
  'Table 6  Water withdrawal by source (m³)',
  '',
  'Source                                   2023        2024        2025',
  '---------------------------------------------------------------------',
  'Municipal supply                      412,300     398,100     386,900',
  'Boreholes (shallow aquifer)           201,700     214,500     220,400',
  'Rainwater (harvested on site)          58,200      61,900      66,700',
  'Total                                 672,200     674,500     674,000',
  '---------------------------------------------------------------------',
  '',
  sentence,
];

const spend = (sentence: string) => [
  'Karoo Fields Mining Ltd',
  'Sustainability Report 2025',
  '',
  'Table 12  Purchases by supplier location, 2025',
  '',
  'Supplier location                          ZAR million     Share',
  'Village cooperatives (Ward 4, Ward 9)            21.4       4.1%',
  'Other regional vendors                          265.3      50.9%',
  'Out-of-region vendors                           234.6      45.0%',
  'Total supplier spend                            521.3     100.0%',
  '',
  sentence,
];

describe('a share of the table rows a sentence names', () => {
  it('checks one row named by the words inside its brackets (66,700 / 674,000 = 9.9%)', () => {
    expect(shares(water('Harvested rainwater made up 12.4% of our withdrawal in 2025.'))).toEqual([
      ['warning', [14, 10, 11], '9.9'],
    ]);
    expect(shares(water('Harvested rainwater made up 9.9% of our withdrawal in 2025.'))).toEqual([]);
  });

  it('adds up the rows the words name, "other" aside ((21.4 + 265.3) / 521.3 = 55.0%)', () => {
    const wrong = 'Regional vendors, including village cooperatives, received 61.2% of our supplier spend.';
    expect(shares(spend(wrong))).toEqual([['warning', [12, 7, 8, 10], '55']]);
    const right = 'Regional vendors, including village cooperatives, received 55.0% of our supplier spend.';
    expect(shares(spend(right))).toEqual([]);
  });

  it("reads no row when the share is not of the table's whole, or its words name no row", () => {
    expect(shares(water('Harvested rainwater covered 12.4% of our cleaning needs in 2025.'))).toEqual([]);
    expect(shares(water('Metered water made up 12.4% of our withdrawal in 2025.'))).toEqual([]);
  });
});
