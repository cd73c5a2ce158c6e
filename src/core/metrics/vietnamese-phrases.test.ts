import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';
import vietnamese from './metrics.vi.data.json' with { type: 'json' };

// Row labels as Vietnamese sustainability reports print them (metrics.vi.data.json), English terms in
// brackets at times. Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Phát thải Phạm vi 1 (Scope 1)', 'ghg.scope1'],
  ['Phạm vi 2 – theo vị trí', 'ghg.scope2'],
  ['Phát thải gián tiếp khác', 'ghg.scope3'],
  ['Tổng phát thải Phạm vi 1 và Phạm vi 2', 'ghg.scope1_2'],
  ['Tổng lượng phát thải khí nhà kính', 'ghg.total'],
  ['Cường độ phát thải khí nhà kính (tCO2e/tỷ đồng)', 'ghg.intensity'],
  ['Tổng tiêu thụ năng lượng', 'energy.total'],
  ['Cường độ tiêu thụ năng lượng', 'energy.intensity'],
  ['Lượng điện tiêu thụ', 'energy.electricity'],
  ['Tỷ lệ năng lượng tái tạo', 'energy.renewable_share'],
  ['Dầu diesel cho máy phát', 'energy.diesel'],
  ['Tổng lượng nước tiêu thụ', 'water.consumption'],
  ['Nước mặt (sông, hồ)', 'water.withdrawal'],
  ['Lượng nước thải', 'water.discharge'],
  ['Nước tuần hoàn', 'water.recycled'],
  ['Tổng lượng chất thải phát sinh', 'waste.total'],
  ['Chất thải nguy hại', 'waste.hazardous'],
  ['Chất thải không nguy hại', 'waste.non_hazardous'],
  ['Tỷ lệ tái chế chất thải', 'waste.recycling_rate'],
  ['Tổng số nhân viên', 'workforce.total'],
  ['Số lao động tuyển mới', 'hires.count'],
  ['Tỷ lệ thôi việc', 'turnover.rate'],
  ['Số giờ đào tạo trung bình', 'training.hours_average'],
  ['Tổng số giờ đào tạo', 'training.hours_total'],
  ['Số vụ tai nạn lao động', 'safety.injuries'],
  ['Số người chết do tai nạn lao động', 'safety.fatalities'],
  ['Số ngày công bị mất', 'safety.lost_days'],
  ['Tổng số giờ làm việc', 'safety.hours_worked'],
  ['Chi phí bảo vệ môi trường', 'environment.investment'],
  ['Doanh thu thuần', 'economic.revenue'],
];

describe('Vietnamese wordings of the catalogue', () => {
  it('finds each metric in a label', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('keeps "không nguy hại" (non-hazardous) apart from "nguy hại"', () => {
    const ids = findMetricsByPhrase('Chất thải không nguy hại').map((m) => m.metric.id);
    expect(ids[0]).toBe('waste.non_hazardous');
    expect(ids).not.toContain('waste.hazardous');
  });

  it('keeps the tone marks that tell Vietnamese words apart', () => {
    // "thải" (discharged) is no "thai" (pregnancy), "lượng" (amount) no "lương" (wage).
    expect(phraseKey('nước thải')).not.toBe(phraseKey('nước thai'));
    expect(phraseKey('tổng lượng')).not.toBe(phraseKey('tổng lương'));
    expect(findMetricsByPhrase('Nghỉ thai sản').map((m) => m.metric.id)).not.toContain('water.discharge');
    expect(findMetricsByPhrase('Tổng quỹ lương')[0]?.metric.id).toBe('workforce.payroll');
    expect(phraseKey('Điện năng')).toBe(phraseKey('điện năng'));
  });

  it('folds accents as before in other languages', () => {
    expect(phraseKey('Énergie consommée')).toBe(phraseKey('Energie consommee'));
    expect(phraseKey('Energie electrică')).toBe(phraseKey('Energie electrica'));
  });

  it('prints a mark only Vietnamese uses in every phrase that is not plain ASCII', () => {
    const vietnameseOnly = /[\u031b\u0309]|[aeiouy]\u0323|[\u0302\u0306][\u0300\u0301\u0303]|[eiuy]\u0303/iu;
    for (const phrases of Object.values(vietnamese.phrases)) {
      for (const p of phrases)
        expect(/^[\x20-\x7e]*$/.test(p) || vietnameseOnly.test(p.normalize('NFD')), p).toBe(true);
    }
  });
});
