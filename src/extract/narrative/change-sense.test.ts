import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';
import { senseOf } from './change-sense.js';

describe('changes worded by whether things got better', () => {
  it('keeps "improved" and "worsened" as a sense, not a direction', () => {
    expect(changesOf('Campus PUE improved by 4.1% to 1.42, and site WUE worsened by 2.5% to 1.77.')).toEqual([
      { value: '4.1', direction: 'better', of: 'Campus PUE' },
      { value: '2.5', direction: 'worse', of: 'site WUE' },
    ]);
  });

  it('reads the nouns too: "an improvement of 3.6%", "a 2.2% deterioration in …"', () => {
    expect(changesOf('Hall PUE recorded an improvement of 3.6% year on year.')).toEqual([
      { value: '3.6', direction: 'better', of: 'Hall PUE' },
    ]);
    expect(changesOf('At the Kestrel site, 2031 saw a 2.2% deterioration in CUE.', 2031)).toEqual([
      { value: '2.2', direction: 'worse', of: 'CUE' },
    ]);
  });

  it('reads the verb before its object: "we improved our PUE by 2.9% year on year"', () => {
    expect(changesOf('In 2031 we improved our PUE by 2.9% year on year.', 2031)).toEqual([
      { value: '2.9', direction: 'better', of: 'PUE' },
    ]);
  });

  it('reads Spanish, Portuguese, French and Italian verbs and nouns of sense', () => {
    expect(
      changesOf(
        'La intensidad hídrica mejoró un 3,7% frente a 2030; la tasa de rotación empeoró un 1,9%.',
        2031,
      ),
    ).toEqual([
      { value: '3.7', direction: 'better', of: 'intensidad hídrica' },
      { value: '1.9', direction: 'worse', of: 'tasa de rotación' },
    ]);
    expect(changesOf('A taxa de reciclagem melhorou 2,6% em relação a 2030.', 2031)).toEqual([
      { value: '2.6', direction: 'better', of: 'taxa de reciclagem' },
    ]);
    expect(changesOf("L'intensité énergétique s'est améliorée de 4,2 % par rapport à 2030.", 2031)).toEqual([
      { value: '4.2', direction: 'better', of: 'intensité énergétique' },
    ]);
    expect(changesOf('Il tasso di infortuni è peggiorato del 5,1% rispetto al 2030.', 2031)).toEqual([
      { value: '5.1', direction: 'worse', of: 'tasso di infortuni' },
    ]);
  });

  it('reads the Romance nouns: "una mejora del 3,2%", "une dégradation de 4 %"', () => {
    expect(changesOf('La intensidad de emisiones registró una mejora del 3,2% frente a 2030.', 2031)).toEqual(
      [{ value: '3.2', direction: 'better', of: 'intensidad de emisiones' }],
    );
    expect(
      changesOf('Le taux de fréquence a connu une dégradation de 4 % par rapport à 2030.', 2031),
    ).toEqual([{ value: '4', direction: 'worse', of: 'taux de fréquence' }]);
  });

  it('reads German "hat sich … verbessert", "verschlechterte sich", "eine Verbesserung von"', () => {
    expect(
      changesOf('Die Energieintensität hat sich gegenüber dem Vorjahr um 3,1 % verbessert.', 2031),
    ).toEqual([{ value: '3.1', direction: 'better', of: 'Energieintensität' }]);
    expect(changesOf('Die Unfallquote verschlechterte sich gegenüber dem Vorjahr um 7,4 %.', 2031)).toEqual([
      { value: '7.4', direction: 'worse', of: 'Unfallquote' },
    ]);
    expect(
      changesOf(
        'Die Energieintensität lag bei 2,84 GJ/t, eine Verbesserung von 3,0 % gegenüber dem Vorjahr.',
        2031,
      ),
    ).toEqual([{ value: '3.0', direction: 'better', of: '2.84 GJ/t' }]);
  });

  it('reads Chinese 改善 / 优化 / 恶化, Japanese 改善 / 悪化 and Korean 개선 / 악화', () => {
    expect(
      changesOf(
        '本年度单位产品综合能耗为0.318吨标准煤，同比改善4.6%；员工流失率为7.9%，较上年恶化了1.2%。',
        2031,
      ),
    ).toEqual([
      { value: '4.6', direction: 'better', of: '0.318 吨标准煤' },
      { value: '1.2', direction: 'worse', of: '7.9 %' },
    ]);
    expect(changesOf('2031年，单位营收碳排放强度为0.0427吨/万元，较2030年优化3.3%。', 2031)).toEqual([
      { value: '3.3', direction: 'better', of: '0.0427 吨/万元' },
    ]);
    expect(changesOf('2031年度の休業災害度数率は0.84で、前年度比6.7%改善しました。', 2031)).toEqual([
      { value: '6.7', direction: 'better', of: '0.84 ' },
    ]);
    expect(changesOf('2031년 에너지 집약도는 3.72 GJ/톤으로 전년 대비 2.8% 악화되었습니다.', 2031)).toEqual([
      { value: '2.8', direction: 'worse', of: '3.72 GJ/톤' },
    ]);
  });

  it('gives no sense to a word of direction', () => {
    expect([senseOf('improved'), senseOf('deterioration'), senseOf('fell')]).toEqual([
      'better',
      'worse',
      undefined,
    ]);
  });
});
