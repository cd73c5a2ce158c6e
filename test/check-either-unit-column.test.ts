// factor.row on a table whose amount column is printed in either of two units ("Amount (t / litres)")
// and whose factor column prints each factor with its unit: each row's amount is in the unit its own
// factor divides by, and the factor is read as the row's even when the reader takes it for text.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (lng: string) =>
  [
    'Karsvik Ferries AB - Sustainability Report 2025',
    '',
    'Table 4  Direct emissions by fuel',
    '',
    'Fuel                        Amount (t / litres)      Emission factor      CO2 (t)',
    '                               2025        2024                          2025       2024',
    '--------------------------------------------------------------------------------------',
    'Liquefied natural gas       12,480.2    11,906.4     2.750 t CO2/t       ' + lng + '   32,742.6',
    'Heating oil                  48,210      51,630      2.54 kg CO2/l         122.5      131.1',
    'Total direct emissions                                                  34,443.1   32,873.7',
    '--------------------------------------------------------------------------------------',
  ].join('\n');

const extracted = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);

// factor.row (the factor printed on the row) or factor.stated (the factor stated for the fuel) may report it.
const rowFindings = (text: string) =>
  checkFacts({ facts: extracted(text) }).findings.filter((f) => f.rule.startsWith('factor.'));

describe('an amount column printed in either of two units', () => {
  it("reads each row's amount in the unit its factor divides by", () => {
    const units = extracted(report('34,320.6'))
      .filter((f) => f.provenance.kind === 'document' && f.period.year === 2025)
      .filter((f) => f.quantity.value.eq(12480.2) || f.quantity.value.eq(48210))
      .map((f) => f.quantity.unit.symbol);
    expect(units).toEqual(['t', 'L']);
  });

  it('raises nothing when each row is its amount times its factor', () => {
    expect(rowFindings(report('34,320.6'))).toEqual([]);
  });

  it('flags the row computed with another factor than the one printed on it', () => {
    // 12,480.2 t × 2.750 = 34,320.6 t; 39,310.6 is 3.150 (another fuel's factor) applied instead.
    const [finding, ...rest] = rowFindings(report('39,310.6'));
    expect(rest).toEqual([]);
    expect(finding?.source.map((s) => s.line)).toContain(8);
    expect(Number(finding?.expected)).toBeCloseTo(34320.6, 0);
  });
});
