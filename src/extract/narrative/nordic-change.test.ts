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
});
