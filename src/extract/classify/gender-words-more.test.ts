import { describe, expect, it } from 'vitest';
import { inferDims } from './dims.js';

// Gender rows and columns as Finnish, Czech, Slovak, Slovene, Hungarian, Italian, Malay, Indonesian, Hebrew and
// Georgian tables print them. Invented labels.
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
    // Shares in the genitive plural or as one word, and the adjectives columns print.
    ['Delež žensk (%)', 'female'],
    ['Podiel žien', 'female'],
    ['Ponderea femeilor', 'female'],
    ['Ponderea bărbaților', 'male'],
    ['Frauenanteil', 'female'],
    ['Männeranteil', 'male'],
    ['Weibliche Beschäftigte', 'female'],
    ['männlich', 'male'],
    ['Participación femenina', 'female'],
    ['Masculino', 'male'],
    ['Quota femminile', 'female'],
    ['Taux de féminisation', 'female'],
    ['Kadınların oranı', 'female'],
    ['Erkeklerin oranı', 'male'],
    // Georgian: women, men, the women's share (genitive plural).
    ['ქალი', 'female'],
    ['მამაკაცები', 'male'],
    ['ქალთა წილი, %', 'female'],
    ['კაცი', 'male'],
  ])('reads "%s" as %s', (label, gender) => {
    expect(inferDims(label, '').gender).toBe(gender);
  });

  it('reads no gender in words that only share the letters', () => {
    for (const label of [
      'No. of employees',
      'Noise complaints',
      'Nap',
      'Miesiąc',
      'Donnees',
      'Miesto',
      'Femenil',
      'Mannequin',
      'ქალაქის ოფისი',
    ])
      expect(inferDims(label, '').gender).toBeUndefined();
  });
});
