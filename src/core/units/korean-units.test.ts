import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Korean reports print units in Hangul: 톤 (tonnes), 명 (persons), 시간 (hours), 원 (won), with the
// scale words 천 (thousand), 만 (ten thousand), 백만 (million), 억 (hundred million).
describe('units printed in Korean', () => {
  it('reads 원 as the won, with its scale words', () => {
    expect(parseUnit('백만원')).toMatchObject({ symbol: 'KRW million', dimension: 'money:KRW' });
    expect(parseUnit('억원').toBase.toFixed()).toBe('100000000');
    expect(parseUnit('만원').toBase.toFixed()).toBe('10000');
  });

  it('reads 톤, 명 and 시간 as tonnes, persons and hours', () => {
    expect(parseUnit('톤')).toMatchObject({ symbol: 't', dimension: 'mass' });
    expect(parseUnit('천톤').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('명')).toMatchObject({ symbol: 'persons', dimension: 'count' });
    expect(parseUnit('시간')).toMatchObject({ symbol: 'hours', dimension: 'time' });
  });

  it('reads 천 before a volume as thousands', () => {
    expect(parseUnit('천㎥').symbol).toBe('thousand m3');
    expect(parseUnit('천㎥').toBase.toFixed()).toBe('1000');
  });
});
