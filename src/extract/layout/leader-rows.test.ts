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

// A made-up clinic group's highlights, three name-and-figure pairs to a line, each led by dots.
describe('a highlights line printing several pairs with dotted leaders', () => {
  it('reads each pair though the line ends on a small figure, as a contents line does', () => {
    expect(
      rowsOfMarkup(
        '  Bed days ........... 48,120      Outpatient visits .... 212,300      Staffed beds ...... 164',
      ),
    ).toEqual([['Bed days', '48,120', 'Outpatient visits', '212,300', 'Staffed beds', '164']]);
  });

  it('takes three dots for a leader on a line led by longer ones', () => {
    expect(rowsOfMarkup('  Staff ............ 1,206      Clinical waste ... 105,460 kg')).toEqual([
      ['Staff', '1,206', 'Clinical waste', '105,460 kg'],
    ]);
  });

  it('still reads a contents line of two entries as no row', () => {
    expect(rowsOfMarkup('  Our people .......... 14        Our planet .......... 22')).toBeUndefined();
  });

  it('gives each pair its own fact, the bed days a hospital’s activity metric', () => {
    const doc = docFromText(
      [
        'Northwind Clinics Limited',
        'Sustainability Report 2025',
        '',
        '2025 AT A GLANCE',
        '  Bed days ........... 48,120      Outpatient visits .... 212,300      Staffed beds ...... 164',
        '  Staff ............ 1,206      Clinical waste ... 105,460 kg      Water .......... 31,840 m³',
      ].join('\n'),
    );
    const facts = extractDocument(doc).facts.map((f) => f.fact);
    const bedDays = facts.find((f) => f.label === 'Bed days');
    expect(bedDays?.metric).toBe('healthcare.patient_days');
    expect(bedDays?.quantity.value.toString()).toBe('48120');
    expect(facts.map((f) => f.quantity.value.toString())).toEqual(
      expect.arrayContaining(['212300', '164', '1206', '105460', '31840']),
    );
  });
});
