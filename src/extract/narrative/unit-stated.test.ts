import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// A note saying what unit amounts are in or divided by: a round currency unit, not an amount.
describe('a currency unit a sentence states amounts in', () => {
  it('reads "divided by revenue in ¥100 million" as the unit, not an amount of 100', () => {
    const read = figuresOf('Note 4: emissions divided by revenue of the same year in ¥100 million.', 2031);
    expect(read).toEqual([]);
    const stated = figuresOf(
      'All amounts are stated in RMB 10,000; revenue was RMB 84,210 in 10,000s.',
      2031,
    );
    expect(stated.map((f) => f.value)).not.toContain('10000');
  });

  it('keeps a round amount a sentence reports', () => {
    const read = figuresOf('The foundation invested ¥100 million in flood barriers in 2031.', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([['100', '¥ million']]);
    expect(figuresOf('The project resulted in US$100 million.', 2031).map((f) => f.value)).toEqual(['100']);
  });
});
