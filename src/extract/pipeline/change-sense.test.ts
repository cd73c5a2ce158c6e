import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from './extract-document.js';
import { STATED_CHANGE } from './stated-change-facts.js';

const report = (sentence: string) =>
  [
    'Harbourline Compute Limited',
    'This report covers the period from 1 January 2031 to 31 December 2031.',
    'Indicator\tUnit\t2030\t2031',
    'Power usage effectiveness (PUE)\t\t1.52\t1.47',
    'Water usage effectiveness (WUE)\tL/kWh\t1.84\t1.91',
    'Recycling rate\t%\t61.0\t64.0',
    sentence,
  ].join('\n');

const changes = (sentence: string) =>
  extractDocument(docFromText(report(sentence)))
    .facts.filter((f) => f.fact.metric === STATED_CHANGE)
    .map((f) => [f.fact.quantity.value.toString(), f.fact.dims]);

describe('a change worded by sense, given its direction by the metric', () => {
  it('reads "PUE improved" as a fall and "WUE worsened" as a rise', () => {
    expect(changes('Our PUE improved by 3.3% to 1.47 year on year.')).toEqual([
      ['3.3', { of: 'datacentre.pue', direction: 'decrease' }],
    ]);
    expect(changes('Our WUE worsened by 3.8% to 1.91 L/kWh year on year.')).toEqual([
      ['3.8', { of: 'datacentre.wue', direction: 'increase' }],
    ]);
  });

  it('reads intensities and injury and turnover rates as better when lower', () => {
    expect(changes('Our energy intensity improved by 2.7% year on year.')).toEqual([
      ['2.7', { of: 'energy.intensity', direction: 'decrease' }],
    ]);
    expect(changes('The lost time injury frequency rate worsened by 8.1% year on year.')).toEqual([
      ['8.1', { of: 'safety.lost_time_injury_rate', direction: 'increase' }],
    ]);
    expect(changes('The employee turnover rate improved by 1.6% year on year.')).toEqual([
      ['1.6', { of: 'turnover.rate', direction: 'decrease' }],
    ]);
  });

  it('reads the recycling rate, the renewable share and training hours as better when higher', () => {
    expect(changes('The recycling rate improved by 4.9% year on year.')).toEqual([
      ['4.9', { of: 'waste.recycling_rate', direction: 'increase' }],
    ]);
    expect(changes('The share of renewable electricity deteriorated by 3.4% year on year.')).toEqual([
      ['3.4', { of: 'energy.renewable_share', direction: 'decrease' }],
    ]);
    expect(changes('Average training hours per employee improved by 5.2% year on year.')).toEqual([
      ['5.2', { of: 'training.hours_average', direction: 'increase' }],
    ]);
  });

  it('reads a Chinese 改善 of an emission intensity as a fall', () => {
    const text = [
      '港湾算力有限公司',
      '2031年环境、社会及管治报告',
      '2031年，公司温室气体排放强度为0.0388吨二氧化碳当量/万元，同比改善3.5%。',
    ].join('\n');
    const stated = extractDocument(docFromText(text))
      .facts.filter((f) => f.fact.metric === STATED_CHANGE)
      .map((f) => [f.fact.quantity.value.toString(), f.fact.dims.of, f.fact.dims.direction]);
    expect(stated).toEqual([['3.5', 'ghg.intensity', 'decrease']]);
  });

  it('keeps no change when the metric does not say which way is better', () => {
    expect(changes('Water withdrawal improved by 4.9% year on year.')).toEqual([]);
  });

  it('reads a Chinese row 电能利用效率 as PUE', () => {
    const text = [
      '港湾算力有限公司',
      '2031年环境、社会及管治报告',
      '指标\t单位\t2030年\t2031年',
      '年均电能利用效率\t\t1.52\t1.47',
    ].join('\n');
    const pue = extractDocument(docFromText(text))
      .facts.map((f) => f.fact)
      .filter((f) => f.metric === 'datacentre.pue');
    expect(pue.map((f) => [f.quantity.value.toString(), f.period.year])).toEqual([
      ['1.52', 2030],
      ['1.47', 2031],
    ]);
  });
});
