import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Russian, Ukrainian, Bulgarian, Greek, Arabic, Turkish and Thai sentences stating a change between years
// (change-words.data.json, script-change-wording.ts).
describe('stated changes in Cyrillic, Greek, Arabic, Turkish and Thai prose', () => {
  it('reads a Russian verb after its subject, against the year before or a named year', () => {
    expect(changesOf('В цехе помола расход пара снизился на 6,7% и составил 41 300 Гкал.', 2031)).toEqual([
      { value: '6.7', direction: 'decrease', of: 'В цехе помола расход пара' },
    ]);
    expect(changesOf('Выбросы метана выросли на 2,2% по сравнению с 2028 годом.', 2031)).toEqual([
      { value: '2.2', direction: 'increase', of: 'Выбросы метана', since: 2028 },
    ]);
  });

  it('reads Ukrainian verbs and nouns of change, against the year before or a named year', () => {
    expect(
      changesOf('Споживання пари у цеху екстракції зменшилося на 5,3% порівняно з 2029 роком.', 2031),
    ).toEqual([
      { value: '5.3', direction: 'decrease', of: 'Споживання пари у цеху екстракції', since: 2029 },
    ]);
    expect(
      changesOf('Витрати дизельного пального зросли на 3,1% порівняно з попереднім роком.', 2031),
    ).toEqual([{ value: '3.1', direction: 'increase', of: 'Витрати дизельного пального' }]);
    expect(
      changesOf('Обсяг відходів склав 2 140 т, скорочення на 8,6% порівняно з 2030 роком.', 2031),
    ).toEqual([{ value: '8.6', direction: 'decrease', of: '2140 т' }]);
  });

  it('reads a noun of change after the figure it is of', () => {
    expect(
      changesOf('Расход дизельного топлива составил 3 410 т, снижение на 4,9% к прошлому году.', 2031),
    ).toEqual([{ value: '4.9', direction: 'decrease', of: '3410 т' }]);
    expect(changesOf('Потреблението на пара беше 9 870 GJ – увеличение с 3,3% спрямо 2030 г.', 2031)).toEqual(
      [{ value: '3.3', direction: 'increase', of: '9870 GJ' }],
    );
  });

  it('reads Bulgarian and Greek verbs with "с" and "κατά" before the figure', () => {
    expect(
      changesOf('През 2031 г. отпадъците от опаковки намаляха с 11% спрямо предходната година.', 2031),
    ).toEqual([{ value: '11', direction: 'decrease', of: 'отпадъците от опаковки' }]);
    // A capital Greek eta stays Greek in Greek text (a look-alike is folded only inside a Latin word).
    expect(changesOf('Η κατανάλωση νερού μειώθηκε κατά 5,6% σε σύγκριση με το 2029.', 2031)).toEqual([
      { value: '5.6', direction: 'decrease', of: 'Η κατανάλωση νερού', since: 2029 },
    ]);
  });

  it('reads an Arabic verb with its subject before or after it', () => {
    expect(changesOf('ارتفع استهلاك الديزل بنسبة 7% عن العام السابق.', 2031)).toEqual([
      { value: '7', direction: 'increase', of: 'استهلاك الديزل' },
    ]);
    expect(changesOf('خلال عام 2031 انخفضت كمية النفايات الخطرة بنسبة 9% مقارنة بعام 2030.', 2031)).toEqual([
      { value: '9', direction: 'decrease', of: 'كمية النفايات الخطرة' },
    ]);
  });

  it('reads a Turkish verb after the figure, its subject before it', () => {
    expect(changesOf('Doğal gaz tüketimi 2030 yılına göre %8,2 azaldı.', 2031)).toEqual([
      { value: '8.2', direction: 'decrease', of: 'Doğal gaz tüketimi' },
    ]);
    expect(changesOf('Su çekimi bir önceki yıla göre %3,4 oranında artmıştır.', 2031)).toEqual([
      { value: '3.4', direction: 'increase', of: 'Su çekimi' },
    ]);
  });

  it('reads a Thai verb glued to its subject, "ร้อยละ" before the figure and a Buddhist-era year', () => {
    const text = 'รายงานความยั่งยืน พ.ศ. 2574\nปริมาณการใช้ไฟฟ้าลดลงร้อยละ 6.1 จากปี 2572';
    expect(changesOf(text, 2031)).toEqual([
      { value: '6.1', direction: 'decrease', of: 'ปริมาณการใช้ไฟฟ้า', since: 2029 },
    ]);
  });

  it('reads a change after a target in the same paragraph of a script with no capitals', () => {
    // No capital ends the target's sentence: the change's own sentence decides it is no target.
    expect(
      changesOf(
        'نهدف إلى خفض الانبعاثات بنسبة 30% بحلول 2040. انخفض استهلاك الديزل بنسبة 7% عن العام السابق.',
        2031,
      ),
    ).toEqual([{ value: '7', direction: 'decrease', of: 'استهلاك الديزل' }]);
  });

  it('leaves a target, and a deed set against something other than a year', () => {
    expect(changesOf('Мы планируем, что выбросы сократятся на 20% к 2035 году.', 2031)).toEqual([]);
    expect(changesOf('Расход газа снизился на 30% ниже норматива отрасли.', 2031)).toEqual([]);
    expect(changesOf('Hedefimiz, emisyonların %25 azalmasıdır.', 2031)).toEqual([]);
  });
});

// Invented Slovak, Czech and Slovene sentences: a reflexive or intransitive verb, then "o"/"za" and the figure.
describe('stated changes in Hebrew prose', () => {
  it('reads a noun of change after its figure, its subject glued to "in" after it', () => {
    expect(changesOf('8.3% ירידה בצריכת החשמל לעומת 2029', 2031)).toEqual([
      { value: '8.3', direction: 'decrease', of: 'צריכת החשמל', since: 2029 },
    ]);
    expect(changesOf('4.1% גידול בצריכת הגז הטבעי לעומת השנה הקודמת.', 2031)).toEqual([
      { value: '4.1', direction: 'increase', of: 'צריכת הגז הטבעי' },
    ]);
  });

  it('reads a verb after its subject with "in" glued to the figure', () => {
    expect(changesOf('צריכת המים ירדה ב-5.8% בהשוואה לשנת 2029.', 2031)).toEqual([
      { value: '5.8', direction: 'decrease', of: 'צריכת המים', since: 2029 },
    ]);
  });

  it('reads no change from a target', () => {
    expect(changesOf('היעד שלנו: 25% ירידה בצריכת המים לעומת 2029.', 2031)).toEqual([]);
  });
});

describe('stated changes in Slovak, Czech and Slovene prose', () => {
  it('reads the verb after its subject, against the year before or a named year', () => {
    expect(changesOf('Spotreba pary v lisovni sa znížila o 6,7 % oproti roku 2029.', 2031)).toEqual([
      { value: '6.7', direction: 'decrease', of: 'Spotreba pary v lisovni', since: 2029 },
    ]);
    expect(changesOf('Emise metanu vzrostly o 2,2 % v porovnání s předchozím rokem.', 2031)).toEqual([
      { value: '2.2', direction: 'increase', of: 'Emise metanu' },
    ]);
    expect(changesOf('Poraba pare se je zmanjšala za 3,4 % v primerjavi z letom 2030.', 2031)).toEqual([
      expect.objectContaining({ value: '3.4', direction: 'decrease', of: 'Poraba pare' }),
    ]);
  });

  it('reads a reflexive verb parted from its "se"/"sa" by an adverb', () => {
    expect(changesOf('Spotřeba páry v lisovně se meziročně snížila o 5,3 % na 41 870 GJ.', 2031)).toEqual([
      expect.objectContaining({ value: '5.3', direction: 'decrease', of: 'Spotřeba páry v lisovně' }),
    ]);
    expect(changesOf('Odber pary v lisovni sa mierne zvýšil o 1,8 % oproti roku 2029.', 2031)).toEqual([
      { value: '1.8', direction: 'increase', of: 'Odber pary v lisovni', since: 2029 },
    ]);
  });

  it('reads no change from a transitive "we reduced" or a target', () => {
    expect(changesOf('Odber pary sme znížili o 4,4 % vďaka novému kotlu.', 2031)).toEqual([]);
    expect(changesOf('Naším cieľom je znížiť emisie o 30 % do roku 2035.', 2031)).toEqual([]);
  });
});
