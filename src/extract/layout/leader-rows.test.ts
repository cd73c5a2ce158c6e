import { describe, expect, it } from 'vitest';
import { rowsOfMarkup } from './table-markup.js';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

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

// The same key figures written by a converter that prints each column gap as one tab.
describe('a key-figures line with a dotted leader before a tab', () => {
  const read = (lines: readonly string[]) =>
    extractDocument(
      docFromText(['Tarnholm Mills', 'Annual report 2025', '', 'KEY FIGURES 2025', '', ...lines].join('\n')),
    ).facts.map((f) => [f.fact.label, f.fact.quantity.value.toString()]);

  it('reads the name without its dots, the figure and the year before in brackets, as with spaces', () => {
    const facts = read([
      'Net sales .......................................\t184 212\tEUR thousand\t(2024: 176 930)',
      'Electricity used ................................\t61 804,2\tMWh\t(2024: 63 115,9)',
      'Scope 1 and 2 emissions (market-based) ..........\t12 406,5\tt CO2e',
      '   Employees (heads, 31.12.) ................... 1.284\t(prior year: 1.236)',
    ]);
    const values = facts.map(([, value]) => value);
    expect(values).toEqual(expect.arrayContaining(['184212', '176930', '61804.2', '63115.9', '1284']));
    expect(facts.map(([label]) => label)).not.toContainEqual(expect.stringContaining('....'));
  });
});
