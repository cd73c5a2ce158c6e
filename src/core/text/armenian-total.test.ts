import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

// Armenian tables print their total row "Ընդամենը", alone or last after the measure. Invented labels.
describe('an Armenian total label', () => {
  it('reads Ընդամենը as a total, alone or after the measure', () => {
    expect(isTotalLabel('Ընդամենը')).toBe(true);
    expect(isTotalLabel('Թափոններ ընդամենը')).toBe(true);
    expect(isTotalLabel('Գետային ջուր')).toBe(false);
  });
});
