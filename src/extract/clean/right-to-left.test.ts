import { describe, expect, it } from 'vitest';
import { withoutRightToLeft } from './right-to-left.js';

describe('withoutRightToLeft', () => {
  it('drops an Arabic label column after the unit, and a Hebrew one before the English label', () => {
    expect(withoutRightToLeft(['Jet fuel', '4,118', '3,902', 'kL', 'وقود الطائرات'])).toEqual([
      'Jet fuel',
      '4,118',
      '3,902',
      'kL',
    ]);
    expect(withoutRightToLeft(['נייר', 'Paper bought', '612.5'])).toEqual(['Paper bought', '612.5']);
  });

  it('cuts the Arabic title off a heading or caption that pairs both, Arabic-Indic digits with it', () => {
    expect(withoutRightToLeft(['Table 3.2 Vehicle fleet الجدول ٣-٢ المركبات'])).toEqual([
      'Table 3.2 Vehicle fleet',
    ]);
    expect(withoutRightToLeft(['6 OUR PEOPLE IN ٢٠٢٦ موظفونا'])).toEqual(['6 OUR PEOPLE IN']);
    // An Arabic label run holding ASCII figures ("الفئة 3") is cut whole; the unit before it stays.
    expect(withoutRightToLeft(['Paper', '88', 'tonnes الفئة 3 - الورق'])).toEqual(['Paper', '88', 'tonnes']);
  });

  it('leaves a line with no English as printed', () => {
    const arabic = ['عدد الموظفين الجدد', '٣١٢'];
    expect(withoutRightToLeft(arabic)).toBe(arabic);
    const english = ['Paper bought', '612.5', 't'];
    expect(withoutRightToLeft(english)).toBe(english);
  });
});
