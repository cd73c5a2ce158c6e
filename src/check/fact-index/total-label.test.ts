import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-label.js';

describe('total words of more languages', () => {
  it.each([
    'Yhteensä',
    'Jätteet yhteensä',
    'Affald i alt',
    'Summa',
    'Odpady celkom',
    'Spolu',
    'Összesen',
    'Összes hulladék',
    'סה"כ',
    'סה״כ פסולת',
    'סך הפסולת',
    'Totale rifiuti',
    'Celková spotreba energie',
    'Celkové emise skleníkových plynů',
    'Skupna poraba energije',
    'Skupaj',
    'Samlet energiforbrug',
    'Teljes energiafelhasználás',
    'Kokonaisenergiankulutus',
    'Разом',
    'Усього по підприємству',
    'Викиди Scope 2, разом',
    'Відходи, всього (т)',
  ])('reads "%s" as a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it('reads no total where the word means something else', () => {
    expect(isTotalLabel('Spolu s dodávateľmi')).toBe(false);
    expect(isTotalLabel('Vaaralliset jätteet')).toBe(false);
    expect(isTotalLabel('Kokonaisuus')).toBe(false);
  });
});
