import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';

// Made-up reports whose column gaps a converter printed as tabs: header lines that finish some columns
// only, so that no place on the line says which.
const read = (lines: readonly string[]) =>
  extractDocument(
    docFromText(['Tamsin Valley Foods plc', 'Sustainability Report 2031', '', ...lines].join('\n')),
  ).facts.map((f) => [f.fact.period.year, f.fact.quantity.value.toString(), f.fact.quantity.unit.symbol]);

describe('tabbed header lines of units', () => {
  it('give bracketed units to the columns that print none', () => {
    const facts = read([
      'Table 5 Employee composition',
      'Category\tItem\t2031\t2030',
      '                                   Number\tShare (%)\tNumber\tShare (%)',
      '                                  (persons)\t(persons)',
      'By gender\tMale\t4,862\t56.3\t4,651\t56.6',
      '                Female\t3,780\t43.7\t3,564\t43.4',
    ]);
    expect(facts).toContainEqual([2031, '56.3', '%']);
    expect(facts).toContainEqual([2030, '4651', 'persons']);
  });

  it('close a bracket left open and give units to the headings that print none', () => {
    const facts = read([
      'Table 2 Energy use',
      '          Bought\tRooftop solar\tDiesel\tEnergy intensity',
      'Year\telectricity\t(self-generated)\t(kL)\t(GJ/€ million',
      '          (MWh)\t(MWh)\trevenue)',
      '2030\t142,618.4\t1,204.6\t48.6\t24.24',
      '2031\t148,206.2\t2,186.4\t46.2\t28.12',
    ]);
    expect(facts).toContainEqual([2031, '148206.2', 'MWh']);
    expect(facts).toContainEqual([2031, '2186.4', 'MWh']);
    expect(facts).toContainEqual([2031, '46.2', 'kL']);
  });

  it('read rows named by their year under an indented header of places', () => {
    const facts = read([
      'Table 4 Output by plant',
      '                                            Valley\tCoast\tTotal',
      'Water drawn (m³)',
      '   2031\t18,420\t6,184\t24,604',
      '   2030\t18,962\t5,986\t24,948',
    ]);
    expect(facts).toContainEqual([2030, '5986', 'm3']);
    expect(facts).toContainEqual([2031, '24604', 'm3']);
  });
});
