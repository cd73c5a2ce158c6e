import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels and sentence subjects as Korean sustainability reports print them (metrics.ko.data.json):
// spaced words, particles glued on, compounds spaced or not, English terms in brackets. Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['직접배출 (Scope 1)', 'ghg.scope1'],
  ['에너지 간접 온실가스 배출량', 'ghg.scope2'],
  ['기타 간접 배출(Scope 3)', 'ghg.scope3'],
  ['온실가스 배출량은', 'ghg.total'],
  ['사업장 온실가스 배출 원단위 (tCO2eq/억원)', 'ghg.intensity'],
  ['총 에너지 소비량', 'energy.total'],
  ['전력 사용량이', 'energy.electricity'],
  ['재생에너지 사용 비율', 'energy.renewable_share'],
  ['연료 사용량 (Fuel)', 'energy.direct'],
  ['용수 사용량은', 'water.consumption'],
  ['하천수 취수량', 'water.withdrawal'],
  ['폐수 방류량', 'water.discharge'],
  ['용수 재이용량', 'water.recycled'],
  ['폐기물 발생량 합계', 'waste.total'],
  ['지정 폐기물', 'waste.hazardous'],
  ['사업장 일반폐기물', 'waste.non_hazardous'],
  ['폐기물 재활용률', 'waste.recycling_rate'],
  ['매립량', 'waste.disposed'],
  ['임직원 수', 'workforce.total'],
  ['비정규직', 'workforce.total'],
  ['여성 관리자 비율', 'workforce.share'],
  ['신규 채용 인원', 'hires.count'],
  ['자발적 이직률', 'turnover.rate'],
  ['이직자 수', 'turnover.count'],
  ['1인당 평균 교육시간', 'training.hours_average'],
  ['총 교육 시간', 'training.hours_total'],
  ['산업재해율', 'safety.injury_rate'],
  ['협력회사 재해자 수', 'safety.injuries'],
  ['사망자 수', 'safety.fatalities'],
  ['근로손실재해율', 'safety.lost_time_injury_rate'],
  ['매출액은', 'economic.revenue'],
  ['협력회사 수', 'suppliers.count'],
];

describe('Korean wordings of the catalogue', () => {
  it('finds each metric in a label, spaced or not, with particles glued on', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('keeps an English term in brackets matching its own metric', () => {
    expect(findMetricsByPhrase('직접 배출 (Scope 1)')[0]?.metric.id).toBe('ghg.scope1');
    expect(findMetricsByPhrase('간접 배출 (Scope 2)')[0]?.metric.id).toBe('ghg.scope2');
  });

  it('reads each syllable as a word and never matches a phrase across a figure', () => {
    expect(phraseKey('직접 배출량은')).toBe('직 접 배 출 량 은');
    expect(phraseKey('직접배출량은')).toBe('직 접 배 출 량 은');
    expect(findMetricsByPhrase('용수 2,410 사용량').map((m) => m.metric.id)).not.toContain(
      'water.consumption',
    );
  });
});
