import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Units as Mongolian and Icelandic reports print them: Mongolian "ГЖ", "кВт.ц" (цаг, hour), "мян." (thousand),
// "сая" / "тэрбум" (million, billion) before "төгрөг", "тн CO2-э", "цаг", "хүн"; Icelandic "MWst"
// (megavattstund), "klst.", "tonn CO2-ígildi", and "m.kr." / "ma.kr." / "þús. kr." before the króna. Invented cells.
describe('Mongolian unit words', () => {
  it('reads energy, mass and CO2 equivalent', () => {
    expect(parseUnit('ГЖ')).toMatchObject({ symbol: 'GJ' });
    expect(parseUnit('МВт.ц')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('мян. кВт.ц')).toMatchObject({ symbol: 'thousand kWh' });
    expect(parseUnit('тн')).toMatchObject({ symbol: 't' });
    expect(parseUnit('тн CO2-э')).toMatchObject({ symbol: 'tCO2e' });
  });

  it('reads hours and persons', () => {
    expect(parseUnit('цаг')).toMatchObject({ dimension: 'time' });
    expect(parseUnit('хүн').symbol).toBe(parseUnit('чел.').symbol);
  });

  it('reads the tögrög with its scale words', () => {
    expect(parseUnit('сая төгрөг')).toMatchObject({ symbol: 'MNT million' });
    expect(parseUnit('тэрбум ₮')).toMatchObject({ symbol: 'MNT billion' });
    expect(parseUnit('мян.төг')).toMatchObject({ symbol: 'MNT thousand' });
  });
});

describe('Icelandic unit words', () => {
  it('reads megawatt-hours, hours and CO2 equivalent', () => {
    expect(parseUnit('MWst')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('GWst')).toMatchObject({ symbol: 'GWh' });
    expect(parseUnit('klst.')).toMatchObject({ dimension: 'time' });
    expect(parseUnit('tonn CO₂-ígildi')).toMatchObject({ symbol: 'tCO2e' });
    expect(parseUnit('t CO2-íg.')).toMatchObject({ symbol: 'tCO2e' });
  });

  it('reads the scales before "kr." in the króna when the document is Icelandic', () => {
    expect(parseUnit('m.kr.', { krone: 'ISK' })).toMatchObject({ symbol: 'ISK million' });
    expect(parseUnit('ma.kr.', { krone: 'ISK' })).toMatchObject({ symbol: 'ISK billion' });
    expect(parseUnit('þús. kr.', { krone: 'ISK' })).toMatchObject({ symbol: 'ISK thousand' });
    expect(parseUnit('millj. kr.', { krone: 'ISK' })).toMatchObject({ symbol: 'ISK million' });
  });
});
