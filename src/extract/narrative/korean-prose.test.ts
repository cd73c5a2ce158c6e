import { describe, expect, it } from 'vitest';
import { changesOf, mentionsOf } from './testing/read-mentions.js';

// Korean sentences as Korean sustainability reports write them: spaced words, particles glued on, the
// verb last. Invented wordings and figures.
describe('Korean prose', () => {
  it('reads each figure with its unit, named by its clause and dated by the year the sentence names', () => {
    const text =
      '2031년 온실가스 배출량(Scope 1+2)은 812,406 tCO2eq로 전년 대비 3.7% 감소하였습니다. 1인당 평균 교육시간은 41.5시간(2030년 38.2시간)이었습니다.';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['온실가스 배출량(Scope 1+2)은', '812406', 'tCO2eq', 2031],
      ['1인당 평균 교육시간은', '41.5', '시간', 2031],
      ['1인당 평균 교육시간은', '38.2', '시간', 2030],
    ]);
  });

  it('reads 전년 대비 N% 감소 / 증가, the verb after the percentage, as a change of the figure before it', () => {
    const text =
      '2031년 용수 취수량은 4,218.6천㎥로 전년 대비 2.9% 감소하였으며, 신규 채용은 412명으로 2029년 대비 12.5% 늘었습니다.';
    expect(changesOf(text, 2031)).toEqual([
      { value: '2.9', direction: 'decrease', of: '4218.6 천㎥' },
      { value: '12.5', direction: 'increase', of: '412 명', since: 2029 },
    ]);
  });

  it('leaves a target clause, a formula’s operands, a per-person digit and a count of cases alone', () => {
    const text =
      '2031년 폐기물 재활용률은 91.4%였으며, 2035년까지 95%를 달성할 계획입니다. 이직률 = 퇴직자 수 ÷ 총 임직원 수 × 100. 봉사활동은 1인당 6.2시간이었습니다. 임직원 설문과 인터뷰 14건을 거쳤습니다.';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit])).toEqual([
      ['91.4', '%'],
      ['6.2', '시간'],
    ]);
  });

  it('dates a sentence naming no year by the year an earlier sentence of its paragraph names', () => {
    const text = '2030년은 어려운 한 해였습니다. 당사의 전력 사용량은 82,140 MWh였습니다.';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.year])).toEqual([['82140', 2030]]);
  });
});
