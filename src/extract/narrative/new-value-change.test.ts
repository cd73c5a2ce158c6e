import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented sentences that print the new value first and restate it as a change ("fell to …, i.e. by …").
describe('a change worded with its new value first', () => {
  it.each([
    [
      'Scope 1 and 2 emissions fell to 12,408 t CO2e, i.e. by 2.3% against the previous year.',
      '2.3',
      '12408 t CO2e',
    ],
    [
      'Priame emisie klesli na 8 214,6 t CO2e, teda o 3,9 % v porovnaní s predchádzajúcim rokom.',
      '3.9',
      '8214.6 t CO2e',
    ],
    [
      'Emise skleníkových plynů klesly na 4 410,2 t CO2e, tj. o 5,2 % oproti roku 2030.',
      '5.2',
      '4410.2 t CO2e',
    ],
    ['Die Emissionen sanken auf 7.312,5 t CO2e und damit um 4,4 %.', '4.4', '7312.5 t CO2e'],
    ['Emisje gazów cieplarnianych spadły do 9 120,5 t CO2e, czyli o 6,1%.', '6.1', '9120.5 t CO2e'],
    [
      'Emisije toplogrednih plinov so se zmanjšale na 3 204,7 t CO2e, torej za 2,7 %.',
      '2.7',
      '3204.7 t CO2e',
    ],
    ['Emisiile directe au scăzut la 5.402,3 t CO2e, adică cu 3,3%.', '3.3', '5402.3 t CO2e'],
    ['Las emisiones directas disminuyeron a 6.204,1 t CO2e, es decir un 4,8 %.', '4.8', '6204.1 t CO2e'],
    ['Le emissioni dirette sono scese a 2.118,9 t CO2e, ossia del 1,6 %.', '1.6', '2118.9 t CO2e'],
    ['De directe emissies daalden naar 1.907,4 ton CO2e, oftewel met 5,5 %.', '5.5', '1907.4 ton CO2e'],
  ])('reads the percentage as the change of the new value: %s', (sentence, value, of) => {
    expect(changesOf(sentence, 2031)).toEqual([{ value, direction: 'decrease', of }]);
  });

  it('reads a rise, and leaves a share of the new value and an upper bound alone', () => {
    expect(changesOf('Wood chip use rose to 3,880 t, i.e. by 12.7% on the previous year.', 2031)).toEqual([
      { value: '12.7', direction: 'increase', of: '3880 t' },
    ]);
    expect(changesOf('Emissions fell to 1,204 t, i.e. 38% of the level of 2019.', 2031)).toEqual([]);
    expect(changesOf('The tank holds up to 4,500 m3, i.e. by 20% more than the old one.', 2031)).toEqual([]);
  });
});
