import { describe, expect, it } from 'vitest';
import { tableMention } from '../../../test/support/table-mention.js';
import { classifyMention } from './index.js';

// ESRS E1-5 prints the energy mix as rows "Fossil sources" and "Renewable sources" (invented figures).
const metricOf = (label: string) =>
  classifyMention(
    tableMention({
      label,
      line: 30,
      context: ['Exhibit 8  Energy mix (GJ; ESRS E1-5)'],
      value: '71204',
      unit: 'GJ',
      year: 2031,
    }),
    ['gri-2021'],
  ).metric?.id;

describe('an energy mix by source', () => {
  it('reads "Fossil sources" as non-renewable and "Renewable sources" as renewable energy', () => {
    expect(metricOf('Fossil sources (gas, fuel oil)')).toBe('energy.nonrenewable');
    expect(metricOf('Renewable sources (wood chips)')).toBe('energy.renewable');
  });
});
