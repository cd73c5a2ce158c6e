import { describe, expect, it } from 'vitest';
import { cyrillicStem } from './cyrillic-stem.js';

describe('cyrillicStem', () => {
  it('brings a Bulgarian word and its article and plural forms to one stem', () => {
    expect(cyrillicStem('емисиите')).toBe(cyrillicStem('емисии'));
    expect(cyrillicStem('газове')).toBe('газ');
    expect(cyrillicStem('служителите')).toBe(cyrillicStem('служители'));
  });

  it('brings Russian case forms to one stem', () => {
    expect(cyrillicStem('парниковых')).toBe(cyrillicStem('парниковые'));
    expect(cyrillicStem('сотрудников')).toBe(cyrillicStem('сотрудника'));
    expect(cyrillicStem('обучения')).toBe(cyrillicStem('обучение'));
  });

  it('keeps the participle "trained" apart from the noun "training"', () => {
    expect(cyrillicStem('обучени')).not.toBe(cyrillicStem('обучение'));
    expect(cyrillicStem('обучените')).toBe(cyrillicStem('обучени'));
    expect(cyrillicStem('обучено')).toBe(cyrillicStem('обучени'));
    expect(cyrillicStem('обучении')).toBe(cyrillicStem('обучение'));
  });

  it('keeps a stem of three letters', () => {
    expect(cyrillicStem('вода')).toBe('вод');
    expect(cyrillicStem('газ')).toBe('газ');
  });
});
