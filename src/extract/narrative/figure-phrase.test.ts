import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

// Invented highlight bullets: a count, a semicolon, then the share of that count.
describe('the words of a share that opens its clause after a semicolon', () => {
  it('names the count before the semicolon as the share’s whole', () => {
    const text = 'Highlights\n\n•  2,318 nuevas contrataciones; 41.6% fueron mujeres.\n';
    const share = mentionsOf(text, 2031).find((m) => m.value === '41.6');
    expect(share?.label).toBe('2,318 nuevas contrataciones; 41.6% fueron mujeres');
  });
});
