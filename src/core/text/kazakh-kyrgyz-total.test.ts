import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

// Total rows of Kazakh ("Барлығы", "Жиыны") and Kyrgyz ("Бардыгы") tables, first, alone or last. Invented labels.
describe('Kazakh and Kyrgyz total words', () => {
  it.each([
    'Барлығы',
    'Барлығы / Всего',
    'Барлығы (1+2-қамту)',
    'Қалдықтар, барлығы',
    'Жиыны',
    'Бардыгы',
    'Калдыктар, бардыгы',
  ])('reads "%s" as a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it('does not read a word that only begins like them', () => {
    expect(isTotalLabel('Барлық филиалдардағы оқыту')).toBe(false);
  });
});
