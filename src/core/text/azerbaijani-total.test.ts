import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

// Azerbaijani tables print their total row "Cəmi", alone, first or last after the measure.
describe('an Azerbaijani total label', () => {
  it('reads Cəmi as a total', () => {
    expect(isTotalLabel('Cəmi')).toBe(true);
    expect(isTotalLabel('Cəmi su götürülməsi')).toBe(true);
    expect(isTotalLabel('Scope 1 cəmi')).toBe(true);
    expect(isTotalLabel('Səth suyu')).toBe(false);
  });
});
