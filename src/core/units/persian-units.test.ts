import { describe, expect, it } from 'vitest';
import { foldArabicLetters } from '../text/index.js';
import { parseUnit } from './parse-unit.js';

// Units as Iranian reports print them: Persian keheh (ک) and Farsi yeh (ی) where the registry's Arabic
// aliases have kaf (ك) and yeh (ي), pieces joined by a zero-width non-joiner. Invented printings.
describe('Persian units', () => {
  it.each([
    ['متر مکعب', 'm3'],
    ['هزار متر مکعب', 'thousand m3'],
    ['تن', 't'],
    ['کیلوگرم', 'kg'],
    ['لیتر', 'L'],
    ['مگاوات‌ساعت', 'MWh'],
    ['گیگاژول', 'GJ'],
    ['هزار متر مربع', 'thousand m2'],
    ['نفر-ساعت', 'hours'],
  ])('reads "%s" as %s', (printed, symbol) => {
    expect(parseUnit(printed).symbol).toBe(symbol);
  });

  it('reads the rial with the Farsi yeh as the Iranian rial, the Arabic riyal as before', () => {
    expect(parseUnit('میلیون ریال').symbol).toBe('IRR million');
    expect(parseUnit('مليون ريال').symbol).toBe('SAR million');
  });

  it('folds Persian letters to the Arabic forms, and Arabic variants as before', () => {
    expect(foldArabicLetters('کیلووات‌ساعت')).toBe('كيلووات ساعت');
    expect(foldArabicLetters('إجمالي الطاقة')).toBe('اجمالي الطاقه');
  });
});
