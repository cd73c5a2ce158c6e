import { describe, expect, it } from 'vitest';
import { isPeopleNoun } from './people-noun.js';

describe('isPeopleNoun', () => {
  it('reads people words of Latin, Cyrillic and Greek alphabets', () => {
    expect(isPeopleNoun('orang')).toBe(true);
    expect(isPeopleNoun('работников')).toBe(true);
    expect(isPeopleNoun('άτομα')).toBe(true);
  });

  it('leaves other words, short words, phrases and CJK counters alone', () => {
    expect(isPeopleNoun('tonnes')).toBe(false);
    expect(isPeopleNoun('dormitories')).toBe(false);
    expect(isPeopleNoun('pax')).toBe(false);
    expect(isPeopleNoun('orang pekerja')).toBe(false);
    expect(isPeopleNoun('人')).toBe(false);
  });
});
