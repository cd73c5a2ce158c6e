import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../limits.js';
import { plainCharacters } from './printed-characters.js';
import { textToLines } from './text-lines.js';

describe('plainCharacters', () => {
  it('reads no-break, narrow no-break, thin and figure spaces as spaces, one column each', () => {
    expect(plainCharacters('Staff\u00a0trained  3\u202f407\u00a0%\u2009 12\u2007318')).toBe(
      'Staff trained  3 407 %  12 318',
    );
  });

  it('spells ligatures out and keeps the columns after them where they were printed', () => {
    const row = 'Signi\ufb01cant \ufb02uorinated gases     71.3     68.9';
    const plain = plainCharacters(row);
    expect(plain).toBe('Significant fluorinated gases   71.3     68.9');
    expect(plain.indexOf('68.9')).toBe(row.indexOf('68.9'));
    // With no gap wide enough to give up a space, the letters are still spelt out.
    expect(plainCharacters('e\ufb03cient  4')).toBe('efficient  4');
  });
});

describe('textToLines with printed characters', () => {
  it('splits a line whose column gap opens with a no-break space like one of plain spaces', () => {
    const [nbsp] = textToLines('Water withdrawn\u00a0   1\u202f204\t m³', DEFAULT_READ_LIMITS);
    expect(nbsp?.cells.map((c) => c.text)).toEqual(['Water withdrawn    1 204', 'm³']);
  });
});
