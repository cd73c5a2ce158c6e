import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Hungarian sentences stating a change between years (change-words.data.json 'hu',
// script-change-wording.ts): the case ending of "by" is glued to the figure ("4,2%-kal", by 4.2%).
describe('stated changes in Hungarian prose', () => {
  it('reads a fall and a rise with the figure before the verb', () => {
    expect(changesOf('A vízkivétel 4,2%-kal csökkent.', 2031)).toEqual([
      expect.objectContaining({ value: '4.2', direction: 'decrease', of: 'A vízkivétel' }),
    ]);
    expect(changesOf('A villamosenergia-felhasználás 11,5%-kal nőtt.', 2031)).toEqual([
      expect.objectContaining({ value: '11.5', direction: 'increase' }),
    ]);
    expect(changesOf('A hulladék mennyisége 7%-kal mérséklődött.', 2031)).toEqual([
      expect.objectContaining({ value: '7', direction: 'decrease' }),
    ]);
  });

  it('reads no change from a target', () => {
    expect(changesOf('Célunk, hogy a kibocsátás 2035-ig 40%-kal csökkenjen.', 2031)).toEqual([]);
  });
});
