import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Georgian sentences stating a change between years (change-words.data.json 'ka',
// script-change-wording.ts): the instrumental case of "by" is glued to the figure ("4,2%-ით", by 4.2%).
describe('stated changes in Georgian prose', () => {
  it('reads a fall and a rise with the figure before the verb', () => {
    expect(changesOf('წყლის აღება 4,2%-ით შემცირდა.', 2031)).toEqual([
      expect.objectContaining({ value: '4.2', direction: 'decrease', of: 'წყლის აღება' }),
    ]);
    expect(changesOf('დიზელის მოხმარება 11,5%-ით გაიზარდა 2029 წელთან შედარებით.', 2031)).toEqual([
      expect.objectContaining({ value: '11.5', direction: 'increase', since: 2029 }),
    ]);
  });

  it('reads no change from a target', () => {
    expect(changesOf('ჩვენი მიზანია, რომ ემისიები 2035 წლისთვის 40%-ით შემცირდეს.', 2031)).toEqual([]);
  });
});
