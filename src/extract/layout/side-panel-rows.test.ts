import { describe, expect, it } from 'vitest';
import { rowsOfMarkup } from './table-markup.js';

// A made-up highlights panel printed as two columns of key figures parted by a bar.
describe('a line of side-by-side key figures parted by a bar', () => {
  it('reads each side as its own row', () => {
    expect(rowsOfMarkup('  Local employees          87.4%   |   LTIFR                    0.62')).toEqual([
      ['Local employees', '87.4%'],
      ['LTIFR', '0.62'],
    ]);
  });

  it('leaves a line whose side holds no figure to the other readers', () => {
    expect(rowsOfMarkup('  Highlights          |   Outlook')).toBeUndefined();
  });
});
