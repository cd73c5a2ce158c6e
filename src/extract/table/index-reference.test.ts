import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up exchange disclosure index: code and metric, the value, the section it is in, a status.
const INDEX = [
  'Code   Indicator                       Value for 2026                 Chapter   Status',
  'EN1    Direct energy                   48,310 MWh                     2.4       Reported',
  'EN2    Fleet fuel intensity            0.82 L/km                      2.4       Reported',
  'EN3    Waste oversight                 Risk committee of the board    3         Reported',
  'EN4    Land remediated                 12.6 ha                        2.7, 5    Partially reported',
  'SO1    Pay gap reporting               Not required in our market     -         N/A',
  'SO2    Grievance mechanism             Hotline run by a third party   7         N/A',
  'SO3    Staff survey response           81%                            6.3       Reported',
  'EN5    Water use                       31,460 m³ drawn from wells     2.5       Reported',
  'GO1    Board gender balance            4 of 11 directors are women    8         Reported',
  'EN6    Water usage                     27,915 m³ discharged           2.5       Reported',
].join('\n');

// A data table whose last column marks a year without data: its figures are the years' figures.
const DATA = [
  'Safety                2026     2025     2024',
  'Fatalities               0        0      N/A',
  'Lost-time injuries       3        5      N/A',
  'Near misses reported    41       38      N/A',
].join('\n');

function read(text: string) {
  return tableMentions(text, 2026);
}

describe('a disclosure index printing each value with its section and status', () => {
  const found = read(INDEX);

  it('reads the values and never the section or page reference', () => {
    expect(found.map((m) => [m.line, m.value])).toEqual([
      [2, '48310'],
      [3, '0.82'],
      [5, '12.6'],
      [8, '81'],
      [9, '31460'],
      [11, '27915'],
    ]);
  });

  it('reads a value printed with words after its unit, the words naming the row', () => {
    const water = found.find((m) => m.line === 9);
    expect([water?.label, water?.unit]).toEqual(['EN5 Water use (drawn from wells)', 'm3']);
  });

  it('names a broad measure by the one participle after the unit ("Water usage | … m³ discharged")', () => {
    expect(found.find((m) => m.line === 11)?.label).toBe('EN6 Water discharged (usage)');
  });

  it('still reads a data table whose last year column says N/A', () => {
    const rows = read(DATA).map((m) => [m.label, m.value, m.year]);
    expect(rows).toContainEqual(['Near misses reported', '38', 2025]);
    expect(rows).toContainEqual(['Fatalities', '0', 2025]);
  });
});

// A framework index of figures with one year's column and the report section each is in, no status.
const SECTIONED = [
  'Ref          Metric                          Unit        FY2026 figure        Section',
  '==========================================================================================',
  'FB-01        Fuel burned in the fleet        GJ          86,412.5             3.2',
  'FB-02        Water drawn from wells          ML          412.8                3.4',
  '             Share of recycled water         %           18.6                 3.4',
  '             Share of reused water           %           6.2',
  'FB-03        Climate risks                   -           Chapter 5, scenarios 44',
].join('\n');

describe('an index with one year heading and a section column', () => {
  it('takes the heading row as the header, so the section numbers are no figures', () => {
    // A row without its section ends in its figure; a row of words ends in its page.
    expect(read(SECTIONED).map((m) => [m.line, m.value])).toEqual([
      [3, '86412.5'],
      [4, '412.8'],
      [5, '18.6'],
      [6, '6.2'],
    ]);
  });
});
