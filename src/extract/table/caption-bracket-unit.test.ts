import { describe, expect, it } from 'vitest';
import { captionBracketUnit } from './caption-unit.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up captions whose bracket gives the unit, then a reference or a note.
function units(text: string) {
  return tableMentions(text, 2031).map((m) => [m.value, m.unit]);
}

describe('a caption whose bracket holds the unit and a code or a note', () => {
  it('gives the table its unit: "(GJ; GRI 302-1)"', () => {
    const read = units(
      [
        'Exhibit 6  Fuel burned at the depots (GJ; GRI 302-1)',
        '                                     2030          2031',
        'Diesel for yard tractors           61 204        58 917',
        'Propane for forklifts               4 388         4 102',
        'Total fuel                         65 592        63 019',
      ].join('\n'),
    );
    expect(read).toEqual([
      ['61204', 'GJ'],
      ['58917', 'GJ'],
      ['4388', 'GJ'],
      ['4102', 'GJ'],
      ['65592', 'GJ'],
      ['63019', 'GJ'],
    ]);
  });

  it('reads the unit before a comma and a note, never two units or a code alone', () => {
    expect(captionBracketUnit('Exhibit 2 Waste shipped (t, unaudited)')).toBe('t');
    expect(captionBracketUnit('Exhibit 3 Water (m³; see note 4)')).toBe('m³');
    expect(captionBracketUnit('Exhibit 4 Waste shipped (t, %)')).toBe('');
    expect(captionBracketUnit('Exhibit 5 Waste shipped (GRI 306-4; unaudited)')).toBe('');
    expect(captionBracketUnit('Exhibit 7 Donations (RMB 10,000)')).toBe('');
  });
});
