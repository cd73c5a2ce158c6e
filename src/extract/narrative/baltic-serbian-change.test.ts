import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Estonian, Latvian, Lithuanian and Serbian sentences stating a change between years
// (change-words.data.json, script-change-wording.ts).
describe('stated changes in Estonian, Latvian, Lithuanian and Serbian prose', () => {
  it.each([
    ['Veevõtt vähenes 3,8% võrreldes 2029. aastaga.', '3.8', 'decrease', 'Veevõtt'],
    ['Ohtlikud jäätmed kasvasid võrreldes eelmise aastaga 12,5%.', '12.5', 'increase', 'Ohtlikud jäätmed'],
    [
      'Ūdens patēriņš samazinājās par 4,1% salīdzinājumā ar iepriekšējo gadu.',
      '4.1',
      'decrease',
      'Ūdens patēriņš',
    ],
    ['Atliekų kiekis padidėjo 9,3% palyginti su 2029 m.', '9.3', 'increase', 'Atliekų kiekis'],
    ['Potrošnja vode je smanjena za 5,2% u odnosu na prethodnu godinu.', '5.2', 'decrease', 'Potrošnja vode'],
    ['Потрошња гаса се смањила за 7,7% у односу на 2029. годину.', '7.7', 'decrease', 'Потрошња гаса'],
  ])('reads "%s"', (sentence, value, direction, of) => {
    expect(changesOf(sentence, 2031)).toEqual([expect.objectContaining({ value, direction, of })]);
  });

  it('reads the comparison standing between the verb and the figure', () => {
    expect(changesOf('Heitkogused vähenesid võrreldes 2029. aastaga 6,6%.', 2031)).toEqual([
      expect.objectContaining({ value: '6.6', direction: 'decrease' }),
    ]);
  });

  it('reads "Scope 1 and 2" in any of these languages as one subject, its second number no count', () => {
    const estonian =
      'Scope 1 ja 2 heitkogused vähenesid võrreldes 2029. aastaga 5,3%, ulatudes 18 204,6 t CO2e-ni.';
    expect(changesOf(estonian, 2031)).toEqual([
      expect.objectContaining({ value: '5.3', direction: 'decrease', of: 'Scope 1 ja 2 heitkogused' }),
    ]);
    expect(changesOf('Scope 1 i 2 emisije smanjene su za 5,3% u odnosu na 2029. godinu.', 2031)).toEqual([
      expect.objectContaining({ value: '5.3', direction: 'decrease', of: 'Scope 1 i 2 emisije' }),
    ]);
  });

  it('reads a first-person verb with what it changed before it, a bracket inside the subject', () => {
    expect(
      changesOf(
        'Potrošnju pitke vode (bez bazena) smanjili smo za 6,1%, na 41.220 m³, novim slavinama.',
        2031,
      ),
    ).toEqual([{ value: '6.1', direction: 'decrease', of: 'Potrošnju pitke vode (bez bazena)' }]);
    expect(
      changesOf('Udio obnovljive električne energije povećali smo za 4,5% u odnosu na 2029.', 2031),
    ).toEqual([
      { value: '4.5', direction: 'increase', of: 'Udio obnovljive električne energije', since: 2029 },
    ]);
    expect(changesOf('Потрошњу дизела смањили смо за 3,3% у односу на претходну годину.', 2031)).toEqual([
      { value: '3.3', direction: 'decrease', of: 'Потрошњу дизела' },
    ]);
  });

  it('counts a closed bracket of the subject as one word', () => {
    const long =
      'Ukupne emisije gasova iz kotlova i vozila cijele grupe (Obim 1 i 2, tržišni metod) smanjili smo za 9,2%.';
    expect(changesOf(long, 2031)).toEqual([expect.objectContaining({ value: '9.2', direction: 'decrease' })]);
  });
});
