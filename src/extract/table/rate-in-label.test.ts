import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up levy table: its unit line sits under the years, and two names print the rate they are set at.
describe('a percentage printed in a row name', () => {
  it('is the rate the row is set at: the row keeps the table’s money unit', () => {
    const text = [
      'Statutory payments',
      '                                                   2031              2030',
      "                                           (Rupees in '000)",
      'Property tax                                    312,400           298,100',
      'Apprenticeship levy (1%)                         41,260            39,870',
      'Training fund (0.5%)                             20,630            19,935',
    ].join('\n');
    const found = tableMentions(text, 2031);
    const units = found.filter((m) => m.line >= 5).map((m) => [m.value, m.unit]);
    expect(units).toHaveLength(4);
    for (const [, unit] of units) expect(unit).toBe("Rupees in '000");
  });
});

describe('a row named by a unit per another', () => {
  it('takes its name as its unit: the figures are a rate, not litres to add up', () => {
    const text = [
      'Table 9 Dairy water use',
      'Plant                      Rotorua     Taupo     Total',
      'Water drawn (m3)            41,300    28,650    69,950',
      'Litres per kg milk powder      6.2       5.9       6.1',
    ].join('\n');
    const found = tableMentions(text, 2025);
    expect(found.filter((m) => m.line === 4).map((m) => m.unit)).toEqual([
      'Litres per kg milk powder',
      'Litres per kg milk powder',
      'Litres per kg milk powder',
    ]);
  });
});
