import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

// Georgian tables print their total row "სულ" (or "ჯამი"), alone or last after the measure.
describe('a Georgian total label', () => {
  it('reads სულ and ჯამი as totals, alone or after the measure', () => {
    expect(isTotalLabel('სულ')).toBe(true);
    expect(isTotalLabel('ჯამი')).toBe(true);
    expect(isTotalLabel('წყლის აღება სულ')).toBe(true);
    expect(isTotalLabel('სულხან')).toBe(false);
    expect(isTotalLabel('მდინარის წყალი')).toBe(false);
  });
});
