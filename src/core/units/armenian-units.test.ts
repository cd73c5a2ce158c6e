import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Units as Armenian reports print them: "ՄՎտ·ժ" (ժամ, hour), "տ" (tonne), "հազ." (thousand), "մ³" and
// "լ" in Armenian letters, "մարդ" (person), "մլն դրամ" (AMD million), "տ CO₂-համ." (համարժեք). Invented cells.
describe('Armenian unit words', () => {
  it('reads energy, mass, volume and hours', () => {
    expect(parseUnit('ՄՎտ·ժ')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('կՎտ·ժ')).toMatchObject({ symbol: 'kWh' });
    expect(parseUnit('տ')).toMatchObject({ symbol: 't' });
    expect(parseUnit('հազ. մ³').symbol).toBe(parseUnit('тыс. м³').symbol);
    expect(parseUnit('հազ. լ').symbol).toBe(parseUnit('thousand litres').symbol);
    expect(parseUnit('ժամ')).toMatchObject({ dimension: 'time' });
  });

  it('reads persons, the dram and tonnes of CO2 equivalent', () => {
    expect(parseUnit('մարդ').symbol).toBe(parseUnit('persons').symbol);
    expect(parseUnit('մլն դրամ')).toMatchObject({ dimension: 'money:AMD' });
    expect(parseUnit('տ CO₂-համ.').symbol).toBe(parseUnit('tCO2e').symbol);
  });
});
