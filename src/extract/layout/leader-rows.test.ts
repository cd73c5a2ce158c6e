import { describe, expect, it } from 'vitest';
import { rowsOfMarkup } from './table-markup.js';

// A made-up key-figures list joining each name to its figure with a dotted leader, figures grouped by
// spaces as French and ISO 80000-1 print them.
describe('a key-figures line with a dotted leader', () => {
  it('pairs the name with a figure grouped by spaces and its unit', () => {
    expect(rowsOfMarkup('  Clinker produced ............................ 3 418 600 t')).toEqual([
      ['Clinker produced', '3 418 600 t'],
    ]);
  });

  it('gives a counted noun to the name, so the figure stands alone', () => {
    expect(rowsOfMarkup('  Personnel au 31 décembre .................... 2 407 salariés')).toEqual([
      ['Personnel au 31 décembre (salariés)', '2 407'],
    ]);
  });

  it('gives a unit of several words to the name', () => {
    expect(rowsOfMarkup('  Kiln intensity .............................. 812 kgCO2e/t de clinker')).toEqual([
      ['Kiln intensity (kgCO2e/t de clinker)', '812'],
    ]);
  });

  it('still reads a contents line ending in its page as no row', () => {
    expect(rowsOfMarkup('  4.  Our people .................................. 52')).toBeUndefined();
  });
});
