import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import type { Mention } from '../mention/index.js';
import { dedupeMentions } from './index.js';

function mention(over: Partial<Mention>) {
  const m: Mention = {
    kind: 'table',
    line: 1,
    label: '',
    context: [],
    value: '1',
    unit: '',
    year: 2023,
    basis: 'actual',
    quote: '',
    dims: {},
    ...over,
  };
  return classifyMention(m, ['hkex-2020', 'gri-2021']);
}

describe('a key-figures list that rounds a table figure', () => {
  const table = mention({ line: 80, label: 'Total energy consumption', value: '7318.4', unit: 'MWh' });
  const lines = (n: number) => (n === 12 ? 'Total energy consumption\t7.3 GWh' : 'x');

  it('drops the list item that rounds the table figure (7.3 GWh for 7,318.4 MWh)', () => {
    const listed = mention({
      kind: 'text',
      listed: true,
      line: 12,
      label: 'Total energy consumption',
      value: '7.3',
      unit: 'GWh',
    });
    expect(listed.metric?.id).toBe(table.metric?.id);
    expect(dedupeMentions([table, listed], lines).map((c) => c.mention.line)).toEqual([80]);
  });

  it('keeps a list item with another value, and a sentence that rounds the table figure', () => {
    const other = mention({
      kind: 'text',
      listed: true,
      line: 12,
      label: 'Total energy consumption',
      value: '7.9',
      unit: 'GWh',
    });
    const sentence = mention({
      kind: 'text',
      line: 30,
      label: 'our total energy consumption was 7.3 GWh',
      value: '7.3',
      unit: 'GWh',
    });
    expect(dedupeMentions([table, other], lines).map((c) => c.mention.line)).toEqual([80, 12]);
    expect(dedupeMentions([table, sentence], lines).map((c) => c.mention.line)).toEqual([80, 30]);
  });
});
