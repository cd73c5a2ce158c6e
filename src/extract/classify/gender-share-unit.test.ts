import { describe, expect, it } from 'vitest';
import { genderShareRow } from './gender-share-unit.js';

describe('genderShareRow', () => {
  it('reads a management row whose unit cell names the gender', () => {
    expect(genderShareRow('Gender balance in leadership', '% women')).toEqual({
      phrase: 'percentage female',
      dims: { gender: 'female', employee_category: 'management' },
    });
    expect(genderShareRow('Anteil in Führungspositionen', '% Frauen')?.dims).toEqual({
      gender: 'female',
      employee_category: 'management',
    });
  });

  it('reads the whole staff without a category', () => {
    expect(genderShareRow('Kjønnsbalanse, alle ansatte', '% kvinner')?.dims).toEqual({ gender: 'female' });
    expect(genderShareRow('Gender mix of the workforce', '% men')?.dims).toEqual({ gender: 'male' });
  });

  it('leaves a board, an unnamed group and a plain percent unread', () => {
    expect(genderShareRow('Gender balance on the board', '% women')).toBeUndefined();
    expect(genderShareRow('Kjønnsbalanse i styret', '% kvinner')).toBeUndefined();
    expect(genderShareRow('Gender balance of new hires', '% women')).toBeUndefined();
    expect(genderShareRow('Gender balance in leadership', '%')).toBeUndefined();
  });
});
