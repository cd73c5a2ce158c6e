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

  it('keeps no change when the metric does not say which way is better', () => {
    expect(changes('The recycling rate improved by 4.9% year on year.')).toEqual([]);
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
