// Years printed as ordinals ("2031.", with a dot), as Croatian, Serbian, Slovene and Hungarian reports head
// their columns, beside a units column ("Jedinica") and a change column ("Promjena (%)"). Figures are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = [
  'Brodogradnja Jadran d.d. – Izvješće 2031.',
  '',
  'Tablica 3  Gorivo',
  'Stavka                               Jedinica        2031.       2030.       2029.  Promjena (%)',
  '_______________________________________________________________________________________________',
  'Loživo ulje                          MWh           7.412,6     7.903,1     8.120,4        −6,2 %',
  'Propan                               MWh             612,9       655,0       701,3        −6,4 %',
  '',
].join('\n');

describe('a table whose years are printed as ordinals', () => {
  it('reads each figure under its own year and none under the change column', () => {
    const found = extractDocument(docFromText(TABLE))
      .facts.map((f) => f.fact)
      .map((f) => [f.quantity.value.toString(), f.period.year]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['7412.6', 2031],
        ['7903.1', 2030],
        ['8120.4', 2029],
      ]),
    );
    expect(found.some(([v]) => v === '-6.2')).toBe(false);
  });
});
