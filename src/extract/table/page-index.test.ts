import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up industry index continued below a paragraph, cut off from its "Page" heading: each coded row
// prints the metric, its value with a unit or in words, then the page the value is on.
const CONTINUED = [
  'The index continues with the metrics of our laboratories.',
  '',
  'LB-QX-210a.1   (1) Solvent residue sent off site        2,418.3 metric tons              23',
  '               (2) share incinerated                    41.2%',
  'LB-QX-310a.1   Audits of our contract testers             Chapter 6, audit scheme          31',
  'LB-QX-410a.2   Fines for late sample reporting            €0                                7',
  'LB-QX-510a.1   Share of samples shipped by rail 36.5%                                     42',
  'LB-QX-000.A    Samples analysed                           618,400 short tons               3',
  'LB-QX-000.B    Number of laboratories                     14                               2',
  'LB-QX-000.C    Number of accredited methods               27',
].join('\n');

// A data table of coded rows under year columns: the small last figures are a year's, no pages.
const DATA = [
  'Code     Indicator                 2026      2025',
  'DX-01    Reportable spills           12         4',
  'DX-02    Fines paid (€ thousand)     18         7',
  'DX-03    Audits held                 31         9',
].join('\n');

function read(text: string) {
  return tableMentions(text, 2026);
}

describe('an index of values with the page each is on, printed without its "Page" heading', () => {
  const found = read(CONTINUED).map((m) => [m.line, m.value, m.unit]);

  it('reads each value and never the page number after it', () => {
    expect(found).toEqual([
      [3, '2418.3', 'metric tons'],
      [4, '41.2', '%'],
      [6, '0', '€'],
      [7, '36.5', '%'],
      [8, '618400', 'short tons'],
      [9, '14', ''],
      [10, '27', ''],
    ]);
  });

  it('parts a value printed into the name column from the name', () => {
    const rail = read(CONTINUED).find((m) => m.line === 7);
    expect(`${rail?.label ?? ''} ${rail?.unit ?? ''}`).toMatch(/Share of samples shipped by rail/);
  });

  it('still reads the small figures of a coded data table under year columns', () => {
    const rows = read(DATA).map((m) => [m.line, m.value, m.year]);
    expect(rows).toContainEqual([4, '9', 2025]);
    expect(rows).toContainEqual([2, '4', 2025]);
  });
});
