import { describe, expect, it } from 'vitest';
import type { HeaderColumn } from './header.js';
import { spanSizes } from './span-sizes.js';

const col = (text: string, index: number, at?: [number, number]): HeaderColumn => ({
  index,
  text,
  role: 'actual',
  ...(/^\d{4}$/.test(text) ? { year: Number(text) } : {}),
  ...(at ? { at: { start: at[0], end: at[1] } } : {}),
});
const names = (...texts: string[]) => texts.map((t, i) => col(t, i + 1));
const years = (...texts: string[]) => texts.map((t, i) => col(t, i + 1));

describe('spanSizes', () => {
  it('splits evenly when the measures divide among the years', () => {
    expect(spanSizes(years('2025', '2024'), names('Number', '%', 'Number', '%'))).toEqual([2, 2]);
  });

  it('finds the one uneven split that repeats the first run', () => {
    expect(spanSizes(years('2025', '2024'), names('Men', 'Women', 'Rate', 'Men', 'Women'))).toEqual([3, 2]);
    expect(spanSizes(years('2025', '2024'), names('Men', 'Women', 'Men', 'Women', 'Rate'))).toEqual([2, 3]);
  });

  it('rejects a split its years are not printed over', () => {
    const measures = [
      col('No.', 1, [10, 13]),
      col('%', 2, [16, 17]),
      col('Rate', 3, [20, 24]),
      col('No.', 4, [30, 33]),
      col('%', 5, [36, 37]),
    ];
    expect(spanSizes([col('2025', 1, [15, 19]), col('2024', 2, [31, 35])], measures)).toEqual([3, 2]);
    expect(spanSizes([col('2025', 1, [9, 13]), col('2024', 2, [16, 20])], measures)).toBeUndefined();
  });

  it('gives up when no split or several fit', () => {
    expect(spanSizes(years('2025', '2024'), names('Men', 'Men', 'Men'))).toBeUndefined();
    expect(spanSizes(years('2025', '2024'), names('A', 'B', 'C'))).toBeUndefined();
  });
});
