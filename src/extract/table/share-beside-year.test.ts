import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A workforce table prints each year's headcount with its share beside it, the share column headed by a
// bare "%" next to the year ("2031  %  2030  %"), under a long group heading on the same line.
describe('a header of years each followed by a "%" column', () => {
  it('reads the counts under the years and the shares as percentages, never a share as persons', () => {
    const found = tableMentions(
      [
        'Staff at year end (persons)',
        '',
        'By contract and region      2031        %      2030        %',
        'Permanent                  1,640     82.0     1,702     80.3',
        'Temporary                    360     18.0       418     19.7',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.year, m.unit === '%'])).toEqual([
      [4, '1640', 2031, false],
      [4, '82.0', 2031, true],
      [4, '1702', 2030, false],
      [4, '80.3', 2030, true],
      [5, '360', 2031, false],
      [5, '18.0', 2031, true],
      [5, '418', 2030, false],
      [5, '19.7', 2030, true],
    ]);
  });

  it('keeps such a header whole under two tables printed side by side', () => {
    const found = tableMentions(
      [
        'Staff at year end (persons)',
        'By site                2031    2030      By function            2031    2030',
        'Plant                   840     860      Operations              910     950',
        'Offices                 160     140      Support                  90      50',
        '',
        'By contract and region      2031        %      2030        %',
        'Permanent                    820     82.0       800     80.0',
        'Temporary                    180     18.0       200     20.0',
      ].join('\n'),
      2031,
    );
    expect(found.filter((m) => m.line >= 6).map((m) => [m.line, m.value, m.year, m.unit === '%'])).toEqual([
      [7, '820', 2031, false],
      [7, '82.0', 2031, true],
      [7, '800', 2030, false],
      [7, '80.0', 2030, true],
      [8, '180', 2031, false],
      [8, '18.0', 2031, true],
      [8, '200', 2030, false],
      [8, '20.0', 2030, true],
    ]);
  });
});

// A training table heads each column with its measure and year, a share's measure starting with "%".
describe('a header whose share measures start with "%" before the year', () => {
  it('reads each share column under its own year', () => {
    const found = tableMentions(
      [
        'Learning',
        '                        % completed 2031   % completed 2030',
        'Women                               88.5               86.0',
        'Men                                 91.0               89.5',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [3, '88.5', 2031],
      [3, '86.0', 2030],
      [4, '91.0', 2031],
      [4, '89.5', 2030],
    ]);
  });
});
