import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';

// Invented Armenian sentences stating a change between years (change-words.data.json 'hy' and
// 'hy-figure-first', script-change-wording.ts): the case ending of "by" is glued to the figure ("5,1%-ով").
describe('stated changes in Armenian prose', () => {
  it('reads a fall after the figure it is of, past the unit’s abbreviation dot', () => {
    expect(changesOf('Թափոններ՝ 862,3 տ., նվազել է 5,1%-ով նախորդ տարվա համեմատ', 2031)).toEqual([
      expect.objectContaining({ value: '5.1', direction: 'decrease', of: '862.3 տ' }),
    ]);
  });

  it('reads a rise with the figure before the verb, set against a year with its mark "թ."', () => {
    expect(changesOf('Էլեկտրաէներգիայի սպառումը 2029 թ. համեմատ 11,5%-ով աճել է։', 2031)).toEqual([
      { value: '11.5', direction: 'increase', of: 'Էլեկտրաէներգիայի սպառումը', since: 2029 },
    ]);
  });

  it('reads no change from a share reached ("-ի", to) or from a target', () => {
    expect(changesOf('Կանանց մասնաբաժինը հասավ 47,3%-ի։', 2031)).toEqual([]);
    expect(changesOf('Մեր թիրախն է մինչև 2035 թ. ջրառը 20%-ով կրճատել։', 2031)).toEqual([]);
  });
});
