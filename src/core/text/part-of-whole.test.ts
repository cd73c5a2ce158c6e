import { describe, expect, it } from 'vitest';
import { partOfWholeBefore, partRowLead } from './part-of-whole.js';

/** The part and whole before the share printed as `share` in `sentence`. */
function around(sentence: string, share: string) {
  const at = sentence.indexOf(share);
  return partOfWholeBefore(sentence.slice(0, at), sentence.slice(at + share.length));
}

describe('partOfWholeBefore', () => {
  it('finds the whole and the part an "of whom" clause takes from it, in brackets or restated', () => {
    expect(around('The mill had 930 workers, of whom 207 women (22.3%).', '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
    expect(around('Tehases oli 930 töötajat, neist 207 naist (22.3%).', '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
    expect(around('Das Werk hatte 1,930 Beschäftigte, davon 207 Frauen, d. h. 10.7 %.', '10.7')).toEqual({
      part: '207',
      whole: '1,930',
    });
  });

  it('reads the Georgian "of them" (მათგან) and "i.e." (ანუ) with the whole in the genitive before the share', () => {
    expect(around('ქარხანაში 930 ადამიანი მუშაობს, მათგან 207 ქალი, ანუ მომუშავეთა 22.3%.', '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
    expect(around('ქარხანაში 930 ადამიანი მუშაობს, მათ შორის 207 ქალი (22.3%).', '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
  });

  it('reads the Turkish and Hebrew words for "of whom" ("bunlardan", "ומתוכם")', () => {
    expect(around("Fabrikada 930 çalışan vardı, bunlardan 207'si kadın (22.3%).", '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
    expect(around('במפעל הועסקו 930 עובדים, ומתוכם 207 נשים (22.3%).', '22.3')).toEqual({
      part: '207',
      whole: '930',
    });
  });

  it('takes nothing when another figure stands between or the share is not tied to the part', () => {
    expect(around('The mill had 930 workers, of whom 207 women; 14 left (22.3%).', '22.3')).toBeUndefined();
    expect(around('The mill had 930 workers, of whom 207 women; pay rose 22.3%.', '22.3')).toBeUndefined();
    expect(around('The mill had 930 workers and 207 women (22.3%).', '22.3')).toBeUndefined();
  });
});

describe('partRowLead', () => {
  it('finds the part words opening a row in the languages read, abbreviated or not', () => {
    expect(partRowLead('Of which: seconded')).toBe('Of which: ');
    expect(partRowLead('Davon Inland')).toBe('Davon ');
    expect(partRowLead('у т. ч. мобілізовані')).toBe('у т. ч. ');
    expect(partRowLead('в т.ч. женщины')).toBe('в т.ч. ');
    expect(partRowLead('у тому числі жінки')).toBe('у тому числі ');
  });

  it('finds none in a row naming its own figure', () => {
    expect(partRowLead('Total employees')).toBeUndefined();
    expect(partRowLead('ウクライナ')).toBeUndefined();
    expect(partRowLead('вода')).toBeUndefined();
  });
});
