import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Units as Kazakh and Kyrgyz reports print them: "сағат" / "саат" (hour), "мың" / "миң" (thousand),
// "адам" (person), "теңге" and "сом" (KZT, KGS). Invented cells.
describe('Kazakh and Kyrgyz unit words', () => {
  it('reads the hour of their energy units', () => {
    expect(parseUnit('МВт·сағ')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('кВт·сағ')).toMatchObject({ symbol: 'kWh' });
    expect(parseUnit('МВт·саат')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('кВт.саат')).toMatchObject({ symbol: 'kWh' });
  });

  it('reads hours, person-hours and persons', () => {
    expect(parseUnit('сағат')).toMatchObject({ dimension: 'time' });
    expect(parseUnit('саат')).toMatchObject({ dimension: 'time' });
    expect(parseUnit('адам-сағат').symbol).toBe(parseUnit('человеко-часов').symbol);
    expect(parseUnit('адам').symbol).toBe(parseUnit('чел.').symbol);
  });

  it('reads "мың" and "миң" as thousand', () => {
    expect(parseUnit('мың м³').symbol).toBe(parseUnit('тыс. м³').symbol);
    expect(parseUnit('миң м³').symbol).toBe(parseUnit('тыс. м³').symbol);
  });

  it('reads tenge spelled in Kazakh and the Kyrgyz som', () => {
    expect(parseUnit('млн теңге')).toMatchObject({ dimension: 'money:KZT' });
    expect(parseUnit('млн сом')).toMatchObject({ dimension: 'money:KGS' });
    expect(parseUnit('миң сом')).toMatchObject({ dimension: 'money:KGS' });
  });
});
