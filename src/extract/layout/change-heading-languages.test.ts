import { describe, expect, it } from 'vitest';
import { isChangeHeading } from './change-heading.js';
import { COLUMN_YEAR, YEAR_WORD_BEFORE } from './year-word.js';

describe('change headings and year words of more languages', () => {
  it.each([
    'Muutos %',
    'Změna',
    'Zmena (%)',
    'Változás',
    'שינוי',
    'Variazione %',
    'Variație (%)',
    'Evoluția',
  ])('reads "%s" as a change column', (heading) => {
    expect(isChangeHeading(heading)).toBe(true);
  });

  it('reads a Hungarian "2031. év" as a year column and the words before a year', () => {
    expect(COLUMN_YEAR.test('2031. év')).toBe(true);
    expect(COLUMN_YEAR.test('2031. évi')).toBe(false);
    const before = new RegExp(`^${YEAR_WORD_BEFORE}2031$`, 'i');
    for (const heading of ['Vuosi 2031', 'År 2031', 'Esercizio 2031', 'שנת 2031'])
      expect(before.test(heading)).toBe(true);
  });
});
