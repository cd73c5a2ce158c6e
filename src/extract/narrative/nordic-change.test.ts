import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Norwegian, Danish and Swedish sentences stating a change between years.
describe('Nordic stated changes', () => {
  it('reads a past verb and "med" before the figure, against the year before or a year', () => {
    expect(changesOf('Dieselforbruket på arbeidsbåtene falt med 7,4 % sammenlignet med 2030.', 2031)).toEqual(
      [{ value: '7.4', direction: 'decrease', of: 'Dieselforbruket på arbeidsbåtene' }],
    );
    expect(changesOf('Vannuttaket ved settefiskanlegget økte med om lag 2,9 % fra året før.', 2031)).toEqual([
      { value: '2.9', direction: 'increase', of: 'Vannuttaket ved settefiskanlegget' },
    ]);
    expect(changesOf('Affaldsmængden faldt med 11,2 % sammenlignet med sidste år.', 2031)).toEqual([
      { value: '11.2', direction: 'decrease', of: 'Affaldsmængden' },
    ]);
    expect(changesOf('Elförbrukningen minskade med 3,3 % jämfört med 2030.', 2031)).toEqual([
      { value: '3.3', direction: 'decrease', of: 'Elförbrukningen' },
    ]);
  });

  it('reads a figure "under" or "lavere end" the base year named before the year as a change since it', () => {
    expect(changesOf('Scope 1 og 2: 18.240 t CO2e, 9 % under basisåret 2027.', 2031)).toEqual([
      { value: '9', direction: 'decrease', of: '18.240 t CO2e', since: 2027 },
    ]);
    expect(changesOf('Utslippene var 4 120 tonn CO2e, 17 % lavere enn basisåret 2028.', 2031)).toEqual([
      { value: '17', direction: 'decrease', of: '4120 tonn CO2e', since: 2028 },
    ]);
    expect(changesOf('Utsläppen var 2 310 ton CO2e, 6 % högre än basåret 2029.', 2031)).toEqual([
      { value: '6', direction: 'increase', of: '2310 ton CO2e', since: 2029 },
    ]);
  });

  it('reads no change from a base year that is not before the report', () => {
    expect(changesOf('Scope 1 og 2: 18.240 t CO2e, 9 % under basisåret 2031.', 2031)).toEqual([]);
  });
});
