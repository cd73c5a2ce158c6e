import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

// Japanese sentences as data books and integrated reports write them: the subject marked by は / が,
// the figure, its unit a space apart or none, then the verb (でした, です, となりました). Invented figures.
describe('Japanese prose', () => {
  it('reads each figure with its unit, named by its subject without the particle or the verb after it', () => {
    const text =
      '2031年度の休業災害度数率は0.37でした。スコープ1排出量は18,204 t-CO2となりました。連結従業員数が5,812人です。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['休業災害度数率', '0.37', '', 2031],
      ['スコープ1排出量', '18204', 't-CO2', 2031],
      ['連結従業員数', '5812', '人', 2031],
    ]);
  });

  it('reads no figure from the number of a scope or category glued to its katakana (スコープ3, カテゴリ1)', () => {
    const text = 'スコープ3のカテゴリ1排出量は612.4千t-CO2でした。';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit])).toEqual([['612.4', '千t-CO2']]);
  });

  it('reads a bracketed 前年度 figure as the year before’s of the figure just named', () => {
    const text = '2031年度の女性管理職比率は14.2%（前年度11.9%）、育児休業取得者数は86人でした。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['女性管理職比率', '14.2', '%', 2031],
      ['女性管理職比率', '11.9', '%', 2030],
      ['育児休業取得者数', '86', '人', 2031],
    ]);
  });

  it('reads no figure from a scope listed after another (スコープ1・2), and a figure after までに as a target', () => {
    const text =
      'スコープ1・2合計の排出量は30,512t-CO2でした。スコープ1+2排出量を2035年度までに2019年度比50%削減します。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year, m.basis])).toEqual([
      ['スコープ1・2合計の排出量', '30512', 't-CO2', 2031, 'actual'],
      ['スコープ1+2排出量', '50', '%', 2035, 'target'],
    ]);
  });

  it('reads both figures of a change told "from A to B" as its subject\'s, each of the year printed before it', () => {
    const text =
      '休業災害度数率（100万労働時間当たり）は、2029年度の1.12から2030年度は0.94に低下しました。用水量は2,310千m³から2,150千m³へ減少しました。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['休業災害度数率', '1.12', '', 2029],
      ['休業災害度数率', '0.94', '', 2030],
      ['用水量', '2150', '千m3', 2031],
    ]);
  });
});
