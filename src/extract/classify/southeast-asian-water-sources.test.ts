import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Water sources named in Indonesian and Vietnamese, in a table row or a list item "Name: figure".
// Invented labels and figures.
function mention(kind: Mention['kind'], label: string, value: string, quote = ''): Mention {
  return {
    kind,
    line: 12,
    label,
    context: [],
    value,
    unit: 'm³',
    year: 2025,
    basis: 'actual',
    quote,
    dims: {},
  };
}

const classify = (m: Mention) => {
  const c = classifyMention(m, ['gri-2021']);
  return [c.metric?.id, c.dims.water_source];
};

describe('water sources in Indonesian and Vietnamese', () => {
  it('gives table rows their source', () => {
    expect(classify(mention('table', 'Air permukaan', '812400'))).toEqual([
      'water.withdrawal',
      'air permukaan',
    ]);
    expect(classify(mention('table', 'Air bawah tanah', '91300'))).toEqual([
      'water.withdrawal',
      'air bawah tanah',
    ]);
    expect(classify(mention('table', 'Nước ngầm', '70520'))).toEqual(['water.withdrawal', 'nước ngầm']);
  });

  it('gives a list item its source, only to the figure right after the colon', () => {
    const quote = 'Pengambilan air tanah: 57.300 m³ (61.950 m³)';
    expect(classify(mention('text', 'Pengambilan air tanah 57,300 m3', '57300', quote))).toEqual([
      'water.withdrawal',
      'pengambilan air tanah',
    ]);
    expect(classify(mention('text', '57,300 m3 ( 61,950 m3 )', '61950', quote))[1]).toBeUndefined();
  });

  it('names no source in a total, a discharge or a consumption', () => {
    expect(classify(mention('table', 'Total pengambilan air tanah', '91300'))[1]).toBeUndefined();
    expect(classify(mention('table', 'Tổng nước ngầm', '70520'))[1]).toBeUndefined();
  });
});
