import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Amounts in kroner as Danish, Norwegian and Swedish prose prints them. The first line makes each text a
// decimal-comma one, as such reports are. Invented figures.
const COMMA = 'Andel: 31,5 %, 32,6 %, 33,7 %.\n\n';

/** The money figures (value and unit) a sentence gives. */
function amounts(text: string) {
  return figuresOf(COMMA + text, 2031)
    .filter((f) => f.unit !== '%')
    .map((f) => [f.value, f.unit]);
}

describe('kroner in Nordic prose', () => {
  it.each([
    ['Vi investerede 71,4 mio. kr. i nye tørrere.', '71.4', 'mio. kr'],
    ['Koncernen omsatte for 3,6 mia. kr. i året.', '3.6', 'mia. kr'],
    ['Investeringene utgjorde NOK 17 millioner i 2031.', '17', 'NOK millioner'],
    ['Utdelningen blev 2,2 mdkr totalt.', '2.2', 'mdkr'],
  ])('reads "%s"', (text, value, unit) => {
    expect(amounts(text)).toContainEqual([value, unit]);
  });
});
