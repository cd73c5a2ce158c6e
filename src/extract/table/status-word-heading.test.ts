import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// Made-up tables whose year columns say in brackets whose figures they hold ("(actual)", "(restated)"):
// a word of the figure's status, not the unit it is counted in.
describe('a bracketed status word under a year heading', () => {
  it('gives the figures no unit', () => {
    const rows = tableRows(
      [
        'Table 4. Fleet activity',
        'Indicator                          2024           2025',
        '                               (actual)       (actual)',
        '=======================================================',
        'Haul trucks in service               57             63',
        'Shifts worked                     4,318          4,772',
      ].join('\n'),
      2025,
    );
    expect(rows.filter((r) => r[0] === 'Haul trucks in service')).toEqual([
      ['Haul trucks in service', '57', '', 2024],
      ['Haul trucks in service', '63', '', 2025],
    ]);
    expect(rows.map((r) => r[2])).not.toContain('actual');
  });

  it.each(['restated', 'target', 'estimate', 'estimated', 'budget', 'plan'])(
    'reads "(%s)" as no unit',
    (word) => {
      const rows = tableRows(
        [
          'Indicator                          2024             2025',
          `                               (${word})     (${word})`,
          'Shifts worked                     4,318            4,772',
        ].join('\n'),
        2025,
      );
      expect(rows.map((r) => r[2])).not.toContain(word);
    },
  );

  it('still takes a bracketed word that counts things as the unit', () => {
    const rows = tableRows(
      [
        'Indicator                       2024         2025',
        '                             (trips)      (trips)',
        'Shuttle runs                   1,204        1,318',
      ].join('\n'),
      2025,
    );
    expect(rows.map((r) => r[2])).toEqual(['trips', 'trips']);
  });
});
