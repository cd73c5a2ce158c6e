import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up table of plants with a "Year" column: each plant's row, then its prior year indented below.
function read(text: string) {
  return tableMentions(text, 2031).map((m) => [m.line, m.value, m.year]);
}

describe('a "Year" column among the figures', () => {
  it('dates its row and is no figure itself', () => {
    const found = read(
      [
        'Kiln           Rok        Clinker      Fuel',
        '                              (t)        (GJ)',
        '------------------------------------------------',
        'North          2030        41 250     122 800',
        '               2029        39 870     119 450',
        'South          2030        28 640      85 120',
        '               2029        27 310      82 960',
      ].join('\n'),
    );
    expect(found).toEqual([
      [4, '41250', 2030],
      [4, '122800', 2030],
      [5, '39870', 2029],
      [5, '119450', 2029],
      [6, '28640', 2030],
      [6, '85120', 2030],
      [7, '27310', 2029],
      [7, '82960', 2029],
    ]);
  });
});
