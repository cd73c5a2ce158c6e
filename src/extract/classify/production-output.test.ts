import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up operations table "Key operating figures" of a paper mill and a brewery.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 17,
    label,
    context: ['Key operating figures'],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('production output rows', () => {
  it('read a production volume in tonnes, cubic metres or hectolitres as the year’s output', () => {
    const paper = classifyMention(row('Production volume', 'kt', '418.6'), ['gri-2021']);
    expect(paper.metric?.id).toBe('production.output');
    expect(paper.quantity?.value.toString()).toBe('418600');
    const beer = classifyMention(row('Production output (beer)', 'hl', '2364500'), ['gri-2021']);
    expect(beer.metric?.id).toBe('production.output');
  });

  it('read Russian, German and Chinese wordings', () => {
    expect(classifyMention(row('Объём производства', 'тыс. т', '1284.3'), []).metric?.id).toBe(
      'production.output',
    );
    expect(classifyMention(row('Produktionsmenge', 't', '73420'), []).metric?.id).toBe('production.output');
    expect(classifyMention(row('产品产量', '吨', '56210'), []).metric?.id).toBe('production.output');
  });

  it('leave an energy output alone', () => {
    expect(classifyMention(row('Production volume', 'MWh', '9120'), []).metric?.id).not.toBe(
      'production.output',
    );
  });
});
