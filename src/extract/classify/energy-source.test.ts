import { describe, expect, it } from 'vitest';
import { tableMention } from '../../../test/support/table-mention.js';
import { classifyMention } from './index.js';

// A table of energy consumed by source, rows "… from renewable sources" and "… from non-renewable
// sources" (invented figures).
const read = (label: string) =>
  classifyMention(
    tableMention({
      label,
      line: 12,
      context: ['Table 4  Energy consumed within the organisation (GJ)'],
      value: '58316',
      unit: 'GJ',
      year: 2031,
    }),
    ['gri-2021'],
  );

describe('the energy source a row names', () => {
  it('reads a negated "renewable" as non-renewable, never as renewable', () => {
    for (const label of [
      'Total energy consumed from non-renewable sources',
      'Total energy consumed from non renewable sources',
      'Total energy consumed from nonrenewable sources',
    ])
      expect(read(label).dims.energy_source, label).not.toBe('renewable');
    expect(read('Total energy consumed from non-renewable sources').dims.energy_source).toBe('non-renewable');
  });

  it('still reads "renewable" as renewable', () => {
    expect(read('Total energy consumed from renewable sources').dims.energy_source).toBe('renewable');
  });

  it('reads a row of the sources besides the listed ones as "other", no whole of the energy', () => {
    const row = read('Energy consumption through other sources (F)');
    expect([row.metric?.id, row.dims.energy_source]).toEqual(['energy.total', 'other']);
  });
});
