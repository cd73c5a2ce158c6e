import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Units as Turkish, Thai and Arabic reports print them: people, hours, tonnes of CO2 equivalent, energy,
// water, and money with its scale word (Thai glues "ล้าน", million, to "บาท", baht).
describe('units printed in Turkish, Thai and Arabic', () => {
  it('reads people, hours and tonnes', () => {
    expect(parseUnit('kişi').symbol).toBe('persons');
    expect(parseUnit('saat').symbol).toBe('hours');
    expect(parseUnit('คน').symbol).toBe('persons');
    expect(parseUnit('ชั่วโมง').symbol).toBe('hours');
    expect(parseUnit('ร้อยละ').symbol).toBe('%');
    expect(parseUnit('موظف').symbol).toBe('persons');
    expect(parseUnit('ساعة').symbol).toBe('hours');
    expect(parseUnit('طن').symbol).toBe('t');
    expect(parseUnit('طن متري').symbol).toBe('t');
    expect(parseUnit('كجم').symbol).toBe('kg');
    expect(parseUnit('كغ').symbol).toBe('kg');
  });

  it('reads tonnes of CO2 equivalent, energy and water', () => {
    expect(parseUnit('ตันคาร์บอนไดออกไซด์เทียบเท่า').symbol).toBe('tCO2e');
    expect(parseUnit('طن ثاني أكسيد الكربون المكافئ').symbol).toBe('tCO2e');
    // Gulf reports shorten it with the formula, before or after the word for equivalent.
    expect(parseUnit('طن مكافئ CO2').symbol).toBe('tCO2e');
    expect(parseUnit('طن CO2 مكافئ').symbol).toBe('tCO2e');
    expect(parseUnit('كجم مكافئ CO2/طن').symbol).toBe('kgCO2e/t');
    expect(parseUnit('เมกะวัตต์ชั่วโมง').symbol).toBe('MWh');
    expect(parseUnit('ميغاواط ساعة').symbol).toBe('MWh');
    expect(parseUnit('กิกะจูล').symbol).toBe('GJ');
    expect(parseUnit('ลูกบาศก์เมตร').symbol).toBe('m3');
    expect(parseUnit('م³').symbol).toBe('m3');
  });

  it('reads money with its scale', () => {
    expect(parseUnit('ล้านบาท').symbol).toBe('THB million');
    expect(parseUnit('milyon TL').symbol).toBe('TRY million');
    expect(parseUnit('مليون ريال').symbol).toBe('SAR million');
    expect(parseUnit('مليون جنيه').symbol).toBe('EGP million');
    expect(parseUnit('مليون درهم').symbol).toBe('AED million');
  });
});
