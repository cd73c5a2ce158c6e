import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels as Japanese data books print them (metrics.ja.data.json): kanji and katakana without
// spaces, a term inside a longer label, full-width brackets and plus signs. Invented wordings in the
// style of TSE Prime issuers' ESG data.
const LABELS: readonly (readonly [string, string])[] = [
  ['スコープ１排出量', 'ghg.scope1'],
  ['スコープ2（ロケーション基準）', 'ghg.scope2'],
  ['スコープ3排出量合計', 'ghg.scope3'],
  ['スコープ1＋2排出量', 'ghg.scope1_2'],
  ['スコープ1・2合計（国内）', 'ghg.scope1_2'],
  ['温室効果ガス排出量（国内グループ）', 'ghg.total'],
  ['CO2排出量', 'ghg.total'],
  ['CO2排出原単位（売上高当たり）', 'ghg.intensity'],
  ['エネルギー使用量（原油換算）', 'energy.total'],
  ['エネルギー消費量', 'energy.total'],
  ['購入電力量', 'energy.electricity'],
  ['うち再生可能エネルギー由来電力', 'energy.renewable'],
  ['再エネ電力比率', 'energy.renewable_share'],
  ['取水量（工場計）', 'water.withdrawal'],
  ['水使用量', 'water.consumption'],
  ['総排水量', 'water.discharge'],
  ['廃棄物発生量', 'waste.total'],
  ['廃棄物等総排出量', 'waste.total'],
  ['有害廃棄物', 'waste.hazardous'],
  ['特別管理産業廃棄物', 'waste.hazardous'],
  ['非有害廃棄物', 'waste.non_hazardous'],
  ['最終処分量（埋立）', 'waste.disposed'],
  ['リサイクル率', 'waste.recycling_rate'],
  ['連結従業員数', 'workforce.total'],
  ['女性管理職比率', 'workforce.share'],
  ['新卒採用者数', 'hires.count'],
  ['離職率（自己都合）', 'turnover.rate'],
  ['離職者数', 'turnover.count'],
  ['育児休業取得者数', 'parental_leave.taken'],
  ['従業員一人当たりの研修時間', 'training.hours_average'],
  ['研修総時間', 'training.hours_total'],
  ['休業災害度数率', 'safety.lost_time_injury_rate'],
  ['休業災害件数', 'safety.lost_time_injuries'],
  ['死亡災害件数', 'safety.fatalities'],
  ['延べ労働時間', 'safety.hours_worked'],
  ['売上収益', 'economic.revenue'],
  ['連結売上高', 'economic.revenue'],
];

describe('Japanese wordings of the catalogue', () => {
  it('finds each metric inside a label written in kanji and kana without spaces', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('reads kana as words and Japanese kanji in their Simplified form, so Chinese wordings serve both', () => {
    expect(phraseKey('スコープ1')).toBe('ス コ ー プ 1');
    expect(phraseKey('廃棄物')).toBe(phraseKey('废弃物'));
    expect(phraseKey('従業員')).toBe('从 业 员');
    // 有害廃棄物 is listed once, in Chinese (有害废弃物); 離職率 reads as 离职率.
    expect(findMetricsByPhrase('有害廃棄物')[0]?.phrase).toBe('有害废弃物');
    expect(findMetricsByPhrase('離職率')[0]?.phrase).toBe('离职率');
  });

  it('never matches a phrase across a figure printed between two kana or kanji', () => {
    expect(phraseKey('スコープ 12,345 排出')).not.toContain('プ 1');
    expect(findMetricsByPhrase('エネルギー1,204使用量').map((m) => m.metric.id)).not.toContain(
      'energy.total',
    );
  });
});
