import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

describe('Bulgarian and Russian unit words', () => {
  it('reads energy units written in Cyrillic', () => {
    expect(parseUnit('МВтч')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('МВт·ч')).toMatchObject({ symbol: 'MWh' });
    expect(parseUnit('кВтч')).toMatchObject({ symbol: 'kWh' });
    expect(parseUnit('ГДж')).toMatchObject({ symbol: 'GJ' });
    expect(parseUnit('Гкал')).toMatchObject({ symbol: 'Gcal' });
  });

  it('reads the tonne and its CO2e compound beside Cyrillic words', () => {
    expect(parseUnit('т')).toMatchObject({ symbol: 't' });
    expect(parseUnit('тонн')).toMatchObject({ symbol: 't' });
    expect(parseUnit('т CO2e')).toMatchObject({ symbol: 'tCO2e' });
    expect(parseUnit('т CO2/МВт·ч')).toMatchObject({ symbol: 'tCO2/MWh' });
  });

  it('reads "на" as per, as Bulgarian and Russian intensities print it', () => {
    expect(parseUnit('т CO2e на млн. лв.')).toMatchObject({ symbol: 'tCO2e/BGN million' });
    expect(parseUnit('кг на тонну')).toMatchObject({ symbol: 'kg/t' });
  });

  it('reads scaled lev, rouble and tenge amounts', () => {
    expect(parseUnit('хил. лв.')).toMatchObject({ symbol: 'BGN thousand', dimension: 'money:BGN' });
    expect(parseUnit('млн. лв.').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('тыс. руб.')).toMatchObject({ symbol: 'RUB thousand', dimension: 'money:RUB' });
    expect(parseUnit('млн руб.').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('млн тенге')).toMatchObject({ dimension: 'money:KZT' });
  });

  it('reads people, hours and pieces', () => {
    expect(parseUnit('души')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('чел.')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('часа')).toMatchObject({ symbol: 'hours' });
    expect(parseUnit('часов')).toMatchObject({ symbol: 'hours' });
    expect(parseUnit('бр.')).toMatchObject({ symbol: 'count' });
    expect(parseUnit('шт.')).toMatchObject({ symbol: 'count' });
    expect(parseUnit('м³')).toMatchObject({ symbol: 'm3' });
  });
});

describe('Russian CO2-equivalent and Thai cubic metres', () => {
  it('reads "CO2-экв." as CO2 equivalent and "ลบ.ม." as cubic metres', () => {
    expect(parseUnit('т CO2-экв.').symbol).toBe('tCO2e');
    expect(parseUnit('кг CO2-экв./т цемента').symbol).toBe('kgCO2e/t');
    expect(parseUnit('ลบ.ม.').symbol).toBe('m3');
  });
});

describe('Ukrainian unit words', () => {
  it('reads hryvnia amounts scaled by "тис." and "млн"', () => {
    expect(parseUnit('тис. грн')).toMatchObject({ symbol: 'UAH thousand', dimension: 'money:UAH' });
    expect(parseUnit('млн грн').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('кг CO2-екв./тис. грн виручки').symbol).toBe('kgCO2e/UAH thousand');
  });

  it('reads "год" (hour) in energy units, and hours written out', () => {
    expect(parseUnit('ГВт·год')).toMatchObject({ symbol: 'GWh' });
    expect(parseUnit('кВт·год')).toMatchObject({ symbol: 'kWh' });
    expect(parseUnit('МВт·год/т продукції').symbol).toBe('MWh/t');
    expect(parseUnit('людино-годин')).toMatchObject({ symbol: 'hours' });
  });

  it('reads "т CO2-екв." though every letter of it has a Latin look-alike', () => {
    expect(parseUnit('т CO2-екв.').symbol).toBe('tCO2e');
    expect(parseUnit('тис. т CO2-екв.').toBase.toFixed()).toBe(parseUnit('тис. т CO2e').toBase.toFixed());
  });
});

describe('South Slavic, Russian and Bulgarian litres', () => {
  it('reads the litre and hectolitre words and their per-litre factors', () => {
    expect(parseUnit('литри')).toMatchObject({ symbol: 'L', dimension: 'volume' });
    expect(parseUnit('литара')).toMatchObject({ symbol: 'L' });
    expect(parseUnit('литър')).toMatchObject({ symbol: 'L' });
    expect(parseUnit('хл')).toMatchObject({ symbol: 'hL' });
    expect(parseUnit('хектолитри')).toMatchObject({ symbol: 'hL' });
    expect(parseUnit('kg CO2e/литар')).toMatchObject({ symbol: 'kgCO2e/L', dimension: 'ghg/volume' });
    expect(parseUnit('GJ/л')).toMatchObject({ symbol: 'GJ/L' });
    expect(parseUnit('м³/хл').symbol).toBe('m3/hL');
  });
});

describe('Macedonian denars and Cyrillic scale words', () => {
  it('reads the denar scaled by thousands, millions and billions written out', () => {
    expect(parseUnit('денари')).toMatchObject({ symbol: 'MKD', dimension: 'money:MKD' });
    expect(parseUnit('илјади денари').toBase.toFixed()).toBe('1000');
    expect(parseUnit('милиони денари').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('милијарди денари').toBase.toFixed()).toBe('1000000000');
  });

  it('reads Serbian and Russian scale words beside their currencies', () => {
    expect(parseUnit('милијарди динара').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('тысяч руб.').toBase.toFixed()).toBe('1000');
    expect(parseUnit('миллиардов руб.').toBase.toFixed()).toBe('1000000000');
  });
});
