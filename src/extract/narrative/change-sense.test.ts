import { describe, expect, it } from 'vitest';
import { changesOf } from './testing/read-mentions.js';
import { senseOf } from './change-sense.js';

describe('changes worded by whether things got better', () => {
  it('keeps "improved" and "worsened" as a sense, not a direction', () => {
    expect(changesOf('Campus PUE improved by 4.1% to 1.42, and site WUE worsened by 2.5% to 1.77.')).toEqual([
      { value: '4.1', direction: 'better', of: 'Campus PUE' },
      { value: '2.5', direction: 'worse', of: 'site WUE' },
    ]);
  });

  it('reads the nouns too: "an improvement of 3.6%", "a 2.2% deterioration in …"', () => {
    expect(changesOf('Hall PUE recorded an improvement of 3.6% year on year.')).toEqual([
      { value: '3.6', direction: 'better', of: 'Hall PUE' },
    ]);
    expect(changesOf('At the Kestrel site, 2031 saw a 2.2% deterioration in CUE.', 2031)).toEqual([
      { value: '2.2', direction: 'worse', of: 'CUE' },
    ]);
  });

  it('reads the verb before its object: "we improved our PUE by 2.9% year on year"', () => {
    expect(changesOf('In 2031 we improved our PUE by 2.9% year on year.', 2031)).toEqual([
      { value: '2.9', direction: 'better', of: 'PUE' },
    ]);
  });

  it('gives no sense to a word of direction', () => {
    expect([senseOf('improved'), senseOf('deterioration'), senseOf('fell')]).toEqual([
      'better',
      'worse',
      undefined,
    ]);
  });
});
