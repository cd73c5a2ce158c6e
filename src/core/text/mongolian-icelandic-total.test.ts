import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

// Total rows of Mongolian ("Нийт") and Icelandic ("Samtals", "Alls") tables, first, alone or last. Invented labels.
describe('Mongolian and Icelandic total words', () => {
  it.each(['Нийт', 'Нийт ус', 'Хог хаягдал, нийт', 'Samtals', 'Orka samtals', 'Samtals losun', 'Alls'])(
    'reads "%s" as a total',
    (label) => {
      expect(isTotalLabel(label)).toBe(true);
    },
  );

  it('does not read a word that only begins like them', () => {
    expect(isTotalLabel('Нийгмийн хөтөлбөр')).toBe(false);
    expect(isTotalLabel('Samtalsmeðferð starfsmanna')).toBe(false);
  });
});
