// The rupiah's "Rp" glued to an amount, and the Indonesian scale words after it.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('an amount in rupiah as Indonesian reports print it', () => {
  it('reads "Rp" glued to the figure and a scale word in Bahasa or English', () => {
    expect(figuresOf('Our foundation disbursed Rp7,315 juta to 41 schools.', 2030)).toContainEqual({
      value: '7315',
      unit: 'Rp juta',
      year: 2030,
    });
    expect(figuresOf('Program spending reached Rp 2,904 miliar this year.', 2030)).toContainEqual({
      value: '2904',
      unit: 'Rp miliar',
      year: 2030,
    });
    expect(figuresOf('Program spending reached Rp2,904 billion this year.', 2030)).toContainEqual({
      value: '2904',
      unit: 'Rp billion',
      year: 2030,
    });
  });
});
