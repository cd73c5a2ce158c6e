import { describe, expect, it } from 'vitest';
import { parseUnit } from './index.js';

// Croatian tables print hours as "sati", days as "dani" (after a number "dana") and thousands as "tis.".
describe('Croatian units', () => {
  it('reads sati as hours and dani, dana as days', () => {
    expect(parseUnit('sati')).toMatchObject({ symbol: 'hours', dimension: 'time' });
    expect(parseUnit('dani')).toMatchObject({ symbol: 'days', dimension: 'time' });
    expect(parseUnit('dana')).toMatchObject({ symbol: 'days', dimension: 'time' });
  });

  it('reads tis. as thousand before a currency', () => {
    expect(parseUnit('tis. EUR')).toMatchObject({ symbol: 'EUR thousand', dimension: 'money:EUR' });
  });

  it('reads "po" between a unit and what it is per as a ratio ("kg CO2e po stanaru")', () => {
    expect(parseUnit('kg CO2e po stanaru')).toMatchObject({ dimension: 'ghg/count' });
    expect(parseUnit('kWh po m2')).toMatchObject({ dimension: 'energy/area' });
  });
});
