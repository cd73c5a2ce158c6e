import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (paragraph: string, options?: { caseless?: boolean }): string[] =>
  splitSentences(paragraph, options).map((s) => s.text);

// Invented sentences: an abbreviation's full stop before a capital or a figure (abbreviations.data.json).
describe('sentences and abbreviations', () => {
  it('keeps a Russian or Bulgarian abbreviation inside its sentence', () => {
    expect(texts('Цех в г. Тверь сократил расход пара на 3,1%. Отчёт готов.')).toEqual([
      'Цех в г. Тверь сократил расход пара на 3,1%.',
      'Отчёт готов.',
    ]);
    expect(texts('Энергоресурсы, т. е. Газ и пар, подорожали. Итог ниже.')).toHaveLength(2);
    expect(texts('Потери тепла 8,2 тыс. Гкал в год. Итог ниже.')).toHaveLength(2);
  });

  it('ends a sentence at a year abbreviated after its figure', () => {
    expect(texts('Котёл заменён в 2029 г. Расход газа упал.')).toEqual([
      'Котёл заменён в 2029 г.',
      'Расход газа упал.',
    ]);
    expect(texts('Kocioł wymieniono w 2029 r. Zużycie gazu spadło.')).toHaveLength(2);
  });

  it('keeps German, French, Czech and Polish abbreviations inside their sentence', () => {
    expect(texts('Brennstoffe, z. B. Heizöl, sanken bzw. Strom stieg um ca. 7 %. Mehr dazu unten.')).toEqual([
      'Brennstoffe, z. B. Heizöl, sanken bzw. Strom stieg um ca. 7 %.',
      'Mehr dazu unten.',
    ]);
    expect(texts('Les achats, env. 31 % du total, ont baissé. Voir plus bas.')).toHaveLength(2);
    expect(texts('Náklady činily 12 tis. Kč na tunu, tj. Méně než loni. Viz níže.')).toHaveLength(2);
    expect(texts('Koszty, m.in. Energia, wzrosły do 88 tys. zł. Patrz niżej.')).toHaveLength(2);
  });

  it('ends a sentence before a letter of a script with no capitals only when asked', () => {
    const arabic = 'نهدف إلى خفض الانبعاثات بنسبة 20%. انخفض استهلاك المياه بنسبة 6%.';
    expect(texts(arabic)).toHaveLength(1);
    expect(texts(arabic, { caseless: true })).toHaveLength(2);
  });

  it('ends a Georgian sentence before its next letter, keeping decimals and abbreviations inside', () => {
    // Invented: "Gas use came to 2 310,4 thousand m³. 904 people worked here, 377 of them women. Costs, e.g. on
    // transport, reach 1,5 million lari. The plant was built in 2028 (year abbreviated). Details are below."
    const georgian =
      'გაზის მოხმარებამ 2 310,4 ათ. მ³ შეადგინა. კომპანიაში 904 ადამიანი მუშაობდა, მათგან 377 ქალი. ' +
      'ხარჯი, მაგ. ტრანსპორტზე, 1,5 მლნ. ლარს აღწევს. ქარხანა აშენდა 2028 წ. დეტალები ქვემოთაა.';
    expect(texts(georgian)).toEqual([
      'გაზის მოხმარებამ 2 310,4 ათ. მ³ შეადგინა.',
      'კომპანიაში 904 ადამიანი მუშაობდა, მათგან 377 ქალი.',
      'ხარჯი, მაგ. ტრანსპორტზე, 1,5 მლნ. ლარს აღწევს.',
      'ქარხანა აშენდა 2028 წ.',
      'დეტალები ქვემოთაა.',
    ]);
  });
});

// Invented: a highlight bullet that gives a count and then the share of it.
describe('sentences and a share of the count before a semicolon', () => {
  it('keeps "N things; X% were …" in one sentence', () => {
    expect(texts('2,318 apprentices joined; 41.6% were women. Training grew.')).toEqual([
      '2,318 apprentices joined; 41.6% were women.',
      'Training grew.',
    ]);
    expect(texts('Se firmaron 412 contratos; 27,3% fueron con proveedores locales.')).toHaveLength(1);
  });

  it('still ends a sentence at a semicolon before a share after words', () => {
    expect(texts('Scope 1 fell sharply; 62% of energy was renewable.')).toHaveLength(2);
  });
});
