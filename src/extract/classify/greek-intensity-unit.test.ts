import { describe, expect, it } from 'vitest';
import { facts } from '../../../test/support/facts-by-line.js';
import { readPrintedUnit } from './index.js';

// An intensity Greek prose prints "per" as "ανά" ("kWh ανά τόνο"). Invented wording.
describe('Greek "ανά" in a printed unit', () => {
  it('keeps the denominator after "ανά"', () => {
    expect(readPrintedUnit('kWh ανά τόνο')?.denominator).toBe('τόνο');
  });

  it('reads an intensity a sentence prints with "ανά" as the intensity metric', () => {
    const text = [
      'Έκθεση Βιωσιμότητας 2024',
      '',
      'Η συνολική κατανάλωση ενέργειας ανήλθε σε 88.412 MWh, ενώ η ενεργειακή ένταση μειώθηκε σε 1,47 MWh ανά τόνο προϊόντος (2023: 1,52 MWh/τόνο).',
    ].join('\n');
    const read = facts(text).filter((f) => f.metric === 'energy.intensity');
    expect(read.map((f) => [f.period.year, f.quantity.value.toString(), f.dims.denominator])).toEqual([
      [2024, '1.47', 'τόνο'],
      [2023, '1.52', 'τόνο'],
    ]);
  });
});
