import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Croatian sentences count people and cases with nouns that do not end in -s, and the counted noun
// ends its phrase. Invented figures.
describe('a count in a Croatian sentence', () => {
  it('reads the counted noun after the number, up to its predicate', () => {
    const read = figuresOf('Tečaj prve pomoći završilo je 1306 zaposlenika u tri pogona.', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([['1306', 'zaposlenika']]);
    const members = figuresOf('Nadzorni odbor ima 9 članova i sastao se 11 puta.', 2031);
    expect(members.map((f) => [f.value, f.unit])).toEqual([['9', 'članova']]);
  });

  it('names leavers by the verb before the count', () => {
    const read = figuresOf('U 2031. Društvo je napustilo 212 zaposlenika.', 2031);
    expect(read.map((f) => [f.value, f.unit])).toEqual([['212', 'zaposlenici koji su napustili']]);
  });
});
