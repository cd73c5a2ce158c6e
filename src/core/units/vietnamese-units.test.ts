import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Vietnamese reports print units in Vietnamese: tấn (tonnes), giờ (hours), ngày (days), người (persons),
// with the scale words nghìn (thousand), triệu (million) and tỷ (billion); "tấn sản phẩm" is a tonne of
// product, its words printed with tone marks on their vowels.
describe('units printed in Vietnamese', () => {
  it('reads tấn, giờ, ngày and người', () => {
    expect(parseUnit('tấn')).toMatchObject({ symbol: 't', dimension: 'mass' });
    expect(parseUnit('tấn CO2e')).toMatchObject({ symbol: 'tCO2e', dimension: 'ghg' });
    expect(parseUnit('giờ')).toMatchObject({ symbol: 'hours', dimension: 'time' });
    expect(parseUnit('ngày')).toMatchObject({ symbol: 'days', dimension: 'time' });
    expect(parseUnit('người')).toMatchObject({ symbol: 'persons', dimension: 'count' });
    expect(parseUnit('giờ/người').symbol).toBe('hours/person');
  });

  it('reads nghìn as thousands', () => {
    expect(parseUnit('nghìn tấn').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('nghìn m³').symbol).toBe('thousand m3');
  });

  it('reads the words after a unit with accented vowels as its qualifier', () => {
    expect(parseUnit('tCO2e/tấn sản phẩm')).toMatchObject({ symbol: 'tCO2e/t', dimension: 'ghg/mass' });
    expect(parseUnit('m³/tấn thành phẩm').symbol).toBe('m3/t');
  });
});

describe('a Vietnamese rate per person per year', () => {
  it('reads năm after a slash as the year', () => {
    expect(parseUnit('năm').symbol).toBe('years');
    expect(parseUnit('giờ/người/năm')).toMatchObject({ symbol: 'hours/person/year' });
  });
});
