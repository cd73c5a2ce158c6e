import { describe, expect, it } from 'vitest';
import { statedChange } from '../table/paired-figures.js';
import { FALLING_ARROWS, RISING_ARROWS } from './change-arrows.js';
import { parseCellValue } from './parse-cell.js';

const rising = Array.from(RISING_ARROWS);
const falling = Array.from(FALLING_ARROWS);

describe('change arrows', () => {
  it('lists the filled, hollow, plain and heavy arrows each way, none both ways', () => {
    expect(rising).toEqual(['▲', '△', '↑', '⬆']);
    expect(falling).toEqual(['▼', '▽', '↓', '⬇']);
  });

  it('sign a table cell: a rising arrow a plus, a falling arrow a minus', () => {
    for (const a of rising) expect(parseCellValue(`${a}6.25%`)).toMatchObject({ value: '6.25', unit: '%' });
    for (const a of falling)
      expect(parseCellValue(`${a} 6.25%`)).toMatchObject({ value: '-6.25', unit: '%' });
  });

  it('give a key-figure box its direction the same way', () => {
    for (const a of rising) expect(statedChange(`${a}3.8%`)).toMatchObject({ direction: 'increase' });
    for (const a of falling) expect(statedChange(`${a}3.8%`)).toMatchObject({ direction: 'decrease' });
  });
});
