import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Macedonian sentences stating a change between years (change-words.data.json 'mk',
// script-change-wording.ts): "се намали за" (fell by), "се зголеми за" (rose by), "зголемување од" (a rise of).
describe('stated changes in Macedonian prose', () => {
  it('reads a fall and a rise worded by a verb', () => {
    expect(
      changesOf('Потрошувачката на природен гас се намали за 8,3% во однос на претходната година.', 2032),
    ).toEqual([
      expect.objectContaining({ value: '8.3', direction: 'decrease', of: 'Потрошувачката на природен гас' }),
    ]);
    expect(changesOf('Водозафаќањето се зголеми за 2,7% во споредба со минатата година.', 2032)).toEqual([
      expect.objectContaining({ value: '2.7', direction: 'increase', of: 'Водозафаќањето' }),
    ]);
  });

  it('reads a rise worded by a noun after the figure it is of', () => {
    expect(
      changesOf(
        'Опасниот отпад изнесуваше 41,6 тони, зголемување од 5,2% во однос на претходната година.',
        2032,
      ),
    ).toEqual([expect.objectContaining({ value: '5.2', direction: 'increase', of: '41.6 тони' })]);
  });

  it('reads no change from a target', () => {
    expect(changesOf('Нашата цел е емисиите да се намалат за 30% до 2035 година.', 2032)).toEqual([]);
  });
});
