import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

// Gender rows and columns as Finnish, Czech, Slovak, Slovene, Hungarian, Italian, Malay, Indonesian and Hebrew
// tables print them. Invented labels.
describe('gender words of more languages', () => {
  it.each([
    ['Naiset', 'female'],
    ['Miehet', 'male'],
    ['Naisten osuus', 'female'],
    ['Ženy', 'female'],
    ['Muži', 'male'],
    ['Počet mužov', 'male'],
    ['Nők', 'female'],
    ['Férfiak', 'male'],
    ['Donne', 'female'],
    ['Uomini', 'male'],
    ['Wanita', 'female'],
    ['Lelaki', 'male'],
    ['Perempuan', 'female'],
    ['Laki-laki', 'male'],
    ['נשים', 'female'],
    ['גברים', 'male'],
    ['הנשים בחברה', 'female'],
    ['Moški', 'male'],
    ['Ženske', 'female'],
  ])('reads "%s" as %s', (label, gender) => {
    expect(inferDims(label, '').gender).toBe(gender);
  });

  it('reads no gender in words that only share the letters', () => {
    for (const label of ['No. of employees', 'Noise complaints', 'Nap', 'Miesiąc', 'Donnees', 'Miesto'])
      expect(inferDims(label, '').gender).toBeUndefined();
  });
});
