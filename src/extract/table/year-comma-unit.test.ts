import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up harvest table: this year's yield beside last year's, each heading naming its unit after a comma.
const text = [
  'Table 6. Barley by district, 2031',
  '',
  'District        Area, ha    Harvest, t    Yield, q/ha    2030, q/ha',
  'Northbank          3 410        14 322           42,0          39,5',
  'Eastfield          2 175         8 265           38,0          36,1',
].join('\n');

describe('a year heading with its unit after a comma', () => {
  it('dates the column by its year and gives it the unit', () => {
    const found = tableMentions(text, 2031).filter((m) => m.line === 4);
    expect(found.map((m) => [m.value, m.unit, m.year])).toEqual([
      ['3410', 'ha', 2031],
      ['14322', 't', 2031],
      ['42.0', 'q/ha', 2031],
      ['39.5', 'q/ha', 2030],
    ]);
  });
});
